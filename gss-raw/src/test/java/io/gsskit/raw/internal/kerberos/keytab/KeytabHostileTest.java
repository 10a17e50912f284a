package io.gsskit.raw.internal.kerberos.keytab;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.testsupport.Mutations;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile keytab bytes: only {@link KeytabException} or a result with a damage note. */
class KeytabHostileTest {

  private static final long SEED = Long.getLong("gsskit.seed", 0x6b74L);

  static List<String> goldens() {
    return KeytabGolden.FILES;
  }

  static void total(byte[] b, String ctx) {
    try {
      KeytabContents c = KeytabCodec.decode(b);
      KeytabContents again = KeytabCodec.decode(KeytabCodec.encode(c.entries()));
      assertThat(again.entries()).as(ctx).isEqualTo(c.entries());
      assertThat(again.damage()).as(ctx).isNull();
    } catch (KeytabException expected) {
      assertThat(expected.getMessage()).as(ctx).isNotEmpty();
    } catch (RuntimeException | Error e) {
      throw new AssertionError(ctx + ": " + e + " input " + HexFormat.of().formatHex(b, 0,
          Math.min(64, b.length)), e);
    }
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void truncatedAtEveryByte(String name) throws Exception {
    byte[] g = KeytabGolden.bytes(name);
    int full = KeytabCodec.decode(g).entries().size();
    Mutations.truncations(g, name, (b, ctx) -> {
      total(b, ctx);
      if (b.length >= 2) {
        try {
          assertThat(KeytabCodec.decode(b).entries().size()).isLessThanOrEqualTo(full);
        } catch (KeytabException e) {
          throw new AssertionError(ctx + ": " + e, e);
        }
      }
    });
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void everyByteFlipped(String name) {
    Mutations.everyByteFlipped(KeytabGolden.bytes(name), name, KeytabHostileTest::total);
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void absurdValuesAtEveryOffset(String name) {
    byte[] g = KeytabGolden.bytes(name);
    int[] values = {0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0x80000001, g.length, 0, -g.length};
    Mutations.absurdIntsAtEveryOffset(g, name, values, false, KeytabHostileTest::total);
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void extended(String name) {
    Mutations.randomExtensions(KeytabGolden.bytes(name), name, SEED, 300, 100,
        KeytabHostileTest::total);
  }

  @Test
  void randomBytes() {
    Random rnd = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      byte[] b = new byte[rnd.nextInt(100)];
      rnd.nextBytes(b);
      if (b.length >= 2 && rnd.nextBoolean()) {
        b[0] = 5;
        b[1] = (byte) (1 + rnd.nextInt(2));
      }
      total(b, "seed " + SEED + " iteration " + i);
    }
  }
}

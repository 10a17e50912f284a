package io.gsskit.raw.internal.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Oid;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every parser in this package is total: for random bytes, every truncation, every single-byte
 * change and appended bytes of valid tokens, it returns a value or throws {@link TokenException},
 * nothing else. Seeds are printed in the assertion messages.
 */
class TokenParsersProperties {

  private interface Parser {
    Object parse(byte[] b) throws TokenException;
  }

  private static final List<Parser> PARSERS = List.of(
      InitialContextToken::parse, ExportedNameToken::parse, GlueContextToken::parse,
      GlueCredToken::parse);

  private static void total(byte[] input, String what) {
    for (Parser p : PARSERS) {
      try {
        p.parse(input);
      } catch (TokenException expected) {
        assertThat(expected.kind()).isNotNull();
      } catch (RuntimeException e) {
        throw new AssertionError(what + ": " + p + " threw " + e + " on "
            + java.util.HexFormat.of().formatHex(input), e);
      }
    }
  }

  private static List<byte[]> validTokens(Random r) {
    Oid oid = Oid.of("1.2.840.113554.1.2.2." + r.nextInt(1000));
    byte[] body = new byte[r.nextInt(200)];
    r.nextBytes(body);
    return List.of(
        InitialContextToken.encode(oid, body),
        ExportedNameToken.encode(r.nextBoolean(), oid, body),
        GlueContextToken.encode(oid, body),
        new GlueCredToken(List.of(new GlueCredToken.Element(oid, body),
            new GlueCredToken.Element(Oid.of("1.3.6.1.5.5.2"), new byte[r.nextInt(5)])))
            .encode());
  }

  @Test
  void randomBytes() {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int i = 0; i < 5000; i++) {
      byte[] b = new byte[r.nextInt(64)];
      r.nextBytes(b);
      if (b.length > 0 && r.nextInt(3) == 0) {
        b[0] = (byte) (r.nextBoolean() ? 0x60 : 0x04); // steer into the interesting branches
      }
      total(b, "seed " + seed + " iteration " + i);
    }
  }

  @Test
  void truncationsFlipsAndTrailingBytesOfValidTokens() throws TokenException {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    for (int round = 0; round < 20; round++) {
      for (byte[] good : validTokens(r)) {
        String what = "seed " + seed + " round " + round;
        for (int cut = 0; cut < good.length; cut++) {
          total(Arrays.copyOf(good, cut), what + " cut " + cut);
        }
        for (int i = 0; i < good.length; i++) {
          byte[] f = good.clone();
          f[i] ^= (byte) (1 << r.nextInt(8));
          total(f, what + " flip " + i);
        }
        byte[] longer = Arrays.copyOf(good, good.length + 1 + r.nextInt(4));
        total(longer, what + " trailing");
      }
    }
  }

  @Test
  void oversizedLengthFieldsAllocateNothing() {
    // Lengths claiming ~4 GiB must fail fast without allocation.
    byte[][] hostile = {
        java.util.HexFormat.of().parseHex("0401000b06092a864886f712010202ffffffff"),
        java.util.HexFormat.of().parseHex("ffffffff"),
        java.util.HexFormat.of().parseHex("000000092a864886f712010202fffffffe"),
        java.util.HexFormat.of().parseHex("6084ffffffff06092a864886f712010202")};
    for (byte[] h : hostile) {
      total(h, "hostile " + java.util.HexFormat.of().formatHex(h));
    }
  }
}

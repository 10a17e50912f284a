package io.gsskit.raw.internal.asn1;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.asn1.DerTestSupport.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded property tests: DER round trips of random trees; decoding is total over any bytes. */
class DerRoundTripProperties {

  private static final long SEED = Long.getLong("gsskit.seed", 0x5eed_d3e1L);

  @Test
  void randomTreesRoundTripByteIdentically() throws DerException {
    Random rnd = new Random(SEED);
    for (int i = 0; i < 300; i++) {
      List<Node> nodes = new ArrayList<>();
      int n = 1 + rnd.nextInt(3);
      DerWriter w = new DerWriter(8);
      for (int k = 0; k < n; k++) {
        Node node = DerTestSupport.randomNode(rnd, 0);
        nodes.add(node);
        node.write(w);
      }
      byte[] der = w.toByteArray();
      List<Node> back = DerTestSupport.readAll(der);
      assertThat(back).as("seed %d case %d", SEED, i).hasSize(n);
      for (int k = 0; k < n; k++) {
        assertThat(back.get(k).sameAs(nodes.get(k))).as("seed %d case %d", SEED, i).isTrue();
      }
      DerWriter again = new DerWriter();
      for (Node node : back) {
        node.write(again);
      }
      assertThat(again.toByteArray()).as("seed %d case %d", SEED, i).isEqualTo(der);
    }
  }

  @Test
  void randomIntegersRoundTrip() throws DerException {
    Random rnd = new Random(SEED);
    for (int i = 0; i < 5000; i++) {
      long v = switch (i % 4) {
        case 0 -> rnd.nextLong();
        case 1 -> rnd.nextInt();
        case 2 -> rnd.nextInt(512) - 256;
        default -> rnd.nextLong() >> rnd.nextInt(64);
      };
      byte[] der = new DerWriter().writeInteger(v).toByteArray();
      assertThat(DerReader.decode(der, DerReader::readInt64)).as("seed %d v %d", SEED, v)
          .isEqualTo(v);
    }
  }

  @Test
  void decodingIsTotalOverRandomBytes() {
    Random rnd = new Random(SEED);
    for (int i = 0; i < 20000; i++) {
      byte[] junk = new byte[rnd.nextInt(64)];
      rnd.nextBytes(junk);
      if (junk.length > 0 && rnd.nextBoolean()) {
        junk[0] = (byte) (0x20 | junk[0]); // bias to constructed
      }
      walkExpectingOnlyDerException(junk, SEED, i);
    }
  }

  @Test
  void mutationsOfValidEncodingsFailCleanly() {
    Random rnd = new Random(SEED);
    for (int i = 0; i < 200; i++) {
      DerWriter w = new DerWriter();
      DerTestSupport.randomNode(rnd, 0).write(w);
      byte[] der = w.toByteArray();
      if (der.length > 4096) {
        continue;
      }
      for (int cut = 0; cut < der.length; cut++) {
        walkExpectingOnlyDerException(java.util.Arrays.copyOf(der, cut), SEED, i);
      }
      for (int k = 0; k < Math.min(der.length, 64); k++) {
        byte[] m = der.clone();
        m[rnd.nextInt(m.length)] ^= (byte) (1 << rnd.nextInt(8));
        walkExpectingOnlyDerException(m, SEED, i);
      }
    }
  }

  static void walkExpectingOnlyDerException(byte[] input, long seed, int iteration) {
    try {
      DerTestSupport.readAll(input);
    } catch (DerException expected) {
      // defined failure
    } catch (RuntimeException | Error e) {
      throw new AssertionError("seed " + seed + " iteration " + iteration + " input "
          + Hex.of(input), e);
    }
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cached n-folded usage constants and the derivation through them agree with n-fold and the
 * plain RFC 3961 §5.1 derivation, inside and outside the table, and repeated use (pooled ciphers,
 * cached blocks) gives the same keys.
 */
class FoldedUsageConstantsTest {

  private static final int[] KINDS = {Rfc3961Dk.KC, Rfc3961Dk.KE, Rfc3961Dk.KI};

  @Test
  void tableEqualsNFoldForEveryUsageAndKind() {
    int[] outside = {-1, Integer.MIN_VALUE, FoldedUsageConstants.TABLE_USAGES, 1024, 1026,
        Integer.MAX_VALUE};
    for (int round = 0; round < 2; round++) { // second round reads the filled table
      for (int kind : KINDS) {
        for (int u = 0; u < FoldedUsageConstants.TABLE_USAGES; u++) {
          check(u, kind);
        }
        for (int u : outside) {
          check(u, kind);
        }
      }
      check(7, 0x12); // not a Kc/Ke/Ki kind: folded per call
    }
  }

  private static void check(int usage, int kind) {
    byte[] got = new byte[16];
    FoldedUsageConstants.copyBlock(usage, kind, got);
    byte[] want = NFold.fold(Rfc3961Dk.usageConstant(usage, kind), 16);
    assertThat(got).as("usage %d kind %x", usage, kind).isEqualTo(want);
  }

  @Test
  void derivationThroughTableEqualsPlainDerivation() throws Exception {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int i = 0; i < 300; i++) {
      byte[] key = new byte[r.nextBoolean() ? 16 : 32];
      r.nextBytes(key);
      int usage = r.nextInt(4) == 0 ? r.nextInt() : r.nextInt(200);
      int kind = KINDS[r.nextInt(3)];
      byte[] want = Rfc3961Dk.deriveAes(key, Rfc3961Dk.usageConstant(usage, kind));
      byte[] got = Rfc3961Dk.deriveAesUsage(key, usage, kind);
      assertThat(got).as("seed %d, usage %d, kind %x", seed, usage, kind).isEqualTo(want);
    }
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pooled confounder source: the first (direct) draw and the pooled ones are all fresh. */
class ConfounderSourceTest {

  @Test
  void everyConfounderIsFreshAcrossTheFirstDrawAndPoolRefills() {
    ConfounderSource s = ConfounderSource.secure();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) { // 200 * 16 bytes: several 512-byte refills
      byte[] c = new byte[16];
      s.next(c, 0, 16);
      assertThat(seen.add(VectorFile.hex(c))).as("confounder %d repeated", i).isTrue();
    }
  }

  @Test
  void fillsOnlyTheRequestedRangeForAnyLength() {
    ConfounderSource s = ConfounderSource.secure();
    for (int len : new int[] {0, 16, 7, 600, 1}) {
      byte[] b = new byte[len + 8];
      s.next(b, 4, len);
      for (int i : new int[] {0, 1, 2, 3, len + 4, len + 5, len + 6, len + 7}) {
        assertThat(b[i]).as("len %d, byte %d outside the range", len, i).isZero();
      }
      if (len >= 16) {
        assertThat(b).as("len %d all zero", len).isNotEqualTo(new byte[len + 8]);
      }
    }
  }
}

package io.gsskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequirementFlagTest {

  /**
   * The C values: RFC 2744 appendix A (1..256), MIT gssapi.h GSS_C_CHANNEL_BOUND_FLAG (2048),
   * MIT gssapi_ext.h (DCE 0x1000, IDENTIFY 0x2000, EXTENDED_ERROR 0x4000), RFC 5896
   * GSS_C_DELEG_POLICY_FLAG (32768); python-gssapi uses the same numbers.
   */
  private static final Map<RequirementFlag, Integer> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put(RequirementFlag.DELEGATE_TO_PEER, 1);
    EXPECTED.put(RequirementFlag.MUTUAL_AUTHENTICATION, 2);
    EXPECTED.put(RequirementFlag.REPLAY_DETECTION, 4);
    EXPECTED.put(RequirementFlag.OUT_OF_SEQUENCE_DETECTION, 8);
    EXPECTED.put(RequirementFlag.CONFIDENTIALITY, 16);
    EXPECTED.put(RequirementFlag.INTEGRITY, 32);
    EXPECTED.put(RequirementFlag.ANONYMITY, 64);
    EXPECTED.put(RequirementFlag.PROTECTION_READY, 128);
    EXPECTED.put(RequirementFlag.TRANSFERABLE, 256);
    EXPECTED.put(RequirementFlag.CHANNEL_BOUND, 2048);
    EXPECTED.put(RequirementFlag.DCE_STYLE, 4096);
    EXPECTED.put(RequirementFlag.IDENTIFY, 8192);
    EXPECTED.put(RequirementFlag.EXTENDED_ERROR, 16384);
    EXPECTED.put(RequirementFlag.OK_AS_DELEGATE, 32768);
  }

  @Test
  void bitsAreTheCValues() {
    assertThat(EnumSet.allOf(RequirementFlag.class)).isEqualTo(EXPECTED.keySet());
    EXPECTED.forEach((flag, bit) -> assertThat(flag.bit()).as(flag.name()).isEqualTo(bit));
    assertThat(RequirementFlag.OK_AS_DELEGATE.cName()).isEqualTo("GSS_C_DELEG_POLICY_FLAG");
    assertThat(RequirementFlag.definedBits()).isEqualTo(0x1ff | 0x800 | 0x7000 | 0x8000);
  }

  @Test
  void everySubsetRoundTrips() {
    RequirementFlag[] all = RequirementFlag.values();
    for (int mask = 0; mask < (1 << all.length); mask++) {
      Set<RequirementFlag> set = EnumSet.noneOf(RequirementFlag.class);
      int bits = 0;
      for (int i = 0; i < all.length; i++) {
        if ((mask & (1 << i)) != 0) {
          set.add(all[i]);
          bits |= EXPECTED.get(all[i]);
        }
      }
      assertThat(RequirementFlag.toBits(set)).isEqualTo(bits);
      assertThat(RequirementFlag.fromBits(bits)).isEqualTo(set);
    }
  }

  @Test
  void fromBitsDropsUndefinedBitsOnly() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int n = 0; n < 10_000; n++) {
      int bits = random.nextInt();
      EnumSet<RequirementFlag> flags = RequirementFlag.fromBits(bits);
      assertThat(RequirementFlag.toBits(flags)).as("seed %d bits %08x", seed, bits)
          .isEqualTo(bits & RequirementFlag.definedBits());
    }
    assertThat(RequirementFlag.fromBits(0x200 | 0x400 | 0x10000 | 0x80000000)).isEmpty();
  }

  @Test
  void nullElementsAreRejected() {
    Set<RequirementFlag> withNull = new java.util.HashSet<>();
    withNull.add(null);
    assertThatNullPointerException().isThrownBy(() -> RequirementFlag.toBits(withNull));
    assertThatNullPointerException().isThrownBy(() -> RequirementFlag.toBits(null));
  }
}

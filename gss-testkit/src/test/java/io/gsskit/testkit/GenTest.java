package io.gsskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.RequirementFlag;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenTest {

  @Test
  void seedsAreReproducibleAndDistinct() {
    assertThat(Seeds.seed("p", 1)).isEqualTo(Seeds.seed("p", 1)).isNotEqualTo(Seeds.seed("p", 2))
        .isNotEqualTo(Seeds.seed("q", 1));
    Seeds.Case c = Seeds.cases("p", 3).toList().get(2);
    assertThat(c.index()).isEqualTo(2);
    assertThat(c.random().nextLong()).isEqualTo(c.random().nextLong());
    assertThat(c.toString()).contains("p #2", Long.toHexString(c.seed()), "-Dgsskit.seed=0x");
    assertThatThrownBy(() -> Seeds.cases("p", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generatorsCoverTheirRanges() {
    Random r = Seeds.random("generators");
    Set<Integer> sizes = new HashSet<>();
    Set<RequirementFlag> seen = EnumSet.noneOf(RequirementFlag.class);
    for (int i = 0; i < 2000; i++) {
      sizes.add(Gen.message(r).length);
      seen.addAll(Gen.flags(r, EnumSet.allOf(RequirementFlag.class)));
      assertThat(Gen.nameComponent(r)).matches("[a-z0-9._-]{1,20}");
      assertThat(Gen.hostbasedService(r)).contains("@");
      assertThat(Gen.channelBindings(r).applicationData().length).isBetween(0, 64);
    }
    assertThat(sizes).contains(0, 1, 15, 16, 17, 1 << 20);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(RequirementFlag.class));
    assertThat(Gen.userName(r, "R.TEST")).endsWith("@R.TEST");
  }

  @Test
  void mutationsAlwaysChangeTheToken() {
    Random r = Seeds.random("mutations");
    for (int i = 0; i < 2000; i++) {
      byte[] t = Gen.bytes(r, 1 + r.nextInt(64));
      byte[] other = Gen.bytes(r, r.nextInt(64));
      assertThat(Arrays.equals(Mutations.changeByte(t, r), t)).isFalse();
      assertThat(Arrays.equals(Mutations.flipBit(t, r), t)).isFalse();
      assertThat(Mutations.truncate(t, r).length).isLessThan(t.length);
      assertThat(Arrays.equals(Mutations.splice(t, other, r), t)).isFalse();
      assertThat(Arrays.equals(Mutations.any(t, other, r), t)).isFalse();
    }
    assertThatThrownBy(() -> Mutations.flipBit(new byte[0], r))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

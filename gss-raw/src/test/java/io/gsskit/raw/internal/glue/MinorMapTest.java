package io.gsskit.raw.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinorMapTest {

  @Test
  void firstMechanismKeepsItsCodesLaterOnesAreRemappedAndEverythingMapsBack() {
    MinorMap m = new MinorMap();
    assertThat(m.map(1, 0)).isZero();
    int a = m.map(1, 5);
    int b = m.map(2, 5);
    assertThat(a).isEqualTo(5);
    assertThat(b).isNotEqualTo(5);
    assertThat(m.map(2, 5)).isEqualTo(b);
    assertThat(m.origin(a)).isEqualTo(new MinorMap.Origin(1, 5));
    assertThat(m.origin(b)).isEqualTo(new MinorMap.Origin(2, 5));
    // Mechanism codes never take the mechglue's own values.
    int g = m.map(3, GlueMinor.BAD_FRAMING.code());
    assertThat(g).isNotEqualTo(GlueMinor.BAD_FRAMING.code());
    assertThat(m.origin(GlueMinor.BAD_FRAMING.code()).mechId()).isEqualTo(MinorMap.GLUE);
    // Kerberos-style negative (large unsigned) codes are kept as they are.
    assertThat(m.map(4, 0x96c73a25)).isEqualTo(0x96c73a25);
  }

  @Test
  void runTimeMessagesGetStableCodesAndTexts() {
    MinorMap m = new MinorMap();
    int c = m.message("hello");
    assertThat(m.message("hello")).isEqualTo(c);
    assertThat(m.glueText(c)).isEqualTo("hello");
    assertThat(m.map(7, c)).isNotEqualTo(c);
    assertThat(m.glueText(GlueMinor.RECURSION.code())).isEqualTo(GlueMinor.RECURSION.text());
  }

  @Test
  void tableIsBounded() {
    MinorMap m = new MinorMap();
    for (int i = 1; i <= MinorMap.MAX_ENTRIES; i++) {
      m.map(1, i);
    }
    assertThat(m.map(1, MinorMap.MAX_ENTRIES + 1))
        .isEqualTo(GlueMinor.UNMAPPABLE_STATUS.code());
  }
}

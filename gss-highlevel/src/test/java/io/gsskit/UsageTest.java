package io.gsskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class UsageTest {

  @Test
  void codesAreRfc2744Values() {
    // RFC 2744 appendix A: GSS_C_BOTH 0, GSS_C_INITIATE 1, GSS_C_ACCEPT 2.
    assertThat(Usage.BOTH.code()).isZero();
    assertThat(Usage.INITIATE.code()).isEqualTo(1);
    assertThat(Usage.ACCEPT.code()).isEqualTo(2);
    for (Usage u : Usage.values()) {
      assertThat(Usage.fromCode(u.code())).containsSame(u);
    }
    assertThat(Usage.fromCode(3)).isEmpty();
    assertThat(Usage.fromCode(-1)).isEmpty();
  }

  @Test
  void pythonNamesRoundTrip() {
    assertThat(Usage.INITIATE.pythonName()).isEqualTo("initiate");
    assertThat(Usage.ACCEPT.pythonName()).isEqualTo("accept");
    assertThat(Usage.BOTH.pythonName()).isEqualTo("both");
    for (Usage u : Usage.values()) {
      assertThat(Usage.fromPythonName(u.pythonName())).containsSame(u);
    }
    assertThat(Usage.fromPythonName("Initiate")).isEmpty();
    assertThat(Usage.fromPythonName("")).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> Usage.fromPythonName(null));
  }
}

package io.gsskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GssKitTest {

  @AfterEach
  void restoreDefault() {
    GssKit.setEncoding(StandardCharsets.UTF_8);
  }

  @Test
  void defaultIsUtf8AndCanBeChanged() {
    assertThat(GssKit.encoding()).isEqualTo(StandardCharsets.UTF_8);
    GssKit.setEncoding(StandardCharsets.ISO_8859_1);
    assertThat(GssKit.encoding()).isEqualTo(StandardCharsets.ISO_8859_1);
  }

  @Test
  void rejectsNullAndDecodeOnlyCharsets() {
    assertThatNullPointerException().isThrownBy(() -> GssKit.setEncoding(null));
    Charset decodeOnly = Charset.availableCharsets().values().stream()
        .filter(c -> !c.canEncode()).findFirst().orElse(null);
    assumeTrue(decodeOnly != null, "this JDK has no decode-only charset");
    assertThatIllegalArgumentException().isThrownBy(() -> GssKit.setEncoding(decodeOnly));
    assertThat(GssKit.encoding()).isEqualTo(StandardCharsets.UTF_8);
  }
}

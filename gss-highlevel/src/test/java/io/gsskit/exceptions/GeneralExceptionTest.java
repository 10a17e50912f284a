package io.gsskit.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class GeneralExceptionTest {

  @Test
  void messagesFollowPythonsFormat() {
    // gssapi/exceptions.py: FMT_STR = "{maj}: {min}." with each class's MAJOR_MESSAGE.
    assertThat(new GeneralException("it broke")).hasMessage("General error: it broke.");
    assertThat(new UnknownUsageException("Usage must be either 'initiate' or 'accept'",
        "security context")).hasMessage("Unable to determine security context usage: "
            + "Usage must be either 'initiate' or 'accept'.");
    assertThat(new EncryptionNotUsedException("Unable to decrypt", null))
        .hasMessage("Confidentiality was requested, but not used: Unable to decrypt.");
  }

  @Test
  void areNotStatusExceptions() {
    assertThat(new GeneralException("x")).isNotInstanceOf(GssException.class)
        .isInstanceOf(RuntimeException.class);
    assertThat(new UnknownUsageException("x", "credentials")).isInstanceOf(GeneralException.class)
        .satisfies(e -> assertThat(e.object()).isEqualTo("credentials"))
        .satisfies(e -> assertThat(e.minorMessage()).isEqualTo("x"));
    assertThat(new EncryptionNotUsedException("x", null)).isInstanceOf(GeneralException.class);
  }

  @Test
  void unwrappedMessageIsCopiedAndNeverInTheMessage() {
    byte[] plain = "secret payload".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    EncryptionNotUsedException e = new EncryptionNotUsedException("not sealed", plain);
    plain[0] = 'X';
    byte[] out = e.unwrappedMessage().orElseThrow();
    assertThat(new String(out, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("secret payload");
    out[1] = 'Y';
    assertThat(e.unwrappedMessage().orElseThrow()[1]).isEqualTo((byte) 'e');
    assertThat(e.getMessage()).doesNotContain("secret");
    assertThat(e.toString()).doesNotContain("secret");
    assertThat(new EncryptionNotUsedException("x", null).unwrappedMessage()).isEmpty();
  }

  @Test
  void nullsAreRejected() {
    assertThatNullPointerException().isThrownBy(() -> new GeneralException(null));
    assertThatNullPointerException().isThrownBy(() -> new UnknownUsageException("x", null));
    assertThatNullPointerException().isThrownBy(() -> new EncryptionNotUsedException(null, null));
  }
}

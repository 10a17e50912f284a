package io.gsskit.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.gsskit.raw.GssStatus;
import io.gsskit.raw.GssStatus.RoutineError;
import io.gsskit.raw.Oid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class GssExceptionTest {

  private static final Oid KRB5 = Oid.of("1.2.840.113554.1.2.2");

  @Test
  void messageHasPythonsFormatWithBothTexts() {
    GssException e = GssException.of(GssStatus.GSS_S_DEFECTIVE_TOKEN, 100001, KRB5,
        "Invalid token header", null);
    assertThat(e.getMessage()).isEqualTo(
        "Major (589824): A token was invalid, Minor (100001): Invalid token header");
  }

  @Test
  void messageContainsTheRoutineTextAndTheMinorTextForEveryRoutineError() {
    for (RoutineError r : RoutineError.values()) {
      String minorText = "mechanism says " + r.name();
      GssException e = GssException.of(r.code(), 7, KRB5, minorText, null);
      assertThat(e.getMessage()).contains(r.text()).contains(minorText)
          .contains("Major (" + r.code() + ")").contains("Minor (7)");
      assertThat(e.minorText()).isEqualTo(minorText);
    }
  }

  @Test
  void everyFieldOfTheMajorStatusIsDescribedAndCodesAreUnsigned() {
    int major = GssStatus.GSS_S_CALL_INACCESSIBLE_READ | GssStatus.GSS_S_NO_CONTEXT
        | GssStatus.GSS_S_CONTINUE_NEEDED;
    GssException e = GssException.of(major, -1765328347, null, "Clock skew too great", null);
    assertThat(e.getMessage()).isEqualTo("Major (17301505): "
        + "A required input parameter could not be read -- No context has been established -- "
        + "The routine must be called again to complete its function, "
        + "Minor (2529638949): Clock skew too great");
  }

  @Test
  void emptyMinorTextIsReplaced() {
    GssException e = GssException.of(GssStatus.GSS_S_BAD_MECH, 0, null, "", null);
    assertThat(e.getMessage()).endsWith("Minor (0): Unknown minor status");
    assertThat(e.minorText()).isEmpty();
  }

  @Test
  void errorTokenIsCopiedInAndOut() {
    byte[] token = {0x60, 0x01, 0x02};
    GssException e = GssException.of(GssStatus.GSS_S_FAILURE, 0, KRB5, "x", token);
    token[0] = 0;
    byte[] first = e.errorToken().orElseThrow();
    assertThat(first).containsExactly(0x60, 0x01, 0x02);
    first[1] = 9;
    assertThat(e.errorToken().orElseThrow()).containsExactly(0x60, 0x01, 0x02)
        .isNotSameAs(first);
  }

  @Test
  void missingOrEmptyErrorTokenIsAbsent() {
    assertThat(GssException.of(GssStatus.GSS_S_FAILURE, 0, null, "", null).errorToken())
        .isEmpty();
    assertThat(GssException.of(GssStatus.GSS_S_FAILURE, 0, null, "", new byte[0]).errorToken())
        .isEmpty();
  }

  @Test
  void mechanismAndStatusRoundTrip() {
    GssException e = GssException.of(GssStatus.GSS_S_NO_CRED, 5, KRB5, "no ccache", null);
    assertThat(e.mechanism()).contains(KRB5);
    StatusDetails expected = StatusDetails.builder().major(GssStatus.GSS_S_NO_CRED).minor(5)
        .minorText("no ccache").mechanism(KRB5).build();
    assertThat(e.status()).isEqualTo(expected);
    assertThat(GssException.of(expected, null)).isExactlyInstanceOf(NoCredentialsException.class)
        .hasMessage(e.getMessage());
    assertThat(GssException.of(GssStatus.GSS_S_NO_CRED, 5, null, "", null).mechanism())
        .isEmpty();
  }

  @Test
  void nullMinorTextIsRejected() {
    assertThatNullPointerException()
        .isThrownBy(() -> GssException.of(GssStatus.GSS_S_FAILURE, 0, null, null, null));
  }

  @Test
  void isUncheckedAndSerializable() throws IOException, ClassNotFoundException {
    GssException e = GssException.of(GssStatus.GSS_S_CALL_INACCESSIBLE_READ
        | GssStatus.GSS_S_NO_CONTEXT, 42, KRB5, "no handle", new byte[] {1, 2});
    assertThat(e).isInstanceOf(RuntimeException.class);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    Object back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }
    assertThat(back).isExactlyInstanceOf(ContextReadException.class);
    GssException copy = (GssException) back;
    assertThat(copy.status()).isEqualTo(e.status());
    assertThat(copy.errorToken().orElseThrow()).containsExactly(1, 2);
    assertThat(copy).hasMessage(e.getMessage());
  }
}

package io.gsskit.raw.internal.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.Oid;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 2743 §3.1 framing: known bytes, round trips and the malformed cases MIT tests. */
class InitialContextTokenTest {

  private static final Oid KRB5 = Oid.of("1.2.840.113554.1.2.2");
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void encodesKrb5FramingByteForByte() {
    byte[] inner = {0x01, 0x00, 0x6e};
    // 60 len | 06 09 2a864886f712010202 | inner
    assertThat(HEX.formatHex(InitialContextToken.encode(KRB5, inner)))
        .isEqualTo("600e06092a864886f712010202" + "01006e");
  }

  @Test
  void longInnerTokensUseLongFormLengths() throws TokenException {
    for (int n : new int[] {0, 116, 117, 118, 255, 256, 65535, 70000}) {
      byte[] inner = new byte[n];
      if (n > 0) {
        inner[n - 1] = 7;
      }
      byte[] t = InitialContextToken.encode(KRB5, inner);
      InitialContextToken p = InitialContextToken.parse(t);
      assertThat(p.mech()).isEqualTo(KRB5);
      assertThat(p.inner()).isEqualTo(inner);
    }
  }

  /** MIT t_invalid.c short-encapsulation cases and friends. */
  @ParameterizedTest
  @CsvSource({
      "'', MALFORMED",
      "60, MALFORMED",
      "6084, MALFORMED",
      "604006, MALFORMED",
      "60400609, MALFORMED",
      "61020600, MALFORMED",
      "6000, MALFORMED",
      "60020500, BAD_OID",
      "60020600, BAD_OID",
      "6003060180, BAD_OID",
      "600406028001, BAD_OID",
      "6080060100, MALFORMED",
      "60810306012a, MALFORMED",
      "600306012a00, MALFORMED",
      "600406032a8648, MALFORMED",
  })
  void rejectsMalformedFraming(String hex, TokenException.Kind kind) {
    assertThatThrownBy(() -> InitialContextToken.parse(HEX.parseHex(hex)))
        .isInstanceOf(TokenException.class)
        .extracting(e -> ((TokenException) e).kind()).isEqualTo(kind);
  }

  @Test
  void outerLengthMustCoverExactlyTheBuffer() {
    byte[] t = InitialContextToken.encode(KRB5, new byte[] {1, 2, 3});
    byte[] longer = java.util.Arrays.copyOf(t, t.length + 1);
    assertThatThrownBy(() -> InitialContextToken.parse(longer)).isInstanceOf(TokenException.class);
    for (int cut = 0; cut < t.length; cut++) {
      byte[] shorter = java.util.Arrays.copyOf(t, cut);
      assertThatThrownBy(() -> InitialContextToken.parse(shorter))
          .as("cut at %d", cut).isInstanceOf(TokenException.class);
    }
  }
}

package io.gsskit.raw.internal.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.Oid;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 2743 §3.2 exported names and RFC 6680 §8 composite exported names. */
class ExportedNameTokenTest {

  private static final Oid KRB5 = Oid.of("1.2.840.113554.1.2.2");
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void encodesByteForByte() {
    byte[] name = "alice@EXAMPLE.COM".getBytes(StandardCharsets.UTF_8);
    // 04 01 | 000b | 06 09 2a864886f712010202 | 00000011 | name
    assertThat(HEX.formatHex(ExportedNameToken.encode(false, KRB5, name)))
        .isEqualTo("0401000b06092a864886f712010202" + "00000011" + HEX.formatHex(name));
    assertThat(HEX.formatHex(ExportedNameToken.encode(true, KRB5, new byte[0])))
        .isEqualTo("0402000b06092a864886f712010202" + "00000000");
  }

  @Test
  void roundTripsBothKinds() throws TokenException {
    for (boolean composite : new boolean[] {false, true}) {
      byte[] name = new byte[300];
      name[299] = 9;
      ExportedNameToken t = ExportedNameToken.parse(ExportedNameToken.encode(composite, KRB5,
          name));
      assertThat(t.composite()).isEqualTo(composite);
      assertThat(t.mech()).isEqualTo(KRB5);
      assertThat(t.name()).isEqualTo(name);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "04",
      "0403000b06092a864886f712010202" + "00000000", // unknown TOK_ID
      "0501000b06092a864886f712010202" + "00000000",
      "0401000a06092a864886f712010202" + "00000000", // 2-byte length too small for the DER OID
      "0401000c06092a864886f71201020200" + "00000000", // 2-byte length too large
      "0401000b07092a864886f712010202" + "00000000", // not an OID tag
      "0401000b06092a864886f712010202" + "00000001", // name length past the end
      "0401000b06092a864886f712010202" + "ffffffff", // oversized name length
      "0401000b06092a864886f712010202" + "0000000041ff", // trailing byte
      "0401000b06092a864886f712010202" + "000000", // truncated name length
      "04010002060000000000", // empty OID
      "0401ffff06092a864886f712010202" + "00000000", // OID length past the end
  })
  void rejectsMalformedTokens(String hex) {
    assertThatThrownBy(() -> ExportedNameToken.parse(HEX.parseHex(hex)))
        .isInstanceOf(TokenException.class);
  }

  @Test
  void everyTruncationFails() {
    byte[] good = ExportedNameToken.encode(false, KRB5, "bob".getBytes(StandardCharsets.UTF_8));
    for (int cut = 0; cut < good.length; cut++) {
      byte[] t = java.util.Arrays.copyOf(good, cut);
      assertThatThrownBy(() -> ExportedNameToken.parse(t)).as("cut %d", cut)
          .isInstanceOf(TokenException.class);
    }
  }
}

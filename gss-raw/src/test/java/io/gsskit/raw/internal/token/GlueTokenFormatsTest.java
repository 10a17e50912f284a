package io.gsskit.raw.internal.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.Oid;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The mechglue formats of doc/plugindev/gssapi.rst: import_sec_context (4-byte OID length, OID,
 * token) and import_cred (repeated 4-byte OID length, OID, 4-byte token length, token).
 */
class GlueTokenFormatsTest {

  private static final Oid KRB5 = Oid.of("1.2.840.113554.1.2.2");
  private static final Oid SPNEGO = Oid.of("1.3.6.1.5.5.2");
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void contextTokenByteForByte() throws TokenException {
    byte[] t = GlueContextToken.encode(KRB5, new byte[] {(byte) 0xaa, (byte) 0xbb});
    assertThat(HEX.formatHex(t)).isEqualTo("00000009" + "2a864886f712010202" + "aabb");
    GlueContextToken p = GlueContextToken.parse(t);
    assertThat(p.mech()).isEqualTo(KRB5);
    assertThat(p.mechToken()).containsExactly(0xaa, 0xbb);
    assertThat(io.gsskit.raw.spi.GlueTokens.secContext(KRB5, new byte[] {(byte) 0xaa,
        (byte) 0xbb})).isEqualTo(t);
  }

  @Test
  void credTokenByteForByte() throws TokenException {
    byte[] t = new GlueCredToken(List.of(
        new GlueCredToken.Element(KRB5, new byte[] {1}),
        new GlueCredToken.Element(SPNEGO, new byte[0]))).encode();
    assertThat(HEX.formatHex(t)).isEqualTo(
        "00000009" + "2a864886f712010202" + "00000001" + "01"
        + "00000006" + "2b0601050502" + "00000000");
    GlueCredToken p = GlueCredToken.parse(t);
    assertThat(p.elements()).hasSize(2);
    assertThat(p.elements().get(1).mech()).isEqualTo(SPNEGO);
    java.util.LinkedHashMap<Oid, byte[]> m = new java.util.LinkedHashMap<>();
    m.put(KRB5, new byte[] {1});
    m.put(SPNEGO, new byte[0]);
    assertThat(io.gsskit.raw.spi.GlueTokens.cred(m)).isEqualTo(t);
    assertThatThrownBy(() -> io.gsskit.raw.spi.GlueTokens.cred(Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "000000", "00000000", "00000009", "000000092a864886f7120102",
      "ffffffff2a", "00000001ff", "0000000180"})
  void malformedContextTokensAreRejected(String hex) {
    assertThatThrownBy(() -> GlueContextToken.parse(HEX.parseHex(hex)))
        .isInstanceOf(TokenException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "00", "000000092a864886f712010202",
      "000000092a864886f712010202000000", "000000092a864886f71201020200000002aa",
      "000000092a864886f712010202ffffffff", "000000092a864886f71201020200000000ff"})
  void malformedCredTokensAreRejected(String hex) {
    assertThatThrownBy(() -> GlueCredToken.parse(HEX.parseHex(hex)))
        .isInstanceOf(TokenException.class);
  }

  @Test
  void credTokensAreCappedInElements() {
    byte[] one = new GlueCredToken(List.of(new GlueCredToken.Element(KRB5, new byte[0])))
        .encode();
    byte[] many = new byte[one.length * (GlueCredToken.MAX_ELEMENTS + 1)];
    for (int i = 0; i <= GlueCredToken.MAX_ELEMENTS; i++) {
      System.arraycopy(one, 0, many, i * one.length, one.length);
    }
    assertThatThrownBy(() -> GlueCredToken.parse(many)).isInstanceOf(TokenException.class);
  }
}

package io.gsskit.raw.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Gss;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UnframedTokenTest {

  @Test
  void rawApReqIsKerberos() {
    assertThat(UnframedToken.mechOf(new byte[] {0x6E, (byte) 0x82, 0x01, 0x00}))
        .isEqualTo(Gss.GSS_MECH_KRB5);
  }

  @Test
  void ntlmsspSignatureIsNtlm() {
    byte[] negotiate = "NTLMSSP\0\1\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(UnframedToken.mechOf(negotiate)).isEqualTo(UnframedToken.NTLMSSP);
    assertThat(UnframedToken.mechOf("NTLMSSP".getBytes(StandardCharsets.ISO_8859_1))).isNull();
  }

  @Test
  void anythingElseIsUnknown() {
    assertThat(UnframedToken.mechOf(new byte[0])).isNull();
    assertThat(UnframedToken.mechOf(new byte[] {0x6F, 0})).isNull(); // an AP-REP is no start
    assertThat(UnframedToken.mechOf(new byte[] {0x60, 0})).isNull();
  }
}

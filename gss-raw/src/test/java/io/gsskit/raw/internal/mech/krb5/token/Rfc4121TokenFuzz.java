package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;

/** Jazzer targets: unwrap and verifyMic over raw bytes only ever report BAD_SIG/DEFECTIVE. */
class Rfc4121TokenFuzz {

  private static final Rfc4121Protector ENGINE;

  static {
    try {
      ENGINE = Rfc4121Protector.builder(new KerberosKey(EncType.AES128_CTS_HMAC_SHA1_96,
          new byte[16]), true).replayDetection(true).sequenceDetection(true).build();
    } catch (KrbCryptoException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @FuzzTest
  void unwrap(byte[] token) {
    int s = ENGINE.unwrap(new MinorStatus(), token, new Buffer(), null, null);
    assertThat(s).isIn(GSS_S_BAD_SIG, GSS_S_DEFECTIVE_TOKEN);
  }

  @FuzzTest
  void verifyMic(byte[] token) {
    int s = ENGINE.verifyMic(new MinorStatus(), new byte[] {1, 2, 3}, token, null);
    assertThat(s).isIn(GSS_S_BAD_SIG, GSS_S_DEFECTIVE_TOKEN);
  }
}

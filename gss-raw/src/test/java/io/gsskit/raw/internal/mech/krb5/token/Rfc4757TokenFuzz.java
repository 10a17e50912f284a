package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_BAD_STRUCTURE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import java.util.Arrays;

/**
 * Jazzer targets for RFC 4757 tokens over raw bytes: unwrap, verifyMic and unwrapIov (STREAM and
 * split buffers, plain and DCE style) only ever report BAD_SIG, DEFECTIVE_TOKEN or CALL_BAD_STRUCTURE
 * — or success (possibly with supplementary sequence bits), since RFC 4757's checksum leaves the
 * sequence number of integrity-only tokens uncovered — and never throw. The engines use an all-zero
 * arcfour-hmac key; the committed seeds are valid tokens under that key.
 */
class Rfc4757TokenFuzz {

  static final Oid KRB5 = Oid.of("1.2.840.113554.1.2.2");
  private static final Rfc4757Protector ENGINE = engine(false);
  private static final Rfc4757Protector DCE = engine(true);

  static Rfc4757Protector engine(boolean dce) {
    try {
      return Rfc4757Protector.builder(new KerberosKey(EncType.ARCFOUR_HMAC, new byte[16]), KRB5,
          true).replayDetection(true).sequenceDetection(true).dceStyle(dce).build();
    } catch (KrbCryptoException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static void defined(int status) {
    if (!GssStatus.isError(status)) {
      return;
    }
    assertThat(status).isIn(GSS_S_BAD_SIG, GSS_S_DEFECTIVE_TOKEN, GSS_S_CALL_BAD_STRUCTURE);
  }

  @FuzzTest
  void unwrap(byte[] token) {
    defined(ENGINE.unwrap(new MinorStatus(), token, new Buffer(), null, null));
  }

  @FuzzTest
  void verifyMic(byte[] token) {
    defined(ENGINE.verifyMic(new MinorStatus(), new byte[] {1, 2, 3}, token, null));
  }

  /**
   * First byte: bit 0 selects the DCE-style engine, bit 1 split buffers instead of a STREAM; the
   * split puts the first 45 bytes (framing and header for the krb5 OID) in HEADER, the last byte
   * in PADDING (not for DCE) and the rest in DATA, with one SIGN_ONLY buffer {1, 2, 3} first.
   */
  @FuzzTest
  void unwrapIov(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Rfc4757Protector p = (input[0] & 1) != 0 ? DCE : ENGINE;
    byte[] tok = Arrays.copyOfRange(input, 1, input.length);
    IovBuffer sign = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, new byte[] {1, 2, 3});
    IovBuffer[] iov;
    if ((input[0] & 2) == 0) {
      iov = new IovBuffer[] {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_STREAM, tok), sign,
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA)};
    } else {
      int h = Math.min(45, tok.length);
      int pad = p.dceStyle() || tok.length == h ? 0 : 1;
      iov = new IovBuffer[] {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, tok, 0, h), sign,
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, tok, h, tok.length - h - pad),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_PADDING, tok, tok.length - pad, pad)};
    }
    defined(p.unwrapIov(new MinorStatus(), null, null, iov));
  }
}

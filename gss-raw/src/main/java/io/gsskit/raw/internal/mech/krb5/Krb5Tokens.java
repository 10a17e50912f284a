package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.token.InitialContextToken;
import io.gsskit.raw.internal.token.TokenException;
import java.util.Arrays;

/**
 * Context-establishment token framing of RFC 4121 §4.1 / RFC 1964 §1.1: the RFC 2743 §3.1 header
 * (mechanism OID) followed by a two-byte TOK_ID and the Kerberos message. Thread-safe.
 */
final class Krb5Tokens {

  /** TOK_ID of an AP-REQ (RFC 4121 §4.1). */
  static final int AP_REQ = 0x0100;
  /** TOK_ID of an AP-REP. */
  static final int AP_REP = 0x0200;
  /** TOK_ID of a KRB-ERROR. */
  static final int KRB_ERROR = 0x0300;

  /**
   * An unframed establishment token.
   *
   * @param mech the mechanism OID from the header
   * @param tokId the TOK_ID
   * @param body the Kerberos message
   */
  record Parsed(Oid mech, int tokId, byte[] body) {}

  private Krb5Tokens() {}

  static byte[] frame(Oid mech, int tokId, byte[] body) {
    byte[] inner = new byte[2 + body.length];
    inner[0] = (byte) (tokId >>> 8);
    inner[1] = (byte) tokId;
    System.arraycopy(body, 0, inner, 2, body.length);
    return InitialContextToken.encode(mech, inner);
  }

  static Parsed parse(byte[] token) throws TokenException {
    InitialContextToken t = InitialContextToken.parse(token);
    byte[] inner = t.inner();
    if (inner.length < 2) {
      throw new TokenException(TokenException.Kind.MALFORMED, "token has no TOK_ID");
    }
    int tokId = ((inner[0] & 0xff) << 8) | (inner[1] & 0xff);
    return new Parsed(t.mech(), tokId, Arrays.copyOfRange(inner, 2, inner.length));
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;

import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.KrbError;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * KRB-ERROR context tokens (RFC 4121 §4.1, TOK_ID {@code 03 00}): the acceptor sends one when it
 * rejects an AP-REQ; the initiator turns a received one into the minor status of its error code.
 * The content is unauthenticated: only the error code and a bounded e-text are used. Thread-safe.
 */
final class Krb5ErrorTokens {

  private static final int MAX_ETEXT = 256;

  private Krb5ErrorTokens() {}

  /**
   * Builds a framed KRB-ERROR token.
   *
   * @param mech the mechanism OID for the framing
   * @param code the error
   * @param server the acceptor principal the error is about
   * @param now the server time
   * @return the token
   */
  static byte[] build(Oid mech, KerberosErrorCode code, KerberosPrincipal server, Instant now) {
    KrbError e = new KrbError(null, null, now.truncatedTo(ChronoUnit.SECONDS),
        now.getNano() / 1000, code.code(), null, null, server.realm(), server.name(), null,
        null);
    return Krb5Tokens.frame(mech, Krb5Tokens.KRB_ERROR, e.encode());
  }

  /**
   * Maps a received KRB-ERROR body to a status.
   *
   * @param minor receives the MIT code of the error
   * @param body the DER KRB-ERROR after the TOK_ID
   * @return {@code GSS_S_FAILURE}, or {@code GSS_S_DEFECTIVE_TOKEN} when it does not decode
   */
  static int toStatus(MinorStatus minor, byte[] body) {
    KrbError e;
    try {
      e = KrbError.decode(body);
    } catch (DerException ex) {
      return Krb5Minor.fail(minor, GSS_S_DEFECTIVE_TOKEN, Krb5Minor.KG_BAD_LENGTH,
          "malformed KRB-ERROR token: " + ex.getMessage());
    }
    KerberosErrorCode code = KerberosErrorCode.of(e.errorCode());
    String text = e.eText();
    String facts = "the acceptor " + e.sname() + "@" + e.realm() + " answered "
        + code.name() + " (" + e.errorCode() + ")";
    if (text != null && !text.isEmpty()) {
      facts += ": " + (text.length() > MAX_ETEXT ? text.substring(0, MAX_ETEXT) : text);
    }
    return Krb5Minor.fail(minor, GSS_S_FAILURE, code.mitCode(), facts);
  }
}

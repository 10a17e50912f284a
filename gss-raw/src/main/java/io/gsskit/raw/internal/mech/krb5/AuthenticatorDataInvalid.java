package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;

/**
 * Authenticator authorization data the acceptor refuses: an element that does not decode or
 * breaks its rules ({@link ApOptionsCbt}, {@link EtypeNegotiation}). Carries MIT's minor code and
 * the KRB-ERROR code to send; {@code Krb5Acceptor} maps it to {@code GSS_S_FAILURE}. Immutable.
 */
final class AuthenticatorDataInvalid extends Exception {
  private static final long serialVersionUID = 1L;

  /** MIT's minor status code for the failure. */
  final int minorCode;
  /** The KRB-ERROR code to answer with. */
  final transient KerberosErrorCode wire;

  AuthenticatorDataInvalid(int minorCode, KerberosErrorCode wire, String message) {
    super(message, null, false, false);
    this.minorCode = minorCode;
    this.wire = wire;
  }
}

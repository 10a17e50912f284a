package io.gsskit.exceptions;

import java.util.Optional;

/**
 * The Kerberos minor status codes that select a Kerberos-specific exception, and the selection.
 *
 * <p>Values are MIT krb5's com_err table {@code krb5}
 * ({@code src/lib/krb5/error_tables/krb5_err.et}): {@code ERROR_TABLE_BASE_krb5} = -1765328384 plus
 * the entry's position. Positions 0–127 are the
 * RFC 4120 §7.5.9 protocol error codes; positions from 128 are MIT library errors. Every value
 * below was checked against the message {@code krb5_get_error_message} returns for it in MIT krb5
 * 1.20.1 ({@code libkrb5.so.3}, Debian 12); the unsigned form of
 * {@link #KDC_ERR_S_PRINCIPAL_UNKNOWN} is the 2529638919 python-gssapi users see in
 * "Minor (2529638919): Server not found in Kerberos database".
 *
 * <p>The com_err base is derived from the table name, so these values do not collide with other
 * tables; the selection therefore does not look at the mechanism OID (SPNEGO and NegoEx pass the
 * Kerberos minor status through).
 *
 * <p>Stateless and thread-safe.
 */
final class KerberosMinorCodes {

  /** {@code ERROR_TABLE_BASE_krb5}. */
  static final int ERROR_TABLE_BASE_KRB5 = -1765328384;

  /** {@code KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN} (6): "Client not found in Kerberos database". */
  static final int KDC_ERR_C_PRINCIPAL_UNKNOWN = ERROR_TABLE_BASE_KRB5 + 6;
  /** {@code KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN} (7): "Server not found in Kerberos database". */
  static final int KDC_ERR_S_PRINCIPAL_UNKNOWN = ERROR_TABLE_BASE_KRB5 + 7;
  /** {@code KRB5KDC_ERR_PREAUTH_FAILED} (24): "Preauthentication failed". */
  static final int KDC_ERR_PREAUTH_FAILED = ERROR_TABLE_BASE_KRB5 + 24;
  /** {@code KRB5KRB_AP_ERR_REPEAT} (34): "Request is a replay". */
  static final int AP_ERR_REPEAT = ERROR_TABLE_BASE_KRB5 + 34;
  /** {@code KRB5KRB_AP_ERR_SKEW} (37): "Clock skew too great". */
  static final int AP_ERR_SKEW = ERROR_TABLE_BASE_KRB5 + 37;
  /** {@code KRB5KRB_AP_ERR_BADKEYVER} (44): "Key version is not available". */
  static final int AP_ERR_BADKEYVER = ERROR_TABLE_BASE_KRB5 + 44;
  /** {@code KRB5KRB_AP_ERR_NOKEY} (45): "Service key not available". */
  static final int AP_ERR_NOKEY = ERROR_TABLE_BASE_KRB5 + 45;
  /** {@code KRB5_KDCREP_SKEW} (148): "Clock skew too great in KDC reply". */
  static final int KDCREP_SKEW = ERROR_TABLE_BASE_KRB5 + 148;
  /** {@code KRB5_REALM_UNKNOWN} (154): "Cannot find KDC for requested realm". */
  static final int REALM_UNKNOWN = ERROR_TABLE_BASE_KRB5 + 154;
  /** {@code KRB5_KDC_UNREACH} (156): "Cannot contact any KDC for requested realm". */
  static final int KDC_UNREACH = ERROR_TABLE_BASE_KRB5 + 156;
  /** {@code KRB5_KT_NOTFOUND} (181): "Key table entry not found". */
  static final int KT_NOTFOUND = ERROR_TABLE_BASE_KRB5 + 181;
  /**
   * {@code KRB5_REALM_CANT_RESOLVE} (220): "Cannot resolve network address for KDC in requested
   * realm".
   */
  static final int REALM_CANT_RESOLVE = ERROR_TABLE_BASE_KRB5 + 220;
  /**
   * {@code KRB5_KT_KVNONOTFOUND} (230): "Key version number for principal in key table is
   * incorrect".
   */
  static final int KT_KVNONOTFOUND = ERROR_TABLE_BASE_KRB5 + 230;

  private KerberosMinorCodes() {}

  /**
   * The Kerberos subclass of {@link FailureException} for a minor status, if it names one of the
   * causes GSSKit types.
   *
   * @param minor the minor status
   * @return the subclass's constructor, or empty
   */
  static Optional<ExceptionFactory> failureCause(int minor) {
    return Optional.ofNullable(switch (minor) {
      case AP_ERR_SKEW, KDCREP_SKEW -> ClockSkewException::new;
      case KDC_ERR_C_PRINCIPAL_UNKNOWN, KDC_ERR_S_PRINCIPAL_UNKNOWN ->
          PrincipalUnknownException::new;
      case KDC_ERR_PREAUTH_FAILED -> PreauthFailedException::new;
      case AP_ERR_BADKEYVER, KT_KVNONOTFOUND -> KeyVersionException::new;
      case AP_ERR_NOKEY, KT_NOTFOUND -> NoKeyException::new;
      case KDC_UNREACH, REALM_UNKNOWN, REALM_CANT_RESOLVE -> KdcUnreachableException::new;
      default -> null;
    });
  }

  /**
   * The Kerberos subclass of {@link DuplicateTokenException} for a minor status.
   *
   * @param minor the minor status
   * @return {@link ReplayException}'s constructor for {@code KRB5KRB_AP_ERR_REPEAT}, else empty
   */
  static Optional<ExceptionFactory> duplicateTokenCause(int minor) {
    return minor == AP_ERR_REPEAT ? Optional.of(ReplayException::new) : Optional.empty();
  }
}

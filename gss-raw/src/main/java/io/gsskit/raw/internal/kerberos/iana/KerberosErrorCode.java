package io.gsskit.raw.internal.kerberos.iana;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Kerberos protocol error codes ({@code error-code} of KRB-ERROR): every code of RFC 4120
 * §7.5.9 and the later ones (RFC 4556, RFC 6113, RFC 8636, MIT's IAKERB codes), with MIT krb5
 * 1.20's message text. Unknown codes are kept: {@link #of(int)} returns the known constant or an
 * unknown holder with the raw number, so no code is ever lost.
 *
 * <p>{@link #mitCode()} gives MIT's com_err value ({@code ERROR_TABLE_BASE_krb5} + code), the
 * number MIT reports as a GSS minor status. Instances are immutable, compared by code, and
 * thread-safe.
 */
public final class KerberosErrorCode {

  /** MIT's {@code ERROR_TABLE_BASE_krb5}: the com_err base of the krb5 error table. */
  public static final int MIT_ERROR_TABLE_BASE = -1765328384;

  /** Highest wire code MIT maps into its table; larger codes become KRB_ERR_GENERIC there. */
  public static final int MIT_MAX_WIRE_CODE = 127;

  private static final Map<Integer, KerberosErrorCode> KNOWN = new LinkedHashMap<>();

  /** 0 KDC_ERR_NONE: "No error" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_NONE =
      known(0, "KDC_ERR_NONE", "No error");
  /** 1 KDC_ERR_NAME_EXP: "Client's entry in database has expired" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_NAME_EXP =
      known(1, "KDC_ERR_NAME_EXP", "Client's entry in database has expired");
  /** 2 KDC_ERR_SERVICE_EXP: "Server's entry in database has expired" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_SERVICE_EXP =
      known(2, "KDC_ERR_SERVICE_EXP", "Server's entry in database has expired");
  /** 3 KDC_ERR_BAD_PVNO: "Requested protocol version not supported" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_BAD_PVNO =
      known(3, "KDC_ERR_BAD_PVNO", "Requested protocol version not supported");
  /**
   * 4 KDC_ERR_C_OLD_MAST_KVNO: "Client's key is encrypted in an old master key" (RFC 4120 §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_C_OLD_MAST_KVNO =
      known(4, "KDC_ERR_C_OLD_MAST_KVNO", "Client's key is encrypted in an old master key");
  /**
   * 5 KDC_ERR_S_OLD_MAST_KVNO: "Server's key is encrypted in an old master key" (RFC 4120 §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_S_OLD_MAST_KVNO =
      known(5, "KDC_ERR_S_OLD_MAST_KVNO", "Server's key is encrypted in an old master key");
  /** 6 KDC_ERR_C_PRINCIPAL_UNKNOWN: "Client not found in Kerberos database" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_C_PRINCIPAL_UNKNOWN =
      known(6, "KDC_ERR_C_PRINCIPAL_UNKNOWN", "Client not found in Kerberos database");
  /** 7 KDC_ERR_S_PRINCIPAL_UNKNOWN: "Server not found in Kerberos database" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_S_PRINCIPAL_UNKNOWN =
      known(7, "KDC_ERR_S_PRINCIPAL_UNKNOWN", "Server not found in Kerberos database");
  /**
   * 8 KDC_ERR_PRINCIPAL_NOT_UNIQUE: "Principal has multiple entries in Kerberos database" (RFC 4120
   * §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_PRINCIPAL_NOT_UNIQUE =
      known(8, "KDC_ERR_PRINCIPAL_NOT_UNIQUE",
          "Principal has multiple entries in Kerberos database");
  /** 9 KDC_ERR_NULL_KEY: "Client or server has a null key" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_NULL_KEY =
      known(9, "KDC_ERR_NULL_KEY", "Client or server has a null key");
  /** 10 KDC_ERR_CANNOT_POSTDATE: "Ticket is ineligible for postdating" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_CANNOT_POSTDATE =
      known(10, "KDC_ERR_CANNOT_POSTDATE", "Ticket is ineligible for postdating");
  /**
   * 11 KDC_ERR_NEVER_VALID: "Requested effective lifetime is negative or too short" (RFC 4120
   * §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_NEVER_VALID =
      known(11, "KDC_ERR_NEVER_VALID", "Requested effective lifetime is negative or too short");
  /** 12 KDC_ERR_POLICY: "KDC policy rejects request" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_POLICY =
      known(12, "KDC_ERR_POLICY", "KDC policy rejects request");
  /** 13 KDC_ERR_BADOPTION: "KDC can't fulfill requested option" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_BADOPTION =
      known(13, "KDC_ERR_BADOPTION", "KDC can't fulfill requested option");
  /** 14 KDC_ERR_ETYPE_NOSUPP: "KDC has no support for encryption type" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_ETYPE_NOSUPP =
      known(14, "KDC_ERR_ETYPE_NOSUPP", "KDC has no support for encryption type");
  /** 15 KDC_ERR_SUMTYPE_NOSUPP: "KDC has no support for checksum type" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_SUMTYPE_NOSUPP =
      known(15, "KDC_ERR_SUMTYPE_NOSUPP", "KDC has no support for checksum type");
  /** 16 KDC_ERR_PADATA_TYPE_NOSUPP: "KDC has no support for padata type" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_PADATA_TYPE_NOSUPP =
      known(16, "KDC_ERR_PADATA_TYPE_NOSUPP", "KDC has no support for padata type");
  /** 17 KDC_ERR_TRTYPE_NOSUPP: "KDC has no support for transited type" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_TRTYPE_NOSUPP =
      known(17, "KDC_ERR_TRTYPE_NOSUPP", "KDC has no support for transited type");
  /** 18 KDC_ERR_CLIENT_REVOKED: "Client's credentials have been revoked" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_CLIENT_REVOKED =
      known(18, "KDC_ERR_CLIENT_REVOKED", "Client's credentials have been revoked");
  /** 19 KDC_ERR_SERVICE_REVOKED: "Credentials for server have been revoked" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_SERVICE_REVOKED =
      known(19, "KDC_ERR_SERVICE_REVOKED", "Credentials for server have been revoked");
  /** 20 KDC_ERR_TGT_REVOKED: "TGT has been revoked" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_TGT_REVOKED =
      known(20, "KDC_ERR_TGT_REVOKED", "TGT has been revoked");
  /** 21 KDC_ERR_CLIENT_NOTYET: "Client not yet valid - try again later" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_CLIENT_NOTYET =
      known(21, "KDC_ERR_CLIENT_NOTYET", "Client not yet valid - try again later");
  /** 22 KDC_ERR_SERVICE_NOTYET: "Server not yet valid - try again later" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_SERVICE_NOTYET =
      known(22, "KDC_ERR_SERVICE_NOTYET", "Server not yet valid - try again later");
  /** 23 KDC_ERR_KEY_EXPIRED: "Password has expired" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_KEY_EXPIRED =
      known(23, "KDC_ERR_KEY_EXPIRED", "Password has expired");
  /** 24 KDC_ERR_PREAUTH_FAILED: "Preauthentication failed" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_PREAUTH_FAILED =
      known(24, "KDC_ERR_PREAUTH_FAILED", "Preauthentication failed");
  /** 25 KDC_ERR_PREAUTH_REQUIRED: "Additional pre-authentication required" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_PREAUTH_REQUIRED =
      known(25, "KDC_ERR_PREAUTH_REQUIRED", "Additional pre-authentication required");
  /** 26 KDC_ERR_SERVER_NOMATCH: "Requested server and ticket don't match" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_SERVER_NOMATCH =
      known(26, "KDC_ERR_SERVER_NOMATCH", "Requested server and ticket don't match");
  /**
   * 27 KDC_ERR_MUST_USE_USER2USER: "Server principal valid for user2user only" (RFC 4120 §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_MUST_USE_USER2USER =
      known(27, "KDC_ERR_MUST_USE_USER2USER", "Server principal valid for user2user only");
  /** 28 KDC_ERR_PATH_NOT_ACCEPTED: "KDC policy rejects transited path" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_PATH_NOT_ACCEPTED =
      known(28, "KDC_ERR_PATH_NOT_ACCEPTED", "KDC policy rejects transited path");
  /**
   * 29 KDC_ERR_SVC_UNAVAILABLE: "A service is not available that is required to process the
   * request" (RFC 4120 §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_SVC_UNAVAILABLE =
      known(29, "KDC_ERR_SVC_UNAVAILABLE",
          "A service is not available that is required to process the request");
  /** 31 KRB_AP_ERR_BAD_INTEGRITY: "Decrypt integrity check failed" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_BAD_INTEGRITY =
      known(31, "KRB_AP_ERR_BAD_INTEGRITY", "Decrypt integrity check failed");
  /** 32 KRB_AP_ERR_TKT_EXPIRED: "Ticket expired" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_TKT_EXPIRED =
      known(32, "KRB_AP_ERR_TKT_EXPIRED", "Ticket expired");
  /** 33 KRB_AP_ERR_TKT_NYV: "Ticket not yet valid" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_TKT_NYV =
      known(33, "KRB_AP_ERR_TKT_NYV", "Ticket not yet valid");
  /** 34 KRB_AP_ERR_REPEAT: "Request is a replay" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_REPEAT =
      known(34, "KRB_AP_ERR_REPEAT", "Request is a replay");
  /** 35 KRB_AP_ERR_NOT_US: "The ticket isn't for us" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_NOT_US =
      known(35, "KRB_AP_ERR_NOT_US", "The ticket isn't for us");
  /** 36 KRB_AP_ERR_BADMATCH: "Ticket/authenticator don't match" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_BADMATCH =
      known(36, "KRB_AP_ERR_BADMATCH", "Ticket/authenticator don't match");
  /** 37 KRB_AP_ERR_SKEW: "Clock skew too great" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_SKEW =
      known(37, "KRB_AP_ERR_SKEW", "Clock skew too great");
  /** 38 KRB_AP_ERR_BADADDR: "Incorrect net address" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_BADADDR =
      known(38, "KRB_AP_ERR_BADADDR", "Incorrect net address");
  /** 39 KRB_AP_ERR_BADVERSION: "Protocol version mismatch" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_BADVERSION =
      known(39, "KRB_AP_ERR_BADVERSION", "Protocol version mismatch");
  /** 40 KRB_AP_ERR_MSG_TYPE: "Invalid message type" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_MSG_TYPE =
      known(40, "KRB_AP_ERR_MSG_TYPE", "Invalid message type");
  /** 41 KRB_AP_ERR_MODIFIED: "Message stream modified" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_MODIFIED =
      known(41, "KRB_AP_ERR_MODIFIED", "Message stream modified");
  /** 42 KRB_AP_ERR_BADORDER: "Message out of order" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_BADORDER =
      known(42, "KRB_AP_ERR_BADORDER", "Message out of order");
  /** 43 KRB_AP_ERR_ILL_CR_TKT: "Illegal cross-realm ticket" (MIT krb5). */
  public static final KerberosErrorCode KRB_AP_ERR_ILL_CR_TKT =
      known(43, "KRB_AP_ERR_ILL_CR_TKT", "Illegal cross-realm ticket");
  /** 44 KRB_AP_ERR_BADKEYVER: "Key version is not available" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_BADKEYVER =
      known(44, "KRB_AP_ERR_BADKEYVER", "Key version is not available");
  /** 45 KRB_AP_ERR_NOKEY: "Service key not available" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_NOKEY =
      known(45, "KRB_AP_ERR_NOKEY", "Service key not available");
  /** 46 KRB_AP_ERR_MUT_FAIL: "Mutual authentication failed" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_MUT_FAIL =
      known(46, "KRB_AP_ERR_MUT_FAIL", "Mutual authentication failed");
  /** 47 KRB_AP_ERR_BADDIRECTION: "Incorrect message direction" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_BADDIRECTION =
      known(47, "KRB_AP_ERR_BADDIRECTION", "Incorrect message direction");
  /** 48 KRB_AP_ERR_METHOD: "Alternative authentication method required" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_METHOD =
      known(48, "KRB_AP_ERR_METHOD", "Alternative authentication method required");
  /** 49 KRB_AP_ERR_BADSEQ: "Incorrect sequence number in message" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_BADSEQ =
      known(49, "KRB_AP_ERR_BADSEQ", "Incorrect sequence number in message");
  /** 50 KRB_AP_ERR_INAPP_CKSUM: "Inappropriate type of checksum in message" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_INAPP_CKSUM =
      known(50, "KRB_AP_ERR_INAPP_CKSUM", "Inappropriate type of checksum in message");
  /** 51 KRB_AP_PATH_NOT_ACCEPTED: "Policy rejects transited path" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_PATH_NOT_ACCEPTED =
      known(51, "KRB_AP_PATH_NOT_ACCEPTED", "Policy rejects transited path");
  /** 52 KRB_ERR_RESPONSE_TOO_BIG: "Response too big for UDP, retry with TCP" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_ERR_RESPONSE_TOO_BIG =
      known(52, "KRB_ERR_RESPONSE_TOO_BIG", "Response too big for UDP, retry with TCP");
  /** 60 KRB_ERR_GENERIC: "Generic error (see e-text)" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_ERR_GENERIC =
      known(60, "KRB_ERR_GENERIC", "Generic error (see e-text)");
  /** 61 KRB_ERR_FIELD_TOOLONG: "Field is too long for this implementation" (RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_ERR_FIELD_TOOLONG =
      known(61, "KRB_ERR_FIELD_TOOLONG", "Field is too long for this implementation");
  /** 62 KDC_ERR_CLIENT_NOT_TRUSTED: "Client not trusted" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_CLIENT_NOT_TRUSTED =
      known(62, "KDC_ERR_CLIENT_NOT_TRUSTED", "Client not trusted");
  /** 63 KDC_ERR_KDC_NOT_TRUSTED: "KDC not trusted" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_KDC_NOT_TRUSTED =
      known(63, "KDC_ERR_KDC_NOT_TRUSTED", "KDC not trusted");
  /** 64 KDC_ERR_INVALID_SIG: "Invalid signature" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_INVALID_SIG =
      known(64, "KDC_ERR_INVALID_SIG", "Invalid signature");
  /**
   * 65 KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED: "Key parameters not accepted" (RFC 4556 (RFC 4120:
   * KDC_ERR_KEY_TOO_WEAK)).
   */
  public static final KerberosErrorCode KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED =
      known(65, "KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED", "Key parameters not accepted");
  /** 66 KDC_ERR_CERTIFICATE_MISMATCH: "Certificate mismatch" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_CERTIFICATE_MISMATCH =
      known(66, "KDC_ERR_CERTIFICATE_MISMATCH", "Certificate mismatch");
  /** 67 KRB_AP_ERR_NO_TGT: "No ticket granting ticket" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_NO_TGT =
      known(67, "KRB_AP_ERR_NO_TGT", "No ticket granting ticket");
  /** 68 KDC_ERR_WRONG_REALM: "Realm not local to KDC" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_WRONG_REALM =
      known(68, "KDC_ERR_WRONG_REALM", "Realm not local to KDC");
  /** 69 KRB_AP_ERR_USER_TO_USER_REQUIRED: "User to user required" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KRB_AP_ERR_USER_TO_USER_REQUIRED =
      known(69, "KRB_AP_ERR_USER_TO_USER_REQUIRED", "User to user required");
  /**
   * 70 KDC_ERR_CANT_VERIFY_CERTIFICATE: "Can't verify certificate" (RFC 4556 / RFC 4120 §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_CANT_VERIFY_CERTIFICATE =
      known(70, "KDC_ERR_CANT_VERIFY_CERTIFICATE", "Can't verify certificate");
  /** 71 KDC_ERR_INVALID_CERTIFICATE: "Invalid certificate" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_INVALID_CERTIFICATE =
      known(71, "KDC_ERR_INVALID_CERTIFICATE", "Invalid certificate");
  /** 72 KDC_ERR_REVOKED_CERTIFICATE: "Revoked certificate" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_REVOKED_CERTIFICATE =
      known(72, "KDC_ERR_REVOKED_CERTIFICATE", "Revoked certificate");
  /**
   * 73 KDC_ERR_REVOCATION_STATUS_UNKNOWN: "Revocation status unknown" (RFC 4556 / RFC 4120 §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_REVOCATION_STATUS_UNKNOWN =
      known(73, "KDC_ERR_REVOCATION_STATUS_UNKNOWN", "Revocation status unknown");
  /**
   * 74 KDC_ERR_REVOCATION_STATUS_UNAVAILABLE: "Revocation status unavailable" (RFC 4556 / RFC 4120
   * §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_REVOCATION_STATUS_UNAVAILABLE =
      known(74, "KDC_ERR_REVOCATION_STATUS_UNAVAILABLE", "Revocation status unavailable");
  /** 75 KDC_ERR_CLIENT_NAME_MISMATCH: "Client name mismatch" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_CLIENT_NAME_MISMATCH =
      known(75, "KDC_ERR_CLIENT_NAME_MISMATCH", "Client name mismatch");
  /** 76 KDC_ERR_KDC_NAME_MISMATCH: "KDC name mismatch" (RFC 4556 / RFC 4120 §7.5.9). */
  public static final KerberosErrorCode KDC_ERR_KDC_NAME_MISMATCH =
      known(76, "KDC_ERR_KDC_NAME_MISMATCH", "KDC name mismatch");
  /**
   * 77 KDC_ERR_INCONSISTENT_KEY_PURPOSE: "Inconsistent key purpose" (RFC 4556 / RFC 4120 §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_INCONSISTENT_KEY_PURPOSE =
      known(77, "KDC_ERR_INCONSISTENT_KEY_PURPOSE", "Inconsistent key purpose");
  /**
   * 78 KDC_ERR_DIGEST_IN_CERT_NOT_ACCEPTED: "Digest in certificate not accepted" (RFC 4556 / RFC
   * 4120 §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_DIGEST_IN_CERT_NOT_ACCEPTED =
      known(78, "KDC_ERR_DIGEST_IN_CERT_NOT_ACCEPTED", "Digest in certificate not accepted");
  /**
   * 79 KDC_ERR_PA_CHECKSUM_MUST_BE_INCLUDED: "Checksum must be included" (RFC 4556 / RFC 4120
   * §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_PA_CHECKSUM_MUST_BE_INCLUDED =
      known(79, "KDC_ERR_PA_CHECKSUM_MUST_BE_INCLUDED", "Checksum must be included");
  /**
   * 80 KDC_ERR_DIGEST_IN_SIGNED_DATA_NOT_ACCEPTED: "Digest in signed-data not accepted" (RFC 4556 /
   * RFC 4120 §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_DIGEST_IN_SIGNED_DATA_NOT_ACCEPTED =
      known(80, "KDC_ERR_DIGEST_IN_SIGNED_DATA_NOT_ACCEPTED", "Digest in signed-data not accepted");
  /**
   * 81 KDC_ERR_PUBLIC_KEY_ENCRYPTION_NOT_SUPPORTED: "Public key encryption not supported" (RFC 4556
   * / RFC 4120 §7.5.9).
   */
  public static final KerberosErrorCode KDC_ERR_PUBLIC_KEY_ENCRYPTION_NOT_SUPPORTED =
      known(81, "KDC_ERR_PUBLIC_KEY_ENCRYPTION_NOT_SUPPORTED",
          "Public key encryption not supported");
  /**
   * 85 KRB_AP_ERR_IAKERB_KDC_NOT_FOUND: "The IAKERB proxy could not find a KDC" (MIT krb5
   * (IAKERB)).
   */
  public static final KerberosErrorCode KRB_AP_ERR_IAKERB_KDC_NOT_FOUND =
      known(85, "KRB_AP_ERR_IAKERB_KDC_NOT_FOUND", "The IAKERB proxy could not find a KDC");
  /**
   * 86 KRB_AP_ERR_IAKERB_KDC_NO_RESPONSE: "The KDC did not respond to the IAKERB proxy" (MIT krb5
   * (IAKERB)).
   */
  public static final KerberosErrorCode KRB_AP_ERR_IAKERB_KDC_NO_RESPONSE =
      known(86, "KRB_AP_ERR_IAKERB_KDC_NO_RESPONSE", "The KDC did not respond to the IAKERB proxy");
  /** 90 KDC_ERR_PREAUTH_EXPIRED: "Preauthentication expired" (RFC 6113). */
  public static final KerberosErrorCode KDC_ERR_PREAUTH_EXPIRED =
      known(90, "KDC_ERR_PREAUTH_EXPIRED", "Preauthentication expired");
  /**
   * 91 KDC_ERR_MORE_PREAUTH_DATA_REQUIRED: "More preauthentication data is required" (RFC 6113).
   */
  public static final KerberosErrorCode KDC_ERR_MORE_PREAUTH_DATA_REQUIRED =
      known(91, "KDC_ERR_MORE_PREAUTH_DATA_REQUIRED", "More preauthentication data is required");
  /** 92 KDC_ERR_PREAUTH_BAD_AUTHENTICATION_SET: "Bad authentication set (RFC 6113)" (RFC 6113). */
  public static final KerberosErrorCode KDC_ERR_PREAUTH_BAD_AUTHENTICATION_SET =
      known(92, "KDC_ERR_PREAUTH_BAD_AUTHENTICATION_SET", "Bad authentication set (RFC 6113)");
  /**
   * 93 KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTIONS: "An unsupported critical FAST option was requested"
   * (RFC 6113).
   */
  public static final KerberosErrorCode KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTIONS =
      known(93, "KDC_ERR_UNKNOWN_CRITICAL_FAST_OPTIONS",
          "An unsupported critical FAST option was requested");
  /** 100 KDC_ERR_NO_ACCEPTABLE_KDF: "No acceptable KDF offered" (RFC 8636). */
  public static final KerberosErrorCode KDC_ERR_NO_ACCEPTABLE_KDF =
      known(100, "KDC_ERR_NO_ACCEPTABLE_KDF", "No acceptable KDF offered");

  private final int code;
  private final String name;
  private final String message;
  private final boolean known;

  private KerberosErrorCode(int code, String name, String message, boolean known) {
    this.code = code;
    this.name = name;
    this.message = message;
    this.known = known;
  }

  private static KerberosErrorCode known(int code, String name, String message) {
    KerberosErrorCode c = new KerberosErrorCode(code, name, message, true);
    if (KNOWN.put(code, c) != null) {
      throw new IllegalStateException("duplicate error code " + code);
    }
    return c;
  }

  /**
   * @param code an error code as received
   * @return the known constant, or an unknown holder keeping the number
   */
  public static KerberosErrorCode of(int code) {
    KerberosErrorCode c = KNOWN.get(code);
    return c != null ? c
        : new KerberosErrorCode(code, "KRB5_ERROR_" + code, "KRB5 error code " + code, false);
  }

  /** @return every known code, in numeric order; unmodifiable */
  public static List<KerberosErrorCode> values() {
    return List.copyOf(Collections.unmodifiableCollection(KNOWN.values()));
  }

  /** @return the wire number */
  public int code() {
    return code;
  }

  /** @return the RFC name such as {@code KRB_AP_ERR_SKEW}, or {@code KRB5_ERROR_N} */
  public String name() {
    return name;
  }

  /** @return MIT's message text, or {@code KRB5 error code N} for unknown codes */
  public String message() {
    return message;
  }

  /** @return whether the code is one of the constants of this class */
  public boolean isKnown() {
    return known;
  }

  /**
   * @param value an error code
   * @return whether it is this code
   */
  public boolean is(int value) {
    return value == code;
  }

  /**
   * @return MIT's com_err value for this code: {@link #MIT_ERROR_TABLE_BASE} + code for codes
   *     0..127, and KRB_ERR_GENERIC's value for others (as MIT maps out-of-range codes)
   */
  public int mitCode() {
    int c = code >= 0 && code <= MIT_MAX_WIRE_CODE ? code : KRB_ERR_GENERIC.code;
    return MIT_ERROR_TABLE_BASE + c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KerberosErrorCode k && k.code == code;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(code);
  }

  /** @return e.g. {@code KRB_AP_ERR_SKEW(37): Clock skew too great} */
  @Override
  public String toString() {
    return name + "(" + code + "): " + message;
  }
}

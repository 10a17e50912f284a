package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * Pre-authentication and typed-data types (RFC 4120 §7.5.2, IANA "Kerberos Pre-authentication
 * and Typed Data" registry; RFC 4556, RFC 6113, RFC 6806, RFC 8070; MS-KILE, MS-SFU).
 * Stateless, thread-safe.
 */
public final class PaDataType {

  /** PA-TGS-REQ: the AP-REQ of a TGS-REQ. */
  public static final int PA_TGS_REQ = 1;
  /** PA-ENC-TIMESTAMP: encrypted timestamp (PA-ENC-TS-ENC). */
  public static final int PA_ENC_TIMESTAMP = 2;
  /** PA-PW-SALT: salt as raw bytes. */
  public static final int PA_PW_SALT = 3;
  /** PA-ENC-UNIX-TIME (deprecated). */
  public static final int PA_ENC_UNIX_TIME = 5;
  /** PA-SANDIA-SECUREID. */
  public static final int PA_SANDIA_SECUREID = 6;
  /** PA-SESAME. */
  public static final int PA_SESAME = 7;
  /** PA-OSF-DCE. */
  public static final int PA_OSF_DCE = 8;
  /** PA-CYBERSAFE-SECUREID. */
  public static final int PA_CYBERSAFE_SECUREID = 9;
  /** PA-AFS3-SALT. */
  public static final int PA_AFS3_SALT = 10;
  /** PA-ETYPE-INFO (ETYPE-INFO). */
  public static final int PA_ETYPE_INFO = 11;
  /** PA-SAM-CHALLENGE. */
  public static final int PA_SAM_CHALLENGE = 12;
  /** PA-SAM-RESPONSE. */
  public static final int PA_SAM_RESPONSE = 13;
  /** PA-PK-AS-REQ_OLD (PKINIT draft 9). */
  public static final int PA_PK_AS_REQ_OLD = 14;
  /** PA-PK-AS-REP_OLD (PKINIT draft 9). */
  public static final int PA_PK_AS_REP_OLD = 15;
  /** PA-PK-AS-REQ (RFC 4556). */
  public static final int PA_PK_AS_REQ = 16;
  /** PA-PK-AS-REP (RFC 4556). */
  public static final int PA_PK_AS_REP = 17;
  /** PA-PK-OCSP-RESPONSE (RFC 4557). */
  public static final int PA_PK_OCSP_RESPONSE = 18;
  /** PA-ETYPE-INFO2 (ETYPE-INFO2). */
  public static final int PA_ETYPE_INFO2 = 19;
  /** PA-USE-SPECIFIED-KVNO / PA-SVR-REFERRAL-INFO. */
  public static final int PA_USE_SPECIFIED_KVNO = 20;
  /** PA-SAM-REDIRECT. */
  public static final int PA_SAM_REDIRECT = 21;
  /** PA-GET-FROM-TYPED-DATA / TD-PADATA (embedded in typed data). */
  public static final int PA_GET_FROM_TYPED_DATA = 22;
  /** TD-PADATA: embeds padata. */
  public static final int TD_PADATA = 23;
  /** PA-SAM-ETYPE-INFO. */
  public static final int PA_SAM_ETYPE_INFO = 24;
  /** PA-ALT-PRINC. */
  public static final int PA_ALT_PRINC = 25;
  /** PA-SERVER-REFERRAL. */
  public static final int PA_SERVER_REFERRAL = 26;
  /** PA-SAM-CHALLENGE2. */
  public static final int PA_SAM_CHALLENGE2 = 30;
  /** PA-SAM-RESPONSE2. */
  public static final int PA_SAM_RESPONSE2 = 31;
  /** PA-EXTRA-TGT. */
  public static final int PA_EXTRA_TGT = 41;
  /** TD-PKINIT-CMS-CERTIFICATES. */
  public static final int TD_PKINIT_CMS_CERTIFICATES = 101;
  /** TD-KRB-PRINCIPAL. */
  public static final int TD_KRB_PRINCIPAL = 102;
  /** TD-KRB-REALM. */
  public static final int TD_KRB_REALM = 103;
  /** TD-TRUSTED-CERTIFIERS. */
  public static final int TD_TRUSTED_CERTIFIERS = 104;
  /** TD-CERTIFICATE-INDEX. */
  public static final int TD_CERTIFICATE_INDEX = 105;
  /** TD-APP-DEFINED-ERROR. */
  public static final int TD_APP_DEFINED_ERROR = 106;
  /** TD-REQ-NONCE. */
  public static final int TD_REQ_NONCE = 107;
  /** TD-REQ-SEQ. */
  public static final int TD_REQ_SEQ = 108;
  /** TD-DH-PARAMETERS (RFC 4556). */
  public static final int TD_DH_PARAMETERS = 109;
  /** TD-CMS-DIGEST-ALGORITHMS (RFC 8636). */
  public static final int TD_CMS_DIGEST_ALGORITHMS = 111;
  /** TD-CERT-DIGEST-ALGORITHMS (RFC 8636). */
  public static final int TD_CERT_DIGEST_ALGORITHMS = 112;
  /** PA-PAC-REQUEST: KERB-PA-PAC-REQUEST (MS-KILE 2.2.3). */
  public static final int PA_PAC_REQUEST = 128;
  /** PA-FOR-USER: S4U2Self (MS-SFU 2.2.1). */
  public static final int PA_FOR_USER = 129;
  /** PA-FOR-X509-USER / PA-S4U-X509-USER (MS-SFU 2.2.2). */
  public static final int PA_S4U_X509_USER = 130;
  /** PA-FOR-CHECK_DUPS. */
  public static final int PA_FOR_CHECK_DUPS = 131;
  /** PA-AS-CHECKSUM. */
  public static final int PA_AS_CHECKSUM = 132;
  /** PA-FX-COOKIE (RFC 6113). */
  public static final int PA_FX_COOKIE = 133;
  /** PA-AUTHENTICATION-SET (RFC 6113). */
  public static final int PA_AUTHENTICATION_SET = 134;
  /** PA-AUTH-SET-SELECTED (RFC 6113). */
  public static final int PA_AUTH_SET_SELECTED = 135;
  /** PA-FX-FAST (RFC 6113). */
  public static final int PA_FX_FAST = 136;
  /** PA-FX-ERROR (RFC 6113). */
  public static final int PA_FX_ERROR = 137;
  /** PA-ENCRYPTED-CHALLENGE (RFC 6113). */
  public static final int PA_ENCRYPTED_CHALLENGE = 138;
  /** PA-OTP-CHALLENGE (RFC 6560). */
  public static final int PA_OTP_CHALLENGE = 141;
  /** PA-OTP-REQUEST (RFC 6560). */
  public static final int PA_OTP_REQUEST = 142;
  /** PA-OTP-CONFIRM (RFC 6560). */
  public static final int PA_OTP_CONFIRM = 143;
  /** PA-OTP-PIN-CHANGE (RFC 6560). */
  public static final int PA_OTP_PIN_CHANGE = 144;
  /** PA-EPAK-AS-REQ. */
  public static final int PA_EPAK_AS_REQ = 145;
  /** PA-EPAK-AS-REP. */
  public static final int PA_EPAK_AS_REP = 146;
  /** PA_PKINIT_KX (RFC 8062). */
  public static final int PA_PKINIT_KX = 147;
  /** PA_PKU2U_NAME. */
  public static final int PA_PKU2U_NAME = 148;
  /** PA-REQ-ENC-PA-REP (RFC 6806 §11). */
  public static final int PA_REQ_ENC_PA_REP = 149;
  /** PA_AS_FRESHNESS (RFC 8070). */
  public static final int PA_AS_FRESHNESS = 150;
  /** PA-SPAKE: SPAKE pre-authentication (draft-ietf-kitten-krb-spake-preauth, MIT). */
  public static final int PA_SPAKE = 151;
  /** PA-SUPPORTED-ETYPES (MS-KILE 2.2.8). */
  public static final int PA_SUPPORTED_ETYPES = 165;
  /** PA-EXTENDED-ERROR (IANA registry). */
  public static final int PA_EXTENDED_ERROR = 166;
  /** PA-PAC-OPTIONS (MS-KILE 2.2.10, MS-SFU 2.2.5). */
  public static final int PA_PAC_OPTIONS = 167;

  private static final NameTable NAMES = new NameTable("padata-type")
      .add(PA_TGS_REQ, "PA-TGS-REQ").add(PA_ENC_TIMESTAMP, "PA-ENC-TIMESTAMP")
      .add(PA_PW_SALT, "PA-PW-SALT").add(PA_ENC_UNIX_TIME, "PA-ENC-UNIX-TIME")
      .add(PA_SANDIA_SECUREID, "PA-SANDIA-SECUREID").add(PA_SESAME, "PA-SESAME")
      .add(PA_OSF_DCE, "PA-OSF-DCE").add(PA_CYBERSAFE_SECUREID, "PA-CYBERSAFE-SECUREID")
      .add(PA_AFS3_SALT, "PA-AFS3-SALT").add(PA_ETYPE_INFO, "PA-ETYPE-INFO")
      .add(PA_SAM_CHALLENGE, "PA-SAM-CHALLENGE").add(PA_SAM_RESPONSE, "PA-SAM-RESPONSE")
      .add(PA_PK_AS_REQ_OLD, "PA-PK-AS-REQ_OLD").add(PA_PK_AS_REP_OLD, "PA-PK-AS-REP_OLD")
      .add(PA_PK_AS_REQ, "PA-PK-AS-REQ").add(PA_PK_AS_REP, "PA-PK-AS-REP")
      .add(PA_PK_OCSP_RESPONSE, "PA-PK-OCSP-RESPONSE").add(PA_ETYPE_INFO2, "PA-ETYPE-INFO2")
      .add(PA_USE_SPECIFIED_KVNO, "PA-USE-SPECIFIED-KVNO")
      .add(PA_SAM_REDIRECT, "PA-SAM-REDIRECT")
      .add(PA_GET_FROM_TYPED_DATA, "PA-GET-FROM-TYPED-DATA").add(TD_PADATA, "TD-PADATA")
      .add(PA_SAM_ETYPE_INFO, "PA-SAM-ETYPE-INFO").add(PA_ALT_PRINC, "PA-ALT-PRINC")
      .add(PA_SERVER_REFERRAL, "PA-SERVER-REFERRAL")
      .add(PA_SAM_CHALLENGE2, "PA-SAM-CHALLENGE2").add(PA_SAM_RESPONSE2, "PA-SAM-RESPONSE2")
      .add(PA_EXTRA_TGT, "PA-EXTRA-TGT")
      .add(TD_PKINIT_CMS_CERTIFICATES, "TD-PKINIT-CMS-CERTIFICATES")
      .add(TD_KRB_PRINCIPAL, "TD-KRB-PRINCIPAL").add(TD_KRB_REALM, "TD-KRB-REALM")
      .add(TD_TRUSTED_CERTIFIERS, "TD-TRUSTED-CERTIFIERS")
      .add(TD_CERTIFICATE_INDEX, "TD-CERTIFICATE-INDEX")
      .add(TD_APP_DEFINED_ERROR, "TD-APP-DEFINED-ERROR").add(TD_REQ_NONCE, "TD-REQ-NONCE")
      .add(TD_REQ_SEQ, "TD-REQ-SEQ").add(TD_DH_PARAMETERS, "TD-DH-PARAMETERS")
      .add(TD_CMS_DIGEST_ALGORITHMS, "TD-CMS-DIGEST-ALGORITHMS")
      .add(TD_CERT_DIGEST_ALGORITHMS, "TD-CERT-DIGEST-ALGORITHMS")
      .add(PA_PAC_REQUEST, "PA-PAC-REQUEST").add(PA_FOR_USER, "PA-FOR-USER")
      .add(PA_S4U_X509_USER, "PA-S4U-X509-USER").add(PA_FOR_CHECK_DUPS, "PA-FOR-CHECK-DUPS")
      .add(PA_AS_CHECKSUM, "PA-AS-CHECKSUM").add(PA_FX_COOKIE, "PA-FX-COOKIE")
      .add(PA_AUTHENTICATION_SET, "PA-AUTHENTICATION-SET")
      .add(PA_AUTH_SET_SELECTED, "PA-AUTH-SET-SELECTED").add(PA_FX_FAST, "PA-FX-FAST")
      .add(PA_FX_ERROR, "PA-FX-ERROR").add(PA_ENCRYPTED_CHALLENGE, "PA-ENCRYPTED-CHALLENGE")
      .add(PA_OTP_CHALLENGE, "PA-OTP-CHALLENGE").add(PA_OTP_REQUEST, "PA-OTP-REQUEST")
      .add(PA_OTP_CONFIRM, "PA-OTP-CONFIRM").add(PA_OTP_PIN_CHANGE, "PA-OTP-PIN-CHANGE")
      .add(PA_EPAK_AS_REQ, "PA-EPAK-AS-REQ").add(PA_EPAK_AS_REP, "PA-EPAK-AS-REP")
      .add(PA_PKINIT_KX, "PA-PKINIT-KX").add(PA_PKU2U_NAME, "PA-PKU2U-NAME")
      .add(PA_REQ_ENC_PA_REP, "PA-REQ-ENC-PA-REP").add(PA_AS_FRESHNESS, "PA-AS-FRESHNESS")
      .add(PA_SPAKE, "PA-SPAKE").add(PA_SUPPORTED_ETYPES, "PA-SUPPORTED-ETYPES")
      .add(PA_EXTENDED_ERROR, "PA-EXTENDED-ERROR").add(PA_PAC_OPTIONS, "PA-PAC-OPTIONS");

  private PaDataType() {}

  /**
   * @param value a padata type
   * @return its name, or {@code padata-type(N)} when unknown
   */
  public static String name(int value) {
    return NAMES.name(value);
  }

  /**
   * @param value a padata type
   * @return its name if known
   */
  public static Optional<String> knownName(int value) {
    return NAMES.known(value);
  }
}

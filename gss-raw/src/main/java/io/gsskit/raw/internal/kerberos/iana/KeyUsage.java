package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * Key usage numbers for encryption and checksums (RFC 4120 §7.5.1; RFC 4121 §2 for the GSS
 * mechanism's 22-25, which differ from Kerby's RFC 1964 names; MS-SFU for 26/27 and the S4U
 * checksum; RFC 6113 for FAST). Stateless, thread-safe.
 */
public final class KeyUsage {

  /** AS-REQ PA-ENC-TIMESTAMP padata timestamp, encrypted with the client key. */
  public static final int AS_REQ_PA_ENC_TS = 1;
  /** AS-REP and TGS-REP Ticket (EncTicketPart), encrypted with the service key. */
  public static final int KDC_REP_TICKET = 2;
  /** AS-REP encrypted part, encrypted with the client key. */
  public static final int AS_REP_ENC_PART = 3;
  /** TGS-REQ enc-authorization-data, encrypted with the TGS session key. */
  public static final int TGS_REQ_AD_SESSKEY = 4;
  /** TGS-REQ enc-authorization-data, encrypted with the TGS authenticator subkey. */
  public static final int TGS_REQ_AD_SUBKEY = 5;
  /** TGS-REQ PA-TGS-REQ Authenticator checksum, keyed with the TGS session key. */
  public static final int TGS_REQ_AUTH_CKSUM = 6;
  /** TGS-REQ PA-TGS-REQ Authenticator, encrypted with the TGS session key. */
  public static final int TGS_REQ_AUTH = 7;
  /** TGS-REP encrypted part, encrypted with the TGS session key. */
  public static final int TGS_REP_ENC_PART_SESSKEY = 8;
  /** TGS-REP encrypted part, encrypted with the TGS authenticator subkey. */
  public static final int TGS_REP_ENC_PART_SUBKEY = 9;
  /** AP-REQ Authenticator checksum, keyed with the application session key. */
  public static final int AP_REQ_AUTH_CKSUM = 10;
  /** AP-REQ Authenticator, encrypted with the application session key. */
  public static final int AP_REQ_AUTH = 11;
  /** AP-REP encrypted part, encrypted with the application session key. */
  public static final int AP_REP_ENC_PART = 12;
  /** KRB-PRIV encrypted part. */
  public static final int KRB_PRIV_ENC_PART = 13;
  /** KRB-CRED encrypted part. */
  public static final int KRB_CRED_ENC_PART = 14;
  /** KRB-SAFE checksum. */
  public static final int KRB_SAFE_CKSUM = 15;
  /** Reserved 16; used by some implementations for application data. */
  public static final int APP_DATA_ENCRYPT = 16;
  /** Checksum salt for non-Kerberos data: the PA-FOR-USER checksum (MS-SFU 2.2.1). */
  public static final int APP_DATA_CKSUM = 17;
  /** Reserved 18. */
  public static final int KRB_ERROR_CKSUM = 18;
  /** AD-KDCIssued checksum. */
  public static final int AD_KDCISSUED_CKSUM = 19;
  /** Reserved 20: AD-MTE. */
  public static final int AD_MTE = 20;
  /** Reserved 21: AD-ITE. */
  public static final int AD_ITE = 21;
  /** RFC 4121 KG-USAGE-ACCEPTOR-SEAL: acceptor Wrap tokens. */
  public static final int GSS_ACCEPTOR_SEAL = 22;
  /** RFC 4121 KG-USAGE-ACCEPTOR-SIGN: acceptor MIC tokens. */
  public static final int GSS_ACCEPTOR_SIGN = 23;
  /** RFC 4121 KG-USAGE-INITIATOR-SEAL: initiator Wrap tokens. */
  public static final int GSS_INITIATOR_SEAL = 24;
  /** RFC 4121 KG-USAGE-INITIATOR-SIGN: initiator MIC tokens. */
  public static final int GSS_INITIATOR_SIGN = 25;
  /** PA-S4U-X509-USER request checksum (MS-SFU 2.2.2). */
  public static final int PA_S4U_X509_USER_REQUEST = 26;
  /** PA-S4U-X509-USER reply checksum (MS-SFU 2.2.2). */
  public static final int PA_S4U_X509_USER_REPLY = 27;
  /** IAKERB finished checksum (MIT KRB5_KEYUSAGE_FINISHED). */
  public static final int IAKERB_FINISHED = 42;
  /** KEY_USAGE_FAST_REQ_CHKSUM (RFC 6113). */
  public static final int FAST_REQ_CHKSUM = 50;
  /** KEY_USAGE_FAST_ENC (RFC 6113). */
  public static final int FAST_ENC = 51;
  /** KEY_USAGE_FAST_REP (RFC 6113). */
  public static final int FAST_REP = 52;
  /** KEY_USAGE_FAST_FINISHED (RFC 6113). */
  public static final int FAST_FINISHED = 53;
  /** KEY_USAGE_ENC_CHALLENGE_CLIENT (RFC 6113). */
  public static final int ENC_CHALLENGE_CLIENT = 54;
  /** KEY_USAGE_ENC_CHALLENGE_KDC (RFC 6113). */
  public static final int ENC_CHALLENGE_KDC = 55;
  /** KEY_USAGE_AS_REQ: checksum of the AS-REQ in PA-REQ-ENC-PA-REP (RFC 6806 §11). */
  public static final int AS_REQ = 56;
  /** Encryption for application use without a defined usage (RFC 4120 §7.5.1). */
  public static final int APPLICATION_ENCRYPTION = 1024;
  /** Checksums for application use without a defined usage (RFC 4120 §7.5.1). */
  public static final int APPLICATION_CHECKSUM = 1025;

  private static final NameTable NAMES = new NameTable("key-usage")
      .add(AS_REQ_PA_ENC_TS, "AS-REQ PA-ENC-TIMESTAMP")
      .add(KDC_REP_TICKET, "KDC-REP Ticket").add(AS_REP_ENC_PART, "AS-REP enc-part")
      .add(TGS_REQ_AD_SESSKEY, "TGS-REQ authorization-data (session key)")
      .add(TGS_REQ_AD_SUBKEY, "TGS-REQ authorization-data (subkey)")
      .add(TGS_REQ_AUTH_CKSUM, "TGS-REQ Authenticator checksum")
      .add(TGS_REQ_AUTH, "TGS-REQ Authenticator")
      .add(TGS_REP_ENC_PART_SESSKEY, "TGS-REP enc-part (session key)")
      .add(TGS_REP_ENC_PART_SUBKEY, "TGS-REP enc-part (subkey)")
      .add(AP_REQ_AUTH_CKSUM, "AP-REQ Authenticator checksum")
      .add(AP_REQ_AUTH, "AP-REQ Authenticator").add(AP_REP_ENC_PART, "AP-REP enc-part")
      .add(KRB_PRIV_ENC_PART, "KRB-PRIV enc-part").add(KRB_CRED_ENC_PART, "KRB-CRED enc-part")
      .add(KRB_SAFE_CKSUM, "KRB-SAFE checksum").add(APP_DATA_ENCRYPT, "application data")
      .add(APP_DATA_CKSUM, "non-Kerberos checksum (PA-FOR-USER)")
      .add(KRB_ERROR_CKSUM, "KRB-ERROR checksum").add(AD_KDCISSUED_CKSUM, "AD-KDCIssued checksum")
      .add(AD_MTE, "AD-MTE").add(AD_ITE, "AD-ITE")
      .add(GSS_ACCEPTOR_SEAL, "KG-USAGE-ACCEPTOR-SEAL")
      .add(GSS_ACCEPTOR_SIGN, "KG-USAGE-ACCEPTOR-SIGN")
      .add(GSS_INITIATOR_SEAL, "KG-USAGE-INITIATOR-SEAL")
      .add(GSS_INITIATOR_SIGN, "KG-USAGE-INITIATOR-SIGN")
      .add(PA_S4U_X509_USER_REQUEST, "PA-S4U-X509-USER request")
      .add(PA_S4U_X509_USER_REPLY, "PA-S4U-X509-USER reply")
      .add(IAKERB_FINISHED, "IAKERB finished")
      .add(FAST_REQ_CHKSUM, "KEY_USAGE_FAST_REQ_CHKSUM").add(FAST_ENC, "KEY_USAGE_FAST_ENC")
      .add(FAST_REP, "KEY_USAGE_FAST_REP").add(FAST_FINISHED, "KEY_USAGE_FAST_FINISHED")
      .add(ENC_CHALLENGE_CLIENT, "KEY_USAGE_ENC_CHALLENGE_CLIENT")
      .add(ENC_CHALLENGE_KDC, "KEY_USAGE_ENC_CHALLENGE_KDC").add(AS_REQ, "KEY_USAGE_AS_REQ")
      .add(APPLICATION_ENCRYPTION, "application encryption")
      .add(APPLICATION_CHECKSUM, "application checksum");

  private KeyUsage() {}

  /**
   * @param value a key usage
   * @return its description, or {@code key-usage(N)} when unknown
   */
  public static String name(int value) {
    return NAMES.name(value);
  }

  /**
   * @param value a key usage
   * @return its description if known
   */
  public static Optional<String> knownName(int value) {
    return NAMES.known(value);
  }
}

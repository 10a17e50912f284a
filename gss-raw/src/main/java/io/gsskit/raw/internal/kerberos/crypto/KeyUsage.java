package io.gsskit.raw.internal.kerberos.crypto;

/**
 * Key usage numbers (RFC 4120 §7.5.1, RFC 4121 §2, RFC 6113 §5.4). Usages are plain {@code int}s
 * everywhere in this package; these constants only name the common ones.
 */
public final class KeyUsage {

  /** AS-REQ PA-ENC-TIMESTAMP, encrypted with the client key. */
  public static final int AS_REQ_PA_ENC_TIMESTAMP = 1;
  /** Ticket enc-part, encrypted with the service key. */
  public static final int KDC_REP_TICKET = 2;
  /** AS-REP enc-part, encrypted with the client key. */
  public static final int AS_REP_ENC_PART = 3;
  /** TGS-REQ authorization data, encrypted with the TGS session key. */
  public static final int TGS_REQ_AD_SESSION_KEY = 4;
  /** TGS-REQ authorization data, encrypted with the authenticator subkey. */
  public static final int TGS_REQ_AD_SUBKEY = 5;
  /** TGS-REQ PA-TGS-REQ authenticator checksum, keyed with the TGS session key. */
  public static final int TGS_REQ_AUTH_CKSUM = 6;
  /** TGS-REQ PA-TGS-REQ authenticator, encrypted with the TGS session key. */
  public static final int TGS_REQ_AUTH = 7;
  /** TGS-REP enc-part, encrypted with the TGS session key. */
  public static final int TGS_REP_ENC_PART_SESSION_KEY = 8;
  /** TGS-REP enc-part, encrypted with the authenticator subkey. */
  public static final int TGS_REP_ENC_PART_SUBKEY = 9;
  /** AP-REQ authenticator checksum, keyed with the session key. */
  public static final int AP_REQ_AUTH_CKSUM = 10;
  /** AP-REQ authenticator, encrypted with the session key. */
  public static final int AP_REQ_AUTH = 11;
  /** AP-REP enc-part, encrypted with the session key. */
  public static final int AP_REP_ENC_PART = 12;
  /** KRB-PRIV enc-part. */
  public static final int KRB_PRIV_ENC_PART = 13;
  /** KRB-CRED enc-part. */
  public static final int KRB_CRED_ENC_PART = 14;
  /** KRB-SAFE checksum. */
  public static final int KRB_SAFE_CKSUM = 15;
  /** RFC 4121: acceptor seal (Wrap tokens sent by the acceptor). */
  public static final int KG_USAGE_ACCEPTOR_SEAL = 22;
  /** RFC 4121: acceptor sign (MIC tokens and checksummed Wrap tokens sent by the acceptor). */
  public static final int KG_USAGE_ACCEPTOR_SIGN = 23;
  /** RFC 4121: initiator seal. */
  public static final int KG_USAGE_INITIATOR_SEAL = 24;
  /** RFC 4121: initiator sign. */
  public static final int KG_USAGE_INITIATOR_SIGN = 25;

  private KeyUsage() {}
}

package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * Authorization data types ({@code ad-type}; RFC 4120 §7.5.4, IANA "Kerberos Authorization Data
 * Type Numbers"; RFC 4537, RFC 6113, RFC 7751, RFC 8129; MS-KILE, MS-PAC). Stateless,
 * thread-safe.
 */
public final class AuthorizationDataType {

  /** AD-IF-RELEVANT: a container whose elements may be ignored if not understood. */
  public static final int AD_IF_RELEVANT = 1;
  /** AD-INTENDED-FOR-SERVER. */
  public static final int AD_INTENDED_FOR_SERVER = 2;
  /** AD-INTENDED-FOR-APPLICATION-CLASS. */
  public static final int AD_INTENDED_FOR_APPLICATION_CLASS = 3;
  /** AD-KDCIssued: elements with a KDC checksum. */
  public static final int AD_KDC_ISSUED = 4;
  /** AD-AND-OR: a condition count and elements. */
  public static final int AD_AND_OR = 5;
  /** AD-MANDATORY-TICKET-EXTENSIONS. */
  public static final int AD_MANDATORY_TICKET_EXTENSIONS = 6;
  /** AD-IN-TICKET-EXTENSIONS. */
  public static final int AD_IN_TICKET_EXTENSIONS = 7;
  /** AD-MANDATORY-FOR-KDC: elements the KDC must understand. */
  public static final int AD_MANDATORY_FOR_KDC = 8;
  /** OSF-DCE. */
  public static final int OSF_DCE = 64;
  /** SESAME. */
  public static final int SESAME = 65;
  /** AD-OSF-DCE-PKI-CERTID. */
  public static final int AD_OSF_DCE_PKI_CERTID = 66;
  /** AD-AUTHENTICATION-STRENGTH (RFC 6113). */
  public static final int AD_AUTHENTICATION_STRENGTH = 70;
  /** AD-FX-FAST-ARMOR (RFC 6113). */
  public static final int AD_FX_FAST_ARMOR = 71;
  /** AD-FX-FAST-USED (RFC 6113). */
  public static final int AD_FX_FAST_USED = 72;
  /** AD-CAMMAC (RFC 7751). */
  public static final int AD_CAMMAC = 96;
  /** AD-AUTHENTICATION-INDICATOR (RFC 8129). */
  public static final int AD_AUTHENTICATION_INDICATOR = 97;
  /** AD-WIN2K-PAC: the Microsoft PAC (MS-PAC). */
  public static final int AD_WIN2K_PAC = 128;
  /** AD-ETYPE-NEGOTIATION (RFC 4537). */
  public static final int AD_ETYPE_NEGOTIATION = 129;
  /** KERB-AD-RESTRICTION-ENTRY / AD-TOKEN-RESTRICTIONS (MS-KILE 2.2.6). */
  public static final int KERB_AD_RESTRICTIONS = 141;
  /** KERB-LOCAL (MS-KILE 2.2.4). */
  public static final int KERB_LOCAL = 142;
  /** AD-AUTH-DATA-AP-OPTIONS, e.g. KERB_AP_OPTIONS_CBT (MS-KILE 2.2.11). */
  public static final int AD_AUTH_DATA_AP_OPTIONS = 143;
  /** KERB-AUTH-DATA-CLIENT-TARGET: the target principal (MS-KILE 2.2.12). */
  public static final int AD_TARGET_PRINCIPAL = 144;

  private static final NameTable NAMES = new NameTable("ad-type")
      .add(AD_IF_RELEVANT, "AD-IF-RELEVANT").add(AD_INTENDED_FOR_SERVER, "AD-INTENDED-FOR-SERVER")
      .add(AD_INTENDED_FOR_APPLICATION_CLASS, "AD-INTENDED-FOR-APPLICATION-CLASS")
      .add(AD_KDC_ISSUED, "AD-KDCIssued").add(AD_AND_OR, "AD-AND-OR")
      .add(AD_MANDATORY_TICKET_EXTENSIONS, "AD-MANDATORY-TICKET-EXTENSIONS")
      .add(AD_IN_TICKET_EXTENSIONS, "AD-IN-TICKET-EXTENSIONS")
      .add(AD_MANDATORY_FOR_KDC, "AD-MANDATORY-FOR-KDC").add(OSF_DCE, "OSF-DCE")
      .add(SESAME, "SESAME").add(AD_OSF_DCE_PKI_CERTID, "AD-OSF-DCE-PKI-CERTID")
      .add(AD_AUTHENTICATION_STRENGTH, "AD-AUTHENTICATION-STRENGTH")
      .add(AD_FX_FAST_ARMOR, "AD-FX-FAST-ARMOR").add(AD_FX_FAST_USED, "AD-FX-FAST-USED")
      .add(AD_CAMMAC, "AD-CAMMAC").add(AD_AUTHENTICATION_INDICATOR, "AD-AUTHENTICATION-INDICATOR")
      .add(AD_WIN2K_PAC, "AD-WIN2K-PAC").add(AD_ETYPE_NEGOTIATION, "AD-ETYPE-NEGOTIATION")
      .add(KERB_AD_RESTRICTIONS, "KERB-AD-RESTRICTION-ENTRY").add(KERB_LOCAL, "KERB-LOCAL")
      .add(AD_AUTH_DATA_AP_OPTIONS, "AD-AUTH-DATA-AP-OPTIONS")
      .add(AD_TARGET_PRINCIPAL, "KERB-AUTH-DATA-CLIENT-TARGET");

  private AuthorizationDataType() {}

  /**
   * @param value an ad-type
   * @return its name, or {@code ad-type(N)} when unknown
   */
  public static String name(int value) {
    return NAMES.name(value);
  }

  /**
   * @param value an ad-type
   * @return its name if known
   */
  public static Optional<String> knownName(int value) {
    return NAMES.known(value);
  }
}

package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * Principal name types (RFC 4120 §6.2 and §7.5.8, RFC 6111, RFC 6806, MS-KILE/MS-SFU).
 * Stateless, thread-safe.
 */
public final class NameType {

  /** NT-UNKNOWN: name type not known. */
  public static final int NT_UNKNOWN = 0;
  /** NT-PRINCIPAL: just the name of the principal, as in DCE, or for users. */
  public static final int NT_PRINCIPAL = 1;
  /** NT-SRV-INST: service and other unique instance (krbtgt). */
  public static final int NT_SRV_INST = 2;
  /** NT-SRV-HST: service with host name as instance (telnet, rcommands). */
  public static final int NT_SRV_HST = 3;
  /** NT-SRV-XHST: service with host as remaining components. */
  public static final int NT_SRV_XHST = 4;
  /** NT-UID: unique ID. */
  public static final int NT_UID = 5;
  /** NT-X500-PRINCIPAL: encoded X.509 Distinguished name (RFC 2253). */
  public static final int NT_X500_PRINCIPAL = 6;
  /** NT-SMTP-NAME: name in the form of an SMTP email name. */
  public static final int NT_SMTP_NAME = 7;
  /** NT-ENTERPRISE: enterprise name, may be mapped to a principal name (RFC 6806 §5). */
  public static final int NT_ENTERPRISE = 10;
  /** NT-WELLKNOWN: well-known principal names such as WELLKNOWN/ANONYMOUS (RFC 6111). */
  public static final int NT_WELLKNOWN = 11;
  /** NT-SRV-HST-DOMAIN: host-based service with a domain (MIT KRB5_NT_SRV_HST_NEEDS_CANON). */
  public static final int NT_SRV_HST_DOMAIN = 12;
  /** NT-MS-PRINCIPAL: Windows 2000 UPN and SID (MS-KILE). */
  public static final int NT_MS_PRINCIPAL = -128;
  /** NT-MS-PRINCIPAL-AND-ID: NT 4 style name with SID (MS-KILE). */
  public static final int NT_MS_PRINCIPAL_AND_ID = -129;
  /** NT-ENT-PRINCIPAL-AND-ID: NT 4 style name with SID (MS-KILE). */
  public static final int NT_ENT_PRINCIPAL_AND_ID = -130;

  private static final NameTable NAMES = new NameTable("name-type")
      .add(NT_UNKNOWN, "NT-UNKNOWN").add(NT_PRINCIPAL, "NT-PRINCIPAL")
      .add(NT_SRV_INST, "NT-SRV-INST").add(NT_SRV_HST, "NT-SRV-HST")
      .add(NT_SRV_XHST, "NT-SRV-XHST").add(NT_UID, "NT-UID")
      .add(NT_X500_PRINCIPAL, "NT-X500-PRINCIPAL").add(NT_SMTP_NAME, "NT-SMTP-NAME")
      .add(NT_ENTERPRISE, "NT-ENTERPRISE").add(NT_WELLKNOWN, "NT-WELLKNOWN")
      .add(NT_SRV_HST_DOMAIN, "NT-SRV-HST-DOMAIN").add(NT_MS_PRINCIPAL, "NT-MS-PRINCIPAL")
      .add(NT_MS_PRINCIPAL_AND_ID, "NT-MS-PRINCIPAL-AND-ID")
      .add(NT_ENT_PRINCIPAL_AND_ID, "NT-ENT-PRINCIPAL-AND-ID");

  private NameType() {}

  /**
   * @param value a name type
   * @return its name, or {@code name-type(N)} when unknown
   */
  public static String name(int value) {
    return NAMES.name(value);
  }

  /**
   * @param value a name type
   * @return its name if known
   */
  public static Optional<String> knownName(int value) {
    return NAMES.known(value);
  }
}

package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * KDC options ({@code KDCOptions}, RFC 4120 §5.4.1; MS-SFU cname-in-addl-tkt, RFC 6806
 * canonicalize, RFC 6112 request-anonymous).
 *
 * <p>Constants are bit positions as numbered in the specifications; use
 * {@link FlagBits#mask(int)} for the MIT {@code int} layout the DER reader returns.
 * Stateless, thread-safe.
 */
public final class KdcOption {

  /** Bit 0, {@code reserved}: reserved for future expansion. */
  public static final int RESERVED = 0;
  /** Bit 1, {@code forwardable}: request a forwardable ticket. */
  public static final int FORWARDABLE = 1;
  /** Bit 2, {@code forwarded}: request a forwarded ticket (TGS only). */
  public static final int FORWARDED = 2;
  /** Bit 3, {@code proxiable}: request a proxiable ticket. */
  public static final int PROXIABLE = 3;
  /** Bit 4, {@code proxy}: request a proxy ticket (TGS only). */
  public static final int PROXY = 4;
  /** Bit 5, {@code allow-postdate}: request a ticket that may be postdated. */
  public static final int ALLOW_POSTDATE = 5;
  /** Bit 6, {@code postdated}: request a postdated ticket. */
  public static final int POSTDATED = 6;
  /** Bit 8, {@code renewable}: request a renewable ticket. */
  public static final int RENEWABLE = 8;
  /** Bit 11, {@code opt-hardware-auth}: hardware authentication requested (historic). */
  public static final int OPT_HARDWARE_AUTH = 11;
  /**
   * Bit 14, {@code cname-in-addl-tkt}: S4U2Proxy: the client name is in the additional ticket
   * (MS-SFU).
   */
  public static final int CNAME_IN_ADDL_TKT = 14;
  /**
   * Bit 15, {@code canonicalize}: the KDC may canonicalize names and return referrals (RFC 6806).
   */
  public static final int CANONICALIZE = 15;
  /** Bit 16, {@code request-anonymous}: request an anonymous ticket (RFC 6112). */
  public static final int REQUEST_ANONYMOUS = 16;
  /** Bit 26, {@code disable-transited-check}: do not check the transited field. */
  public static final int DISABLE_TRANSITED_CHECK = 26;
  /** Bit 27, {@code renewable-ok}: accept a renewable ticket if the lifetime cannot be met. */
  public static final int RENEWABLE_OK = 27;
  /**
   * Bit 28, {@code enc-tkt-in-skey}: user-to-user: encrypt in the additional ticket's session key.
   */
  public static final int ENC_TKT_IN_SKEY = 28;
  /** Bit 30, {@code renew}: renew the ticket in the additional field. */
  public static final int RENEW = 30;
  /** Bit 31, {@code validate}: validate the postdated ticket in the additional field. */
  public static final int VALIDATE = 31;

  private static final NameTable NAMES = new NameTable("kdc-option")
      .add(RESERVED, "reserved")
      .add(FORWARDABLE, "forwardable")
      .add(FORWARDED, "forwarded")
      .add(PROXIABLE, "proxiable")
      .add(PROXY, "proxy")
      .add(ALLOW_POSTDATE, "allow-postdate")
      .add(POSTDATED, "postdated")
      .add(RENEWABLE, "renewable")
      .add(OPT_HARDWARE_AUTH, "opt-hardware-auth")
      .add(CNAME_IN_ADDL_TKT, "cname-in-addl-tkt")
      .add(CANONICALIZE, "canonicalize")
      .add(REQUEST_ANONYMOUS, "request-anonymous")
      .add(DISABLE_TRANSITED_CHECK, "disable-transited-check")
      .add(RENEWABLE_OK, "renewable-ok")
      .add(ENC_TKT_IN_SKEY, "enc-tkt-in-skey")
      .add(RENEW, "renew")
      .add(VALIDATE, "validate");

  private KdcOption() {}

  /**
   * @param bit a bit position
   * @return its name, or {@code kdc-option(N)} when unknown
   */
  public static String name(int bit) {
    return NAMES.name(bit);
  }

  /**
   * @param bit a bit position
   * @return its name if known
   */
  public static Optional<String> knownName(int bit) {
    return NAMES.known(bit);
  }

  /**
   * @param flags flags in the MIT {@code int} layout
   * @return the names of the set bits, comma separated
   */
  public static String describe(int flags) {
    return FlagBits.describe(flags, KdcOption::name);
  }
}

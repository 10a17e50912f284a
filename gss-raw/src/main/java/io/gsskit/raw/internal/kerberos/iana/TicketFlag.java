package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * Ticket flags ({@code TicketFlags}, RFC 4120 §5.3; RFC 6806 §11 enc-pa-rep, RFC 6112 anonymous).
 *
 * <p>Constants are bit positions as numbered in the specifications; use
 * {@link FlagBits#mask(int)} for the MIT {@code int} layout the DER reader returns.
 * Stateless, thread-safe.
 */
public final class TicketFlag {

  /** Bit 0, {@code reserved}: reserved for future expansion. */
  public static final int RESERVED = 0;
  /** Bit 1, {@code forwardable}: the TGT may be used to obtain a forwarded ticket. */
  public static final int FORWARDABLE = 1;
  /** Bit 2, {@code forwarded}: the ticket was forwarded or issued from a forwarded TGT. */
  public static final int FORWARDED = 2;
  /** Bit 3, {@code proxiable}: the TGT may be used to obtain proxy tickets. */
  public static final int PROXIABLE = 3;
  /** Bit 4, {@code proxy}: the ticket is a proxy. */
  public static final int PROXY = 4;
  /** Bit 5, {@code may-postdate}: the TGT may be used to obtain postdated tickets. */
  public static final int MAY_POSTDATE = 5;
  /** Bit 6, {@code postdated}: the ticket is postdated. */
  public static final int POSTDATED = 6;
  /** Bit 7, {@code invalid}: the ticket must be validated before use. */
  public static final int INVALID = 7;
  /** Bit 8, {@code renewable}: the ticket may be renewed. */
  public static final int RENEWABLE = 8;
  /** Bit 9, {@code initial}: issued by the AS exchange, not from a TGT. */
  public static final int INITIAL = 9;
  /** Bit 10, {@code pre-authent}: the client was pre-authenticated. */
  public static final int PRE_AUTHENT = 10;
  /** Bit 11, {@code hw-authent}: hardware pre-authentication was used. */
  public static final int HW_AUTHENT = 11;
  /** Bit 12, {@code transited-policy-checked}: the KDC checked the transited field. */
  public static final int TRANSITED_POLICY_CHECKED = 12;
  /** Bit 13, {@code ok-as-delegate}: the server is trusted for delegation by realm policy. */
  public static final int OK_AS_DELEGATE = 13;
  /** Bit 15, {@code enc-pa-rep}: the KDC supports encrypted padata in the reply (RFC 6806 §11). */
  public static final int ENC_PA_REP = 15;
  /** Bit 16, {@code anonymous}: the ticket is anonymous (RFC 6112). */
  public static final int ANONYMOUS = 16;

  private static final NameTable NAMES = new NameTable("ticket-flag")
      .add(RESERVED, "reserved")
      .add(FORWARDABLE, "forwardable")
      .add(FORWARDED, "forwarded")
      .add(PROXIABLE, "proxiable")
      .add(PROXY, "proxy")
      .add(MAY_POSTDATE, "may-postdate")
      .add(POSTDATED, "postdated")
      .add(INVALID, "invalid")
      .add(RENEWABLE, "renewable")
      .add(INITIAL, "initial")
      .add(PRE_AUTHENT, "pre-authent")
      .add(HW_AUTHENT, "hw-authent")
      .add(TRANSITED_POLICY_CHECKED, "transited-policy-checked")
      .add(OK_AS_DELEGATE, "ok-as-delegate")
      .add(ENC_PA_REP, "enc-pa-rep")
      .add(ANONYMOUS, "anonymous");

  private TicketFlag() {}

  /**
   * @param bit a bit position
   * @return its name, or {@code ticket-flag(N)} when unknown
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
    return FlagBits.describe(flags, TicketFlag::name);
  }
}

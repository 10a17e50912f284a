package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * LastReq {@code lr-type} values (RFC 4120 §5.4.2). A negative value carries the same meaning
 * for the responding KDC only; {@link #name(int)} names it by its absolute value. Stateless,
 * thread-safe.
 */
public final class LastReqType {

  /** No information. */
  public static final int NONE = 0;
  /** Time of the last initial TGT request. */
  public static final int LAST_INITIAL_TGT_REQUEST = 1;
  /** Time of the last initial request. */
  public static final int LAST_INITIAL_REQUEST = 2;
  /** Time of issue of the newest TGT used. */
  public static final int NEWEST_TGT_ISSUED = 3;
  /** Time of the last renewal. */
  public static final int LAST_RENEWAL = 4;
  /** Time of the last request of any type. */
  public static final int LAST_REQUEST = 5;
  /** When the password will expire. */
  public static final int PASSWORD_EXPIRATION = 6;
  /** When the account will expire. */
  public static final int ACCOUNT_EXPIRATION = 7;

  private static final NameTable NAMES = new NameTable("lr-type")
      .add(NONE, "none").add(LAST_INITIAL_TGT_REQUEST, "last initial TGT request")
      .add(LAST_INITIAL_REQUEST, "last initial request")
      .add(NEWEST_TGT_ISSUED, "newest TGT issued").add(LAST_RENEWAL, "last renewal")
      .add(LAST_REQUEST, "last request").add(PASSWORD_EXPIRATION, "password expiration")
      .add(ACCOUNT_EXPIRATION, "account expiration");

  private LastReqType() {}

  /**
   * @param value an lr-type
   * @return its name (with "(this KDC)" for negative values), or {@code lr-type(N)}
   */
  public static String name(int value) {
    if (value < 0 && value != Integer.MIN_VALUE) {
      return NAMES.known(-value).map(n -> n + " (this KDC)").orElse(NAMES.name(value));
    }
    return NAMES.name(value);
  }

  /**
   * @param value an lr-type
   * @return its name if known
   */
  public static Optional<String> knownName(int value) {
    return value < 0 && value != Integer.MIN_VALUE ? NAMES.known(-value) : NAMES.known(value);
  }
}

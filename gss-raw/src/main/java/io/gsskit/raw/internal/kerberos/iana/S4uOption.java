package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * S4UUserID options (MS-SFU 2.2.2; MIT {@code KRB5_S4U_OPTS_*}).
 *
 * <p>Constants are bit positions as numbered in the specifications; use
 * {@link FlagBits#mask(int)} for the MIT {@code int} layout the DER reader returns.
 * Stateless, thread-safe.
 */
public final class S4uOption {

  /** Bit 1, {@code check-logon-hours}: the KDC checks logon hours and account restrictions. */
  public static final int CHECK_LOGON_HOURS = 1;
  /**
   * Bit 2, {@code signed-with-kun-27}: the reply checksum uses key usage 27 (PA-S4U-X509-USER
   * reply).
   */
  public static final int SIGNED_WITH_KUN_27 = 2;

  private static final NameTable NAMES = new NameTable("s4u-option")
      .add(CHECK_LOGON_HOURS, "check-logon-hours")
      .add(SIGNED_WITH_KUN_27, "signed-with-kun-27");

  private S4uOption() {}

  /**
   * @param bit a bit position
   * @return its name, or {@code s4u-option(N)} when unknown
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
    return FlagBits.describe(flags, S4uOption::name);
  }
}

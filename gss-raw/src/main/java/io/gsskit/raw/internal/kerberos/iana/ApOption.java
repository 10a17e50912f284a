package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * AP options ({@code APOptions}, RFC 4120 §5.5.1).
 *
 * <p>Constants are bit positions as numbered in the specifications; use
 * {@link FlagBits#mask(int)} for the MIT {@code int} layout the DER reader returns.
 * Stateless, thread-safe.
 */
public final class ApOption {

  /** Bit 0, {@code reserved}: reserved for future expansion. */
  public static final int RESERVED = 0;
  /**
   * Bit 1, {@code use-session-key}: the ticket is encrypted in the session key of the server's TGT
   * (user-to-user).
   */
  public static final int USE_SESSION_KEY = 1;
  /** Bit 2, {@code mutual-required}: the client requires mutual authentication (an AP-REP). */
  public static final int MUTUAL_REQUIRED = 2;

  private static final NameTable NAMES = new NameTable("ap-option")
      .add(RESERVED, "reserved")
      .add(USE_SESSION_KEY, "use-session-key")
      .add(MUTUAL_REQUIRED, "mutual-required");

  private ApOption() {}

  /**
   * @param bit a bit position
   * @return its name, or {@code ap-option(N)} when unknown
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
    return FlagBits.describe(flags, ApOption::name);
  }
}

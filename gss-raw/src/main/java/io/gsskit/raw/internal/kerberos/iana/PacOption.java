package io.gsskit.raw.internal.kerberos.iana;

import java.util.Optional;

/**
 * PA-PAC-OPTIONS flags (MS-KILE 2.2.10, MS-SFU 2.2.5).
 *
 * <p>Constants are bit positions as numbered in the specifications; use
 * {@link FlagBits#mask(int)} for the MIT {@code int} layout the DER reader returns.
 * Stateless, thread-safe.
 */
public final class PacOption {

  /** Bit 0, {@code claims}: the client is claims-aware. */
  public static final int CLAIMS = 0;
  /** Bit 1, {@code branch-aware}: the client is aware of read-only domain controllers. */
  public static final int BRANCH_AWARE = 1;
  /** Bit 2, {@code forward-to-full-dc}: forward the request to a full domain controller. */
  public static final int FORWARD_TO_FULL_DC = 2;
  /**
   * Bit 3, {@code resource-based-constrained-delegation}: the client supports RBCD for S4U2Proxy.
   */
  public static final int RESOURCE_BASED_CONSTRAINED_DELEGATION = 3;

  private static final NameTable NAMES = new NameTable("pac-option")
      .add(CLAIMS, "claims")
      .add(BRANCH_AWARE, "branch-aware")
      .add(FORWARD_TO_FULL_DC, "forward-to-full-dc")
      .add(RESOURCE_BASED_CONSTRAINED_DELEGATION, "resource-based-constrained-delegation");

  private PacOption() {}

  /**
   * @param bit a bit position
   * @return its name, or {@code pac-option(N)} when unknown
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
    return FlagBits.describe(flags, PacOption::name);
  }
}

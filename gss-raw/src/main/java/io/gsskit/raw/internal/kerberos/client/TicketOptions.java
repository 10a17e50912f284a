package io.gsskit.raw.internal.kerberos.client;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a ticket request asks for (RFC 4120 §5.4.1 KDCOptions and times). Immutable.
 *
 * @param forwardable request FORWARDABLE
 * @param proxiable request PROXIABLE
 * @param lifetime the requested lifetime (till = now + lifetime)
 * @param renewLifetime the requested renewable lifetime (RENEWABLE, rtime = now + this), or null
 *     for a ticket that is not renewable
 * @param canonicalize request name canonicalization and referrals (RFC 6806)
 */
public record TicketOptions(boolean forwardable, boolean proxiable, Duration lifetime,
    @Nullable Duration renewLifetime, boolean canonicalize) {

  /**
   * Checks the durations.
   *
   * @param forwardable request FORWARDABLE
   * @param proxiable request PROXIABLE
   * @param lifetime positive
   * @param renewLifetime positive, or null
   * @param canonicalize request canonicalization
   * @throws IllegalArgumentException when a duration is not positive
   */
  public TicketOptions {
    Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.isNegative() || lifetime.isZero()
        || (renewLifetime != null && (renewLifetime.isNegative() || renewLifetime.isZero()))) {
      throw new IllegalArgumentException("lifetimes must be positive");
    }
  }

  /** @return a plain request: one day, no flags */
  public static TicketOptions defaults() {
    return new TicketOptions(false, false, Duration.ofDays(1), null, false);
  }

  /**
   * @param on the new value
   * @return a copy with {@code forwardable} changed
   */
  public TicketOptions withForwardable(boolean on) {
    return new TicketOptions(on, proxiable, lifetime, renewLifetime, canonicalize);
  }

  /**
   * @param on the new value
   * @return a copy with {@code proxiable} changed
   */
  public TicketOptions withProxiable(boolean on) {
    return new TicketOptions(forwardable, on, lifetime, renewLifetime, canonicalize);
  }

  /**
   * @param d the new lifetime; positive
   * @return a copy with {@code lifetime} changed
   */
  public TicketOptions withLifetime(Duration d) {
    return new TicketOptions(forwardable, proxiable, d, renewLifetime, canonicalize);
  }

  /**
   * @param d the new renewable lifetime, or null for none
   * @return a copy with {@code renewLifetime} changed
   */
  public TicketOptions withRenewLifetime(@Nullable Duration d) {
    return new TicketOptions(forwardable, proxiable, lifetime, d, canonicalize);
  }

  /**
   * @param on the new value
   * @return a copy with {@code canonicalize} changed
   */
  public TicketOptions withCanonicalize(boolean on) {
    return new TicketOptions(forwardable, proxiable, lifetime, renewLifetime, on);
  }
}

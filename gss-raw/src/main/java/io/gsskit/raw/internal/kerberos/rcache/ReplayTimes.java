package io.gsskit.raw.internal.kerberos.rcache;

import java.time.Clock;
import java.time.Duration;

/**
 * Kerberos timestamps as the replay cache stores them: unsigned 32-bit seconds since the epoch,
 * compared in unsigned 32-bit arithmetic as MIT krb5 does since its y2038 work (an entry stamped
 * {@code t} is expired when {@code now > t + skew}, all modulo 2^32).
 */
final class ReplayTimes {

  /** MIT's default {@code clockskew}: 300 seconds (RFC 4120 §1.6 "generally 5 minutes"). */
  static final Duration DEFAULT_SKEW = Duration.ofSeconds(300);

  private static final long MASK = 0xFFFF_FFFFL;

  private ReplayTimes() {}

  /**
   * The current time as a non-zero unsigned 32-bit second count. A stamp of 0 marks a never-written
   * slot in the file format, so a clock at (or before) the epoch is read as second 1.
   */
  static long now(Clock clock) {
    long s = clock.instant().getEpochSecond();
    long v = s & MASK;
    return (s <= 0 || v == 0) ? 1 : v;
  }

  /** Validates a skew and returns it in seconds. */
  static long skewSeconds(Duration skew) {
    if (skew.isNegative() || skew.getSeconds() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("clock skew out of range: " + skew);
    }
    return skew.getSeconds();
  }

  /** True when an entry stamped {@code stamp} is no longer live at {@code now}. */
  static boolean expired(long stamp, long now, long skewSeconds) {
    long limit = (stamp + skewSeconds) & MASK;
    return Long.compareUnsigned(now & MASK, limit) > 0;
  }
}

package io.gsskit.raw.internal.mech.krb5;

import java.time.Duration;
import java.time.Instant;

/** Lifetime arithmetic for GSS {@code time_rec} outputs (seconds, unsigned, saturating). */
final class Krb5Times {

  private Krb5Times() {}

  /**
   * @param now the current time
   * @param end the end time
   * @return whole seconds from now to end, 0 when past, at most {@code 0xfffffffe}
   */
  static int remaining(Instant now, Instant end) {
    long s = Duration.between(now, end).getSeconds();
    if (s <= 0) {
      return 0;
    }
    return (int) Math.min(s, 0xFFFF_FFFEL);
  }
}

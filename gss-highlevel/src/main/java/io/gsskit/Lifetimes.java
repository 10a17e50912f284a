package io.gsskit;

import io.gsskit.raw.Gss;
import java.time.Duration;
import java.util.Objects;

/** Conversions between {@link Duration} and the raw layer's unsigned 32-bit seconds. */
final class Lifetimes {

  private Lifetimes() {}

  /**
   * The raw request value: {@link Gss#GSS_C_INDEFINITE} for {@link GssKit#INDEFINITE} or more,
   * otherwise whole seconds (rounded up, so a positive duration never becomes 0 = default).
   *
   * @param d the duration; not negative
   * @return the raw value
   */
  static int toRaw(Duration d) {
    Objects.requireNonNull(d, "lifetime");
    if (d.isNegative()) {
      throw new IllegalArgumentException("negative lifetime: " + d);
    }
    if (d.compareTo(GssKit.INDEFINITE) >= 0) {
      return Gss.GSS_C_INDEFINITE;
    }
    long s = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    return (int) s;
  }

  /**
   * The duration of a raw unsigned value; {@code GSS_C_INDEFINITE} gives {@link
   * GssKit#INDEFINITE}.
   *
   * @param raw the raw value
   * @return the duration
   */
  static Duration fromRaw(int raw) {
    return Duration.ofSeconds(Integer.toUnsignedLong(raw));
  }
}

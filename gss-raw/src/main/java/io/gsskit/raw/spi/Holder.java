package io.gsskit.raw.spi;

import org.jspecify.annotations.Nullable;

/**
 * An in/out slot for a mechanism-level object ({@code gss_name_t *}, {@code gss_cred_id_t *},
 * {@code gss_ctx_id_t *} at the SPI). Mutable and not thread-safe.
 *
 * @param <T> the object type
 */
public final class Holder<T> {

  private @Nullable T value;

  /** Creates an empty holder. */
  public Holder() {}

  /**
   * Creates a holder with an initial value.
   *
   * @param value the value, or null
   */
  public Holder(@Nullable T value) {
    this.value = value;
  }

  /** @return the value, or null when empty */
  public @Nullable T get() {
    return value;
  }

  /**
   * Sets the value.
   *
   * @param value the value, or null to empty the holder
   */
  public void set(@Nullable T value) {
    this.value = value;
  }

  @Override
  public String toString() {
    return "Holder[" + value + "]";
  }
}

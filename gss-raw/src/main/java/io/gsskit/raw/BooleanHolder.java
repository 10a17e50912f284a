package io.gsskit.raw;

/**
 * An out-parameter for one boolean ({@code int *} used as a flag, e.g. {@code conf_state},
 * {@code name_equal}, {@code present}). Mutable and not thread-safe.
 */
public final class BooleanHolder {

  private boolean value;

  /** Creates a holder with value false. */
  public BooleanHolder() {}

  /** @return the value */
  public boolean get() {
    return value;
  }

  /**
   * Sets the value.
   *
   * @param value the new value
   */
  public void set(boolean value) {
    this.value = value;
  }

  @Override
  public String toString() {
    return Boolean.toString(value);
  }
}

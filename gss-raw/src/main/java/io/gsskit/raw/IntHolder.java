package io.gsskit.raw;

/**
 * An out-parameter for one unsigned 32-bit value ({@code OM_uint32 *}), e.g. a lifetime, flags or
 * a message context. Mutable and not thread-safe.
 */
public final class IntHolder {

  private int value;

  /** Creates a holder with value 0. */
  public IntHolder() {}

  /**
   * Creates a holder with an initial value (for in/out parameters such as a message context).
   *
   * @param value the initial value
   */
  public IntHolder(int value) {
    this.value = value;
  }

  /** @return the value (treat as unsigned where the RFC says {@code OM_uint32}) */
  public int get() {
    return value;
  }

  /** @return the value as an unsigned long */
  public long getUnsigned() {
    return Integer.toUnsignedLong(value);
  }

  /**
   * Sets the value.
   *
   * @param value the new value
   */
  public void set(int value) {
    this.value = value;
  }

  @Override
  public String toString() {
    return Integer.toUnsignedString(value);
  }
}

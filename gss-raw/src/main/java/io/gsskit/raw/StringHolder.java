package io.gsskit.raw;

import org.jspecify.annotations.Nullable;

/**
 * An out-parameter for text that the C bindings return in a {@code gss_buffer_t} (status
 * messages, displayed names, descriptions). Mutable and not thread-safe.
 */
public final class StringHolder {

  private @Nullable String value;

  /** Creates an empty holder. */
  public StringHolder() {}

  /** @return the text, or null when nothing was set */
  public @Nullable String get() {
    return value;
  }

  /**
   * Sets the text.
   *
   * @param value the text, or null to clear
   */
  public void set(@Nullable String value) {
    this.value = value;
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}

package io.gsskit.raw;

import org.jspecify.annotations.Nullable;

/**
 * An out-parameter for one OID ({@code gss_OID *}). Null means {@code GSS_C_NO_OID}. Mutable and
 * not thread-safe.
 */
public final class OidHolder {

  private @Nullable Oid value;

  /** Creates an empty holder ({@code GSS_C_NO_OID}). */
  public OidHolder() {}

  /** @return the OID, or null for {@code GSS_C_NO_OID} */
  public @Nullable Oid get() {
    return value;
  }

  /**
   * Sets the OID.
   *
   * @param value the OID, or null for {@code GSS_C_NO_OID}
   */
  public void set(@Nullable Oid value) {
    this.value = value;
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}

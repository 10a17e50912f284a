package io.gsskit.raw;

import org.jspecify.annotations.Nullable;

/**
 * An in/out parameter for an OID set ({@code gss_OID_set *}). Null means {@code
 * GSS_C_NO_OID_SET}. {@link Gss#addOidSetMember} replaces the held (immutable) set with one that
 * has the extra member, which gives the RFC 2744 "add to this set" semantics without mutable
 * sets. Mutable and not thread-safe.
 */
public final class OidSetHolder {

  private @Nullable OidSet value;

  /** Creates an empty holder ({@code GSS_C_NO_OID_SET}). */
  public OidSetHolder() {}

  /**
   * Creates a holder with an initial set.
   *
   * @param value the set, or null
   */
  public OidSetHolder(@Nullable OidSet value) {
    this.value = value;
  }

  /** @return the set, or null for {@code GSS_C_NO_OID_SET} */
  public @Nullable OidSet get() {
    return value;
  }

  /**
   * Sets the set.
   *
   * @param value the set, or null for {@code GSS_C_NO_OID_SET}
   */
  public void set(@Nullable OidSet value) {
    this.value = value;
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}

package io.gsskit.raw.spi;

/**
 * A mechanism's credential element (part of the mechglue's union credential). Opaque to the
 * mechglue. Implementations must be safe to use from several threads.
 */
public interface MechCred {

  /**
   * Releases the element and zeroes its key material ({@code gss_release_cred}). Called once by
   * the mechglue; must not throw. The default does nothing.
   */
  default void release() {}
}

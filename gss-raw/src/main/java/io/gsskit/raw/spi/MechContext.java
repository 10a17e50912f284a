package io.gsskit.raw.spi;

/**
 * A mechanism's security context. Opaque to the mechglue. Per-message methods may be called
 * concurrently on one established context (the mechglue adds no lock), so a mechanism keeps its
 * sequence state atomic; establishment calls are never concurrent on one context.
 */
public interface MechContext {

  /**
   * Releases the context and zeroes its keys. Called at most once, when the application deletes
   * the context without asking for an output token and the mechanism's {@link
   * Mechanism#deleteSecContext} is the default; must not throw. The default does nothing.
   */
  default void release() {}
}

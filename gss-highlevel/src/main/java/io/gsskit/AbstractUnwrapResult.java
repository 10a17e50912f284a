package io.gsskit;

import org.immutables.value.Value;

/**
 * The result of {@link SecurityContext#unwrap(byte[])} (python {@code UnwrapResult}); a token
 * with a supplementary status throws instead. The generated class is {@code UnwrapResult}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class AbstractUnwrapResult {

  /** Package-private: only the generated class extends it. */
  AbstractUnwrapResult() {}

  /**
   * The message.
   *
   * @return the message (a copy)
   */
  public abstract byte[] message();

  /**
   * Whether the token was encrypted ({@code conf_state}).
   *
   * @return true when encrypted
   */
  public abstract boolean encrypted();

  /**
   * The quality of protection ({@code qop_state}); 0 is the default.
   *
   * @return the QOP
   */
  public abstract int qop();

  /** @return a description without the message bytes */
  @Override
  public String toString() {
    return "UnwrapResult[" + message().length + " bytes, encrypted=" + encrypted() + ", qop="
        + qop() + "]";
  }
}

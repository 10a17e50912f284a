package io.gsskit;

import org.immutables.value.Value;

/**
 * The result of {@link SecurityContext#wrap(byte[], boolean)} (python {@code WrapResult}). The generated class is {@code WrapResult}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class AbstractWrapResult {

  /** Package-private: only the generated class extends it. */
  AbstractWrapResult() {}

  /**
   * The wrap token to send.
   *
   * @return the token (a copy)
   */
  public abstract byte[] message();

  /**
   * Whether confidentiality was applied ({@code conf_state}).
   *
   * @return true when encrypted
   */
  public abstract boolean encrypted();

  /** @return a description without the token bytes */
  @Override
  public String toString() {
    return "WrapResult[" + message().length + " bytes, encrypted=" + encrypted() + "]";
  }
}

package io.gsskit;

import org.immutables.value.Value;

/**
 * The result of {@link SecurityContext#verifySignature(byte[], byte[])}: the QOP (python returns
 * just the QOP); a MIC with a supplementary status throws instead. The generated class is {@code
 * VerifyResult}. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class AbstractVerifyResult {

  /** Package-private: only the generated class extends it. */
  AbstractVerifyResult() {}

  /**
   * The quality of protection ({@code qop_state}).
   *
   * @return the QOP
   */
  public abstract int qop();
}

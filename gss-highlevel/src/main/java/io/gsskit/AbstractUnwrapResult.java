package io.gsskit;

import io.gsskit.raw.GssStatus.SupplementaryInfo;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of {@link SecurityContext#unwrap(byte[])} (python {@code UnwrapResult}, plus the supplementary status). The generated class is {@code UnwrapResult}. Immutable and
 * thread-safe.
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

  /**
   * Ordering information the mechanism reported with a valid token: {@code UNSEQ_TOKEN} or
   * {@code GAP_TOKEN} (RFC 2743 §1.2.3). Replays ({@code DUPLICATE_TOKEN}, {@code OLD_TOKEN}) are
   * never returned here: they are thrown.
   *
   * @return the supplementary bits, usually empty
   */
  public abstract Set<SupplementaryInfo> supplementary();

  /** @return a description without the message bytes */
  @Override
  public String toString() {
    return "UnwrapResult[" + message().length + " bytes, encrypted=" + encrypted() + ", qop="
        + qop() + ", supplementary=" + supplementary() + "]";
  }
}

package io.gsskit;

import io.gsskit.raw.GssStatus.SupplementaryInfo;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of {@link SecurityContext#verifySignature(byte[], byte[])}: the QOP (python returns just the QOP) and the supplementary status. The generated class is {@code VerifyResult}. Immutable and
 * thread-safe.
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

  /**
   * Ordering information reported with a valid MIC ({@code UNSEQ_TOKEN}, {@code GAP_TOKEN});
   * replays are thrown instead.
   *
   * @return the supplementary bits, usually empty
   */
  public abstract Set<SupplementaryInfo> supplementary();
}

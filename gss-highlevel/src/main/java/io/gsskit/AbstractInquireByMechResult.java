package io.gsskit;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of {@link Credentials#inquireByMech(MechType, boolean, boolean, boolean, boolean)} (python {@code InquireCredByMechResult}); a field is empty when not asked for. The generated class is {@code InquireByMechResult}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class AbstractInquireByMechResult {

  /** Package-private: only the generated class extends it. */
  AbstractInquireByMechResult() {}

  /**
   * The principal of the element, when asked for and known.
   *
   * @return the name
   */
  public abstract Optional<Name> name();

  /**
   * The initiator lifetime, when asked for.
   *
   * @return the lifetime
   */
  public abstract Optional<Duration> initLifetime();

  /**
   * The acceptor lifetime, when asked for.
   *
   * @return the lifetime
   */
  public abstract Optional<Duration> acceptLifetime();

  /**
   * The usage, when asked for.
   *
   * @return the usage
   */
  public abstract Optional<Usage> usage();
}

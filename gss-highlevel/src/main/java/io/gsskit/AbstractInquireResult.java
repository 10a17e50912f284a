package io.gsskit;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of {@link Credentials#inquire(boolean, boolean, boolean, boolean)} (python {@code InquireCredResult}); a field is empty when it was not asked for or the mechanism has no answer. The generated class is {@code InquireResult}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class AbstractInquireResult {

  /** Package-private: only the generated class extends it. */
  AbstractInquireResult() {}

  /**
   * The principal, when asked for and known.
   *
   * @return the name
   */
  public abstract Optional<Name> name();

  /**
   * The shortest remaining lifetime, when asked for.
   *
   * @return the lifetime
   */
  public abstract Optional<Duration> lifetime();

  /**
   * The usage, when asked for.
   *
   * @return the usage
   */
  public abstract Optional<Usage> usage();

  /**
   * The mechanisms, when asked for.
   *
   * @return the mechanisms
   */
  public abstract Optional<Set<MechType>> mechs();
}

package io.gsskit;

import java.time.Duration;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of {@link Credentials#acquire()}{@code .acquire()} (python {@code AcquireCredResult}). The generated class is {@code AcquireResult}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class AbstractAcquireResult {

  /** Package-private: only the generated class extends it. */
  AbstractAcquireResult() {}

  /**
   * The acquired credentials; the caller closes them.
   *
   * @return the credentials
   */
  public abstract Credentials credentials();

  /**
   * The mechanisms for which an element was acquired ({@code actual_mechs}).
   *
   * @return the mechanisms
   */
  public abstract Set<MechType> mechs();

  /**
   * The shortest element lifetime ({@code time_rec}); {@link GssKit#INDEFINITE} when unlimited.
   *
   * @return the lifetime
   */
  public abstract Duration lifetime();
}

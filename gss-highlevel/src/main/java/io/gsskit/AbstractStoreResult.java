package io.gsskit;

import java.util.Set;
import org.immutables.value.Value;

/**
 * The result of {@link Credentials#store()}{@code .apply()} (python {@code StoreCredResult}). The generated class is {@code StoreResult}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class AbstractStoreResult {

  /** Package-private: only the generated class extends it. */
  AbstractStoreResult() {}

  /**
   * The mechanisms whose elements were stored ({@code elements_stored}).
   *
   * @return the mechanisms
   */
  public abstract Set<MechType> mechs();

  /**
   * The usage that was stored ({@code cred_usage_stored}).
   *
   * @return the usage
   */
  public abstract Usage usage();
}

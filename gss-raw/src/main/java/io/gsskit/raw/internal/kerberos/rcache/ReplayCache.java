package io.gsskit.raw.internal.kerberos.rcache;

/**
 * A replay cache: records authenticator tags for one clock-skew window and reports a tag seen
 * again within that window.
 *
 * <p>Implementations are thread-safe: any number of acceptor threads may call {@link
 * #checkAndStore(ReplayTag)} at once, and of several concurrent calls with one tag exactly one
 * returns {@link ReplayStatus#FRESH}.
 */
public interface ReplayCache {

  /**
   * Atomically checks whether {@code tag} is live in the cache and, if it is not, records it with
   * the current time.
   *
   * @param tag the authenticator's tag
   * @return {@link ReplayStatus#REPLAY} when the tag was recorded within the last clock-skew
   *     window, {@link ReplayStatus#FRESH} when it was not (and now is)
   * @throws ReplayCacheException when the cache cannot be read or written; the caller must reject
   *     the authenticator (fail closed)
   */
  ReplayStatus checkAndStore(ReplayTag tag) throws ReplayCacheException;

  /** @return the cache's full name, e.g. {@code file2:/var/tmp/x.rcache2}, {@code none:} */
  String name();
}

package io.gsskit.raw.internal.kerberos.ccache;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A process-global named in-memory cache ({@code MEMORY:name}), as in MIT: resolving a name gives
 * the same cache everywhere in the process until it is destroyed; a new cache exists only after
 * {@link #initialize}. The cache owns copies of the keys: credentials are copied in and out, and
 * replaced or destroyed contents have their keys zeroed.
 *
 * <p>Thread-safe: changes are serialized per cache.
 */
public final class MemoryCcache extends CredentialCache {

  private static final ConcurrentHashMap<String, MemoryCcache> CACHES = new ConcurrentHashMap<>();

  private final String residual;
  private @Nullable CcacheContents contents;

  private MemoryCcache(String residual) {
    this.residual = residual;
  }

  /**
   * The process-global cache of that name, created (uninitialized) on first use.
   *
   * @param residual the name after {@code MEMORY:}; not null
   * @return the cache
   */
  public static MemoryCcache named(String residual) {
    return CACHES.computeIfAbsent(residual, MemoryCcache::new);
  }

  @Override
  public String name() {
    return "MEMORY:" + residual;
  }

  @Override
  public String type() {
    return "MEMORY";
  }

  @Override
  public synchronized Optional<CcacheContents> read() {
    return contents == null ? Optional.empty() : Optional.of(copy(contents));
  }

  /** Keys are copied in and out, so destroying the cache never zeroes a caller's key. */
  private static CcacheContents copy(CcacheContents c) {
    java.util.List<Credential> creds = new java.util.ArrayList<>(c.credentials().size());
    for (Credential cred : c.credentials()) {
      creds.add(cred.copy());
    }
    return new CcacheContents(4, c.kdcOffset(), c.principal(), creds, null);
  }

  @Override
  synchronized void replace(boolean needCurrent, Change change) throws CcacheException {
    CcacheContents next = change.apply(contents == null ? null : copy(contents));
    if (next != null) {
      CcacheContents old = contents;
      contents = copy(next);
      CACHES.putIfAbsent(residual, this);
      destroyKeys(old);
    }
  }

  /** Empties the cache, zeroes its keys and forgets the name. */
  @Override
  public synchronized boolean destroy() {
    CcacheContents old = contents;
    contents = null;
    CACHES.remove(residual, this);
    destroyKeys(old);
    return old != null;
  }

  private static void destroyKeys(@Nullable CcacheContents c) {
    if (c != null) {
      for (Credential cred : c.credentials()) {
        cred.destroy();
      }
    }
  }
}

package io.gsskit.raw.internal.kerberos.ccache;

import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A named credential cache ({@code FILE:}, {@code DIR:}, {@code MEMORY:}) with MIT's operations:
 * initialize, store, retrieve, remove, iterate, destroy, configuration entries and the KDC time
 * offset.
 *
 * <p>Every operation reads or replaces the whole cache atomically: a concurrent reader sees either
 * the state before or after a change. Retrieval ignores configuration entries and prefers the
 * newest matching credential (MIT appends, so duplicates accumulate). Instances are thread-safe;
 * they hold no state other than the name.
 */
public abstract class CredentialCache {

  /** A change to a cache: the new contents from the current ones. */
  @FunctionalInterface
  interface Change {
    /**
     * @param current the current contents, or null when the cache does not exist (or was not
     *     read)
     * @return the new contents, or null for no change
     */
    @Nullable CcacheContents apply(@Nullable CcacheContents current) throws CcacheException;
  }

  CredentialCache() {}

  /** @return the full name, e.g. {@code FILE:/tmp/krb5cc_1000} */
  public abstract String name();

  /** @return the type: {@code FILE}, {@code DIR} or {@code MEMORY} */
  public abstract String type();

  /**
   * Reads the whole cache.
   *
   * @return the contents, or empty when the cache does not exist
   * @throws CcacheException {@link Kind#FORMAT} or {@link Kind#IO}
   */
  public abstract Optional<CcacheContents> read() throws CcacheException;

  /**
   * Applies a change atomically.
   *
   * @param needCurrent false when the change ignores the current contents (initialize), so a
   *     corrupt cache can be overwritten
   */
  abstract void replace(boolean needCurrent, Change change) throws CcacheException;

  /**
   * Deletes the cache (MIT {@code krb5_cc_destroy}).
   *
   * @return true when a cache existed
   * @throws CcacheException {@link Kind#IO}
   */
  public abstract boolean destroy() throws CcacheException;

  /**
   * @return the contents
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache does not exist
   */
  public CcacheContents contents() throws CcacheException {
    return read().orElseThrow(() -> new CcacheException(Kind.NOT_FOUND,
        "no credentials cache found: " + name()));
  }

  /**
   * @return true when the cache exists (and has a readable header)
   * @throws CcacheException {@link Kind#FORMAT} or {@link Kind#IO}
   */
  public boolean exists() throws CcacheException {
    return read().isPresent();
  }

  /**
   * @return the default principal
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache does not exist
   */
  public KerberosPrincipal principal() throws CcacheException {
    return contents().principal();
  }

  /**
   * @return all credentials including configuration entries, in cache order
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache does not exist
   */
  public List<Credential> credentials() throws CcacheException {
    return contents().credentials();
  }

  /**
   * Creates or empties the cache with a default principal and no KDC time offset.
   *
   * @param principal the default principal; not null
   * @throws CcacheException {@link Kind#IO}
   */
  public void initialize(KerberosPrincipal principal) throws CcacheException {
    initialize(principal, KdcTimeOffset.NONE);
  }

  /**
   * Creates or empties the cache.
   *
   * @param principal the default principal; not null
   * @param offset the KDC time offset to record; not null
   * @throws CcacheException {@link Kind#IO}
   */
  public void initialize(KerberosPrincipal principal, KdcTimeOffset offset)
      throws CcacheException {
    replace(false, cur -> CcacheContents.empty(principal, offset));
  }

  /**
   * Appends a credential.
   *
   * @param credential the credential; not null
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache was not initialized
   */
  public void store(Credential credential) throws CcacheException {
    storeAll(List.of(credential));
  }

  /**
   * Appends credentials in one atomic change.
   *
   * @param list the credentials; not null
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache was not initialized
   */
  public void storeAll(List<Credential> list) throws CcacheException {
    replace(true, cur -> {
      CcacheContents c = require(cur);
      List<Credential> all = new ArrayList<>(c.credentials());
      all.addAll(list);
      return c.withCredentials(all);
    });
  }

  /**
   * Finds the newest credential for a server.
   *
   * @param server the server principal (name type ignored); not null
   * @param enctype the session key enctype required, or 0 for any
   * @return the credential, or empty
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache does not exist
   */
  public Optional<Credential> retrieve(KerberosPrincipal server, int enctype)
      throws CcacheException {
    return find(c -> !c.isConfigEntry() && sameName(c.server(), server)
        && (enctype == 0 || c.key().keyType() == enctype));
  }

  /**
   * Finds the newest credential matching a condition.
   *
   * @param match the condition; not null
   * @return the credential, or empty
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache does not exist
   */
  public Optional<Credential> find(Predicate<Credential> match) throws CcacheException {
    List<Credential> all = credentials();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (match.test(all.get(i))) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * Removes credentials.
   *
   * @param match selects the credentials to remove; not null
   * @return how many were removed
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache does not exist
   */
  public int remove(Predicate<Credential> match) throws CcacheException {
    int[] removed = {0};
    replace(true, cur -> {
      CcacheContents c = require(cur);
      List<Credential> keep = new ArrayList<>();
      for (Credential cred : c.credentials()) {
        if (match.test(cred)) {
          removed[0]++;
        } else {
          keep.add(cred);
        }
      }
      return removed[0] == 0 && c.damage() == null ? null : c.withCredentials(keep);
    });
    return removed[0];
  }

  /**
   * Reads a configuration entry (the newest one).
   *
   * @param key the configuration key, e.g. {@code fast_avail}; not null
   * @param associated the associated principal, or null for an unassociated key
   * @return the value bytes, or empty
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache does not exist
   */
  public Optional<byte[]> config(String key, @Nullable KerberosPrincipal associated)
      throws CcacheException {
    return find(configMatch(key, associated)).map(Credential::ticket);
  }

  /**
   * Sets or removes a configuration entry, replacing any existing entry for the key.
   *
   * @param key the configuration key; not null
   * @param associated the associated principal, or null
   * @param value the value, or null to remove the entry
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache does not exist
   */
  public void setConfig(String key, @Nullable KerberosPrincipal associated,
      byte @Nullable [] value) throws CcacheException {
    Predicate<Credential> match = configMatch(key, associated);
    replace(true, cur -> {
      CcacheContents c = require(cur);
      List<Credential> keep = new ArrayList<>();
      for (Credential cred : c.credentials()) {
        if (!match.test(cred)) {
          keep.add(cred);
        }
      }
      if (value != null) {
        keep.add(Credential.configEntry(c.principal(), key, associated, value));
      }
      return c.withCredentials(keep);
    });
  }

  /**
   * @return the KDC time offset
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache does not exist
   */
  public KdcTimeOffset kdcOffset() throws CcacheException {
    return contents().kdcOffset();
  }

  /**
   * Records the KDC time offset.
   *
   * @param offset the offset; not null
   * @throws CcacheException {@link Kind#NOT_FOUND} when the cache does not exist
   */
  public void setKdcOffset(KdcTimeOffset offset) throws CcacheException {
    replace(true, cur -> require(cur).withKdcOffset(offset));
  }

  private static Predicate<Credential> configMatch(String key,
      @Nullable KerberosPrincipal associated) {
    String assoc = associated == null ? null : associated.toString();
    return c -> c.isConfigEntry() && c.configKey().orElse("").equals(key)
        && java.util.Objects.equals(c.configPrincipal().orElse(null), assoc);
  }

  private CcacheContents require(@Nullable CcacheContents cur) throws CcacheException {
    if (cur == null) {
      throw new CcacheException(Kind.NOT_FOUND, "no credentials cache found: " + name());
    }
    return cur;
  }

  /** Principal equality as MIT compares names: realm and components, not the name type. */
  static boolean sameName(KerberosPrincipal a, KerberosPrincipal b) {
    return a.realm().equals(b.realm()) && a.name().components().equals(b.name().components());
  }

  @Override
  public String toString() {
    return name();
  }
}

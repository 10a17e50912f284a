package io.gsskit.raw.internal.kerberos.crypto;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A small bounded cache of set-up {@link UsageKeys} for one key usage, keyed by the key itself,
 * for a key that protects many messages from different contexts: an acceptor's keytab keys
 * decrypting tickets (usage 2, RFC 4120 §7.5.1), or the session key of a cached ticket, which
 * both peers use for the authenticator and the AP-REP of every context made with that ticket
 * (usages 11 and 12). Deriving Ke and Ki and keying the cipher and MAC costs more than
 * encrypting or decrypting such a message; the cache keeps them across contexts.
 *
 * <p>Lookups compare the whole key (constant time) with the cached engine's key, so a changed
 * keytab (another key for the same principal, kvno and enctype) can never use stale keys: it
 * simply misses and gets a new entry. At most {@code capacity} keys are kept; beyond that an
 * arbitrary entry is evicted and its engine destroyed (derived keys zeroed as far as the JCE
 * allows, see {@link UsageKeys#destroy()}); {@link #clear()} destroys all. An engine is used by
 * one thread at a time: a thread that finds the entry's engine in use works with a throw-away
 * engine instead. Thread-safe.
 */
public final class UsageKeysCache {

  private final int usage;
  private final int capacity;
  private final ConcurrentHashMap<Integer, Entry> entries = new ConcurrentHashMap<>();

  /**
   * @param usage the key usage of every engine in this cache
   * @param capacity the maximum number of keys kept, at least 1
   */
  public UsageKeysCache(int usage, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity);
    }
    this.usage = usage;
    this.capacity = capacity;
  }

  /**
   * RFC 3961 decrypt and verify with the cache's usage, as {@link KerberosCrypto#decrypt}.
   *
   * @return a new array with the plaintext
   * @throws KrbCryptoException TOO_SHORT, INTEGRITY_FAILED, UNSUPPORTED, BAD_KEY
   */
  public byte[] decrypt(KerberosKey key, byte[] ciphertext) throws KrbCryptoException {
    return withEngine(key, k -> k.decrypt(ciphertext));
  }

  /**
   * RFC 3961 encrypt with the cache's usage and a fresh confounder, as
   * {@link KerberosCrypto#encrypt}.
   *
   * @return a new array with the ciphertext
   * @throws KrbCryptoException UNSUPPORTED, BAD_KEY
   */
  public byte[] encrypt(KerberosKey key, byte[] plaintext) throws KrbCryptoException {
    return withEngine(key, k -> k.encrypt(plaintext));
  }

  /** One operation of an engine. */
  private interface Operation {
    byte[] apply(UsageKeys k) throws KrbCryptoException;
  }

  /**
   * Runs the operation with the key's cached engine when it is free, else with a throw-away
   * engine that is cached afterwards when the key has no entry yet.
   */
  private byte[] withEngine(KerberosKey key, Operation op) throws KrbCryptoException {
    EncType t = KerberosCrypto.checkKey(key);
    byte[] raw = key.bytes();
    Integer slot = 31 * t.number() + Arrays.hashCode(raw);
    Entry e = entries.get(slot);
    UsageKeys k = null;
    if (e != null) {
      UsageKeys held = e.engine.getAndSet(null);
      if (held != null) {
        if (held.encType() == t && MessageDigest.isEqual(held.baseKey, raw)) {
          k = held;
        } else if (!e.engine.compareAndSet(null, held)) {
          held.destroy(); // another key with the same hash: leave the entry as it was
        }
      }
    }
    boolean fresh = k == null;
    if (k == null) {
      k = UsageKeys.create(key, usage);
    }
    byte[] result;
    try {
      result = op.apply(k);
    } catch (KrbCryptoException ex) {
      // A failed MAC check leaves a cached engine usable; a throw-away one goes.
      if (!fresh) {
        give(e, k);
      } else {
        k.destroy();
      }
      throw ex;
    } catch (RuntimeException ex) {
      k.destroy();
      throw ex;
    }
    if (fresh && e == null) {
      e = insert(slot);
    }
    if (e != null) {
      give(e, k);
    } else {
      k.destroy();
    }
    return result;
  }

  /** Destroys every cached engine. */
  public void clear() {
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      Entry e = it.next();
      it.remove();
      e.close();
    }
  }

  /** @return the number of keys cached (for tests) */
  int size() {
    return entries.size();
  }

  private Entry insert(Integer slot) {
    Entry e = new Entry();
    Entry prev = entries.putIfAbsent(slot, e);
    if (prev != null) {
      return prev;
    }
    // Over capacity (also after concurrent inserts): evict other entries, destroying engines.
    while (entries.size() > capacity) {
      Integer victim = null;
      for (Integer s : entries.keySet()) {
        if (!s.equals(slot)) {
          victim = s;
          break;
        }
      }
      if (victim == null) {
        break;
      }
      Entry old = entries.remove(victim);
      if (old != null) {
        old.close();
      }
    }
    return e;
  }

  /** Hands the engine back to the entry, or destroys it if the entry is occupied or evicted. */
  private static void give(@Nullable Entry e, UsageKeys k) {
    if (e == null || !e.engine.compareAndSet(null, k)) {
      k.destroy();
      return;
    }
    if (e.closed) {
      UsageKeys again = e.engine.getAndSet(null);
      if (again != null) {
        again.destroy();
      }
    }
  }

  private static final class Entry {
    final AtomicReference<@Nullable UsageKeys> engine = new AtomicReference<>();
    volatile boolean closed;

    void close() {
      closed = true;
      UsageKeys k = engine.getAndSet(null);
      if (k != null) {
        k.destroy();
      }
    }
  }
}

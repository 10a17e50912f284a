package io.gsskit.raw.internal.mech.krb5.token;

import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import io.gsskit.raw.internal.kerberos.crypto.UsageKeys;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A tiny lock-free pool of {@link UsageKeys} engines for one (key, usage). {@code UsageKeys} is
 * not thread-safe; each call {@link #take()}s an engine for its exclusive use and
 * {@link #give(UsageKeys)}s it back. In the steady state no key is derived and nothing is
 * allocated per message (slots are claimed with {@code getAndSet}); a new engine (one key
 * derivation) is created only when all pooled ones are in use by concurrent calls, and surplus
 * engines returned to a full pool are destroyed.
 *
 * <p>Thread-safe. {@link #close()} destroys pooled engines; engines in use are destroyed when
 * they are given back.
 */
final class UsageKeyPool {

  private static final int SLOTS =
      Math.max(2, Math.min(16, 2 * Runtime.getRuntime().availableProcessors()));

  private final KerberosKey key;
  private final int usage;
  private final AtomicReferenceArray<UsageKeys> slots = new AtomicReferenceArray<>(SLOTS);
  private volatile boolean closed;

  UsageKeyPool(KerberosKey key, int usage) {
    this.key = key;
    this.usage = usage;
  }

  int usage() {
    return usage;
  }

  /**
   * @return an engine for exclusive use until given back
   * @throws KrbCryptoException BAD_KEY once the key was destroyed
   */
  UsageKeys take() throws KrbCryptoException {
    for (int i = 0; i < SLOTS; i++) {
      UsageKeys k = slots.getAndSet(i, null);
      if (k != null) {
        return k;
      }
    }
    return UsageKeys.create(key, usage);
  }

  /** Returns an engine taken from this pool. */
  void give(UsageKeys k) {
    if (!closed) {
      for (int i = 0; i < SLOTS; i++) {
        if (slots.compareAndSet(i, null, k)) {
          if (closed && slots.compareAndSet(i, k, null)) {
            k.destroy();
          }
          return;
        }
      }
    }
    k.destroy();
  }

  /** Destroys the pooled engines; later {@link #give}s destroy theirs. */
  void close() {
    closed = true;
    for (int i = 0; i < SLOTS; i++) {
      UsageKeys k = slots.getAndSet(i, null);
      if (k != null) {
        k.destroy();
      }
    }
  }
}

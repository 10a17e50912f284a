package io.gsskit.raw.internal.kerberos.crypto;

import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/**
 * Where confounders come from. Production code always uses {@link #secure()}; tests in this
 * package inject fixed confounders to reproduce the RFC sample encryptions.
 */
interface ConfounderSource {

  /** Fills {@code buf[off..off+len)} with fresh confounder bytes. */
  void next(byte[] buf, int off, int len);

  /**
   * @return a new source drawing from a shared {@link SecureRandom} in batches of 512 bytes, so
   *     that a message costs an array copy rather than a call into the RNG; not thread-safe (one
   *     per {@link UsageKeys})
   */
  static ConfounderSource secure() {
    return new Pooled();
  }

  /**
   * Confounders are not secret, only unpredictable; a small pool is refilled when used up. The
   * first call draws only what it needs: a one-shot encryption (a ticket, an authenticator, an
   * AP-REP) uses one 16-byte confounder and should not pay for 512 random bytes; the pool is set
   * up at the second call, i.e. for per-message use.
   */
  final class Pooled implements ConfounderSource {
    private static final SecureRandom RANDOM = new SecureRandom();
    private byte @Nullable [] pool;
    private int pos;
    private boolean drawn;

    @Override
    public void next(byte[] buf, int off, int len) {
      if (!drawn) {
        drawn = true;
        byte[] first = new byte[len];
        RANDOM.nextBytes(first);
        System.arraycopy(first, 0, buf, off, len);
        return;
      }
      byte[] pool = this.pool;
      if (pool == null) {
        pool = new byte[512];
        this.pool = pool;
        pos = pool.length;
      }
      while (len > 0) {
        if (pos == pool.length) {
          RANDOM.nextBytes(pool);
          pos = 0;
        }
        int n = Math.min(len, pool.length - pos);
        System.arraycopy(pool, pos, buf, off, n);
        pos += n;
        off += n;
        len -= n;
      }
    }
  }
}

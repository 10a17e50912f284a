package io.gsskit.raw.internal.kerberos.crypto;

import java.security.SecureRandom;

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

  /** Confounders are not secret, only unpredictable; a small pool is refilled when used up. */
  final class Pooled implements ConfounderSource {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] pool = new byte[512];
    private int pos = pool.length;

    @Override
    public void next(byte[] buf, int off, int len) {
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

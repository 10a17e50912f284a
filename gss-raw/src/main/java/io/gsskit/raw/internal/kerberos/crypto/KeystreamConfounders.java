package io.gsskit.raw.internal.kerberos.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Confounders for per-message use from an AES-256-CTR keystream whose key and initial counter are
 * drawn from a {@link SecureRandom}, the construction of NIST SP 800-90A's CTR_DRBG (§10.2.1,
 * without derivation function): AES in counter mode under a uniformly random key is
 * indistinguishable from random, and the key is replaced with fresh {@code SecureRandom} output
 * after every {@value #REKEY_BYTES} bytes. A confounder is never sent in the clear (it is the
 * first encrypted block), it only has to be unpredictable; drawing it from the JDK's
 * {@code NativePRNG} costs about 10 ns per byte (a 16-byte confounder ≈ 170 ns, more than the
 * AES of a 64-byte message), the keystream well under 1 ns per byte with the AES intrinsics.
 *
 * <p>Output is produced in blocks of {@value #POOL} bytes into a private buffer; consumed bytes
 * are zeroed; {@link #destroy()} zeroes the rest and re-keys the cipher with a zero key. Not
 * thread-safe (one per {@link UsageKeys}).
 */
final class KeystreamConfounders implements ConfounderSource {

  static final int POOL = 512;
  static final int REKEY_BYTES = 1 << 16;

  /** Replaces the keystream key on {@link #destroy()}, as {@code JcePool} scrubs its ciphers. */
  private static final SecretKeySpec SCRUB_KEY = new SecretKeySpec(new byte[32], "AES");
  private static final IvParameterSpec ZERO_COUNTER = new IvParameterSpec(new byte[16]);

  private final SecureRandom seed;
  private final byte[] pool = new byte[POOL];
  private final byte[] zeros = new byte[POOL];
  private final Cipher ctr;
  private int pos = POOL;
  private int sinceRekey = REKEY_BYTES;

  /**
   * @param seed where keys and counters come from
   * @throws GeneralSecurityException when the JDK lacks {@code AES/CTR/NoPadding}
   */
  KeystreamConfounders(SecureRandom seed) throws GeneralSecurityException {
    this.seed = seed;
    this.ctr = Cipher.getInstance("AES/CTR/NoPadding");
  }

  @Override
  public void next(byte[] buf, int off, int len) {
    while (len > 0) {
      if (pos == POOL) {
        refill();
      }
      int n = Math.min(len, POOL - pos);
      System.arraycopy(pool, pos, buf, off, n);
      Arrays.fill(pool, pos, pos + n, (byte) 0);
      pos += n;
      off += n;
      len -= n;
    }
  }

  /**
   * Zeroes the buffered keystream and replaces the AES key inside the cipher with a zero key; a
   * later {@link #next} starts over with a fresh key and counter from the seed.
   */
  @Override
  public void destroy() {
    Arrays.fill(pool, (byte) 0);
    pos = POOL;
    sinceRekey = REKEY_BYTES;
    try {
      ctr.init(Cipher.ENCRYPT_MODE, SCRUB_KEY, ZERO_COUNTER);
    } catch (GeneralSecurityException | RuntimeException e) {
      // AES-256 with a 16-byte counter is always accepted; nothing else to wipe
    }
  }

  private void refill() {
    try {
      if (sinceRekey >= REKEY_BYTES) {
        byte[] key = new byte[32];
        byte[] counter = new byte[16];
        seed.nextBytes(key);
        seed.nextBytes(counter);
        SecretKeySpec k = new SecretKeySpec(key, "AES");
        ctr.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(counter));
        Arrays.fill(key, (byte) 0);
        sinceRekey = 0;
      }
      int n = ctr.update(zeros, 0, POOL, pool, 0);
      if (n != POOL) {
        throw new IllegalStateException("AES-CTR returned " + n + " of " + POOL + " bytes");
      }
      sinceRekey += POOL;
    } catch (GeneralSecurityException e) {
      // A keyed AES-CTR cannot fail on a full-size output array; fall back to the seed itself.
      seed.nextBytes(pool);
    }
    pos = 0;
  }
}

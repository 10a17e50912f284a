package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * A small bounded pool of JDK {@code AES/ECB/NoPadding} ciphers for the short one-block
 * encryptions of key derivation (RFC 3961 §5.1 DR): {@code Cipher.getInstance} walks the provider
 * list and parses the transformation on every call, which costs more than the derivation itself.
 * A cipher handed back is first re-keyed with an all-zero key, so no pooled cipher keeps the key
 * schedule of a real key. Works the same for platform and virtual threads (no thread-locals).
 * Thread-safe.
 */
final class AesEcbPool {

  private static final int SLOTS = 8;
  private static final SecretKeySpec SCRUB = new SecretKeySpec(new byte[16], "AES");
  private static final AtomicReferenceArray<Cipher> POOL = new AtomicReferenceArray<>(SLOTS);

  private AesEcbPool() {}

  /**
   * A cipher initialised to encrypt with {@code key}; hand it back with {@link #release}.
   *
   * @throws KrbCryptoException BAD_KEY when the JCE rejects the key, INTERNAL when AES is missing
   */
  static Cipher encryptor(byte[] key) throws KrbCryptoException {
    Cipher c = take();
    try {
      if (c == null) {
        c = Cipher.getInstance("AES/ECB/NoPadding");
      }
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "AES/ECB/NoPadding unavailable", e);
    }
    try {
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
      return c;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new KrbCryptoException(Reason.BAD_KEY, "AES base key rejected", e);
    }
  }

  /** Re-keys the cipher with a zero key and keeps it for reuse when a slot is free. */
  static void release(Cipher c) {
    try {
      c.init(Cipher.ENCRYPT_MODE, SCRUB);
    } catch (GeneralSecurityException e) {
      return; // not scrubbed: not pooled
    }
    for (int i = 0; i < SLOTS; i++) {
      if (POOL.get(i) == null && POOL.compareAndSet(i, null, c)) {
        return;
      }
    }
  }

  private static @Nullable Cipher take() {
    for (int i = 0; i < SLOTS; i++) {
      Cipher c = POOL.get(i);
      if (c != null && POOL.compareAndSet(i, c, null)) {
        return c;
      }
    }
    return null;
  }
}

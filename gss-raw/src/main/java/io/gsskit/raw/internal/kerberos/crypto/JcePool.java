package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Small bounded pools of JDK AES {@link Cipher}s (by transformation), {@link Mac}s and
 * {@link MessageDigest}s (by algorithm): {@code Cipher.getInstance} and {@code Mac.getInstance}
 * walk the provider list and parse the transformation on every call, which costs more than a key
 * derivation or the encryption of a ticket. Callers always {@code init} what they take with their
 * own key (or start from a reset digest), so no state carries over. An instance handed back is
 * first re-keyed with a fixed all-zero key (a digest: reset), so no pooled instance keeps the key
 * schedule or a keyed hash state of a real key; one that cannot be re-keyed is dropped.
 * At most {@value #SLOTS} idle instances per name. No thread-locals, so it works the same for
 * platform and virtual threads. Thread-safe.
 */
final class JcePool {

  private static final int SLOTS = 8;
  private static final SecretKeySpec SCRUB_AES = new SecretKeySpec(new byte[16], "AES");
  private static final IvParameterSpec ZERO_IV = new IvParameterSpec(new byte[16]);
  private static final ConcurrentHashMap<String, AtomicReferenceArray<Object>> POOLS =
      new ConcurrentHashMap<>();

  private JcePool() {}

  /**
   * An uninitialised-for-the-caller AES cipher ({@code "AES/ECB/NoPadding"} or
   * {@code "AES/CBC/NoPadding"}); the caller must {@code init} it and hand it back with
   * {@link #release(Cipher, String)}.
   *
   * @throws KrbCryptoException INTERNAL when the JDK lacks the transformation
   */
  static Cipher cipher(String transformation) throws KrbCryptoException {
    Object o = take(transformation);
    if (o != null) {
      return (Cipher) o;
    }
    try {
      return Cipher.getInstance(transformation);
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, transformation + " unavailable", e);
    }
  }

  /** Re-keys the cipher with a zero key and keeps it for reuse when a slot is free. */
  static void release(Cipher c, String transformation) {
    try {
      if (transformation.startsWith("AES/CBC/")) {
        c.init(Cipher.ENCRYPT_MODE, SCRUB_AES, ZERO_IV);
      } else if (transformation.startsWith("AES/ECB/")) {
        c.init(Cipher.ENCRYPT_MODE, SCRUB_AES);
      } else {
        return;
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      return; // not scrubbed: not pooled
    }
    put(transformation, c);
  }

  /**
   * A MAC of the algorithm (e.g. {@code "HmacSHA1"}); the caller must {@code init} it and hand it
   * back with {@link #release(Mac, String)}.
   *
   * @throws KrbCryptoException INTERNAL when the JDK lacks the algorithm
   */
  static Mac mac(String algorithm) throws KrbCryptoException {
    Object o = take(algorithm);
    if (o != null) {
      return (Mac) o;
    }
    try {
      return Mac.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, algorithm + " unavailable", e);
    }
  }

  /** Re-keys the MAC with a zero key and keeps it for reuse when a slot is free. */
  static void release(Mac m, String algorithm) {
    try {
      m.init(new SecretKeySpec(new byte[16], algorithm));
    } catch (GeneralSecurityException | RuntimeException e) {
      return;
    }
    put(algorithm, m);
  }

  /**
   * A reset digest of the algorithm (e.g. {@code "SHA-384"}); hand it back with
   * {@link #release(MessageDigest, String)}.
   *
   * @throws KrbCryptoException INTERNAL when the JDK lacks the algorithm
   */
  static MessageDigest digest(String algorithm) throws KrbCryptoException {
    Object o = take(algorithm);
    if (o != null) {
      return (MessageDigest) o;
    }
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, algorithm + " unavailable", e);
    }
  }

  /** Resets the digest (which zeroes its state) and keeps it for reuse when a slot is free. */
  static void release(MessageDigest d, String algorithm) {
    d.reset();
    put(algorithm, d);
  }

  private static @Nullable Object take(String name) {
    AtomicReferenceArray<Object> pool = POOLS.get(name);
    if (pool == null) {
      return null;
    }
    for (int i = 0; i < SLOTS; i++) {
      Object c = pool.get(i);
      if (c != null && pool.compareAndSet(i, c, null)) {
        return c;
      }
    }
    return null;
  }

  private static void put(String name, Object o) {
    AtomicReferenceArray<Object> pool =
        POOLS.computeIfAbsent(name, n -> new AtomicReferenceArray<>(SLOTS));
    for (int i = 0; i < SLOTS; i++) {
      if (pool.get(i) == null && pool.compareAndSet(i, null, o)) {
        return;
      }
    }
  }
}

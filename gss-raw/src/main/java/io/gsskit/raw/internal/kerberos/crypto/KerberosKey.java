package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.security.auth.Destroyable;
import org.jspecify.annotations.Nullable;

/**
 * A Kerberos protocol key: an enctype number (unknown numbers kept) and the key bytes.
 *
 * <p>Construction never validates; every operation checks the key against its enctype and fails
 * with {@link KrbCryptoException.Reason#BAD_KEY} or {@link KrbCryptoException.Reason#UNSUPPORTED}.
 * The bytes are copied in and out; {@link #destroy()} zeroes this instance's copy.
 * {@link #toString()} never shows key material. Immutable apart from {@code destroy()}; safe to
 * share between threads as long as nobody destroys it while others use it.
 */
public final class KerberosKey implements Destroyable {

  private final int keyType;
  private final byte[] bytes;
  private volatile boolean destroyed;

  /**
   * Creates a key.
   *
   * @param keyType the enctype number
   * @param bytes the key bytes; copied
   */
  public KerberosKey(int keyType, byte[] bytes) {
    this.keyType = keyType;
    this.bytes = bytes.clone();
  }

  /**
   * Creates a key.
   *
   * @param encType the enctype
   * @param bytes the key bytes; copied
   */
  public KerberosKey(EncType encType, byte[] bytes) {
    this(encType.number(), bytes);
  }

  /**
   * Convenience conversion from the wire type.
   *
   * @param key an RFC 4120 EncryptionKey
   * @return a key with the same type and a copy of its bytes
   */
  public static KerberosKey of(EncryptionKey key) {
    byte[] v = key.keyValue();
    try {
      return new KerberosKey(key.keyType(), v);
    } finally {
      Arrays.fill(v, (byte) 0);
    }
  }

  /** @return the enctype number */
  public int keyType() {
    return keyType;
  }

  /** @return the enctype registry entry (possibly unknown) */
  public EncType encType() {
    return EncType.byNumber(keyType);
  }

  /** @return the key length in bytes */
  public int length() {
    return bytes.length;
  }

  /** @return a copy of the key bytes */
  public byte[] copyBytes() {
    return bytes.clone();
  }

  /** The key bytes without a copy; callers in this package never modify or leak them. */
  byte[] bytes() {
    return bytes;
  }

  /** Zeroes this instance's key bytes. */
  @Override
  public void destroy() {
    destroyed = true;
    Arrays.fill(bytes, (byte) 0);
  }

  /** @return true after {@link #destroy()} */
  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  /** Constant-time comparison of type and bytes. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof KerberosKey k && k.keyType == keyType
        && MessageDigest.isEqual(k.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return 31 * keyType + bytes.length;
  }

  /** @return the type and length only, never the key bytes */
  @Override
  public String toString() {
    return "KerberosKey[" + encType() + ", " + bytes.length + " bytes"
        + (destroyed ? ", destroyed" : "") + "]";
  }
}

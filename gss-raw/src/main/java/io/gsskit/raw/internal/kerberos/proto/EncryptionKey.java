package io.gsskit.raw.internal.kerberos.proto;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * RFC 4120 §5.2.9 {@code EncryptionKey}: a key type (the enctype number, unknown values kept) and
 * the key bytes.
 *
 * <pre>
 * EncryptionKey   ::= SEQUENCE {
 *         keytype         [0] Int32,
 *         keyvalue        [1] OCTET STRING
 * }
 * </pre>
 *
 * <p>The key bytes are copied in and out; {@link #destroy()} zeroes this instance's copy.
 * {@link #toString()} never shows key material. Not thread-safe against a concurrent
 * {@code destroy()}.
 */
public final class EncryptionKey {

  private final int keyType;
  private final byte[] keyValue;

  /**
   * Creates a key.
   *
   * @param keyType the enctype number
   * @param keyValue the key bytes; copied
   */
  public EncryptionKey(int keyType, byte[] keyValue) {
    this.keyType = keyType;
    this.keyValue = keyValue.clone();
  }

  /** @return the enctype number */
  public int keyType() {
    return keyType;
  }

  /** @return a copy of the key bytes */
  public byte[] keyValue() {
    return keyValue.clone();
  }

  /** @return the key length in bytes */
  public int length() {
    return keyValue.length;
  }

  /** Zeroes this instance's key bytes. */
  public void destroy() {
    Arrays.fill(keyValue, (byte) 0);
  }

  /** Constant-time comparison of type and bytes. */
  @Override
  public boolean equals(Object o) {
    return o instanceof EncryptionKey k && k.keyType == keyType
        && MessageDigest.isEqual(k.keyValue, keyValue);
  }

  @Override
  public int hashCode() {
    return 31 * keyType + keyValue.length;
  }

  /** @return the type and length only, never the key bytes */
  @Override
  public String toString() {
    return "EncryptionKey[type=" + keyType + ", " + keyValue.length + " bytes]";
  }
}

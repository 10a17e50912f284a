package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
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
public final class EncryptionKey implements DerEncodable {

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

  /**
   * Reads an EncryptionKey; the temporary copy of the key bytes is zeroed.
   *
   * @param reader positioned at the SEQUENCE; not null
   * @return the key
   * @throws DerException when malformed
   */
  public static EncryptionKey read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int type = seq.readField(0, DerReader::readInt32);
    byte[] value = seq.readField(1, DerReader::readOctetString);
    try {
      seq.endExtensible(1);
      return new EncryptionKey(type, value);
    } finally {
      Arrays.fill(value, (byte) 0);
    }
  }

  /**
   * Decodes a complete DER EncryptionKey.
   *
   * @param der the encoding; not null
   * @return the key
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static EncryptionKey decode(byte[] der) throws DerException {
    return DerReader.decode(der, EncryptionKey::read);
  }

  /** Writes the key, including its bytes (the caller encrypts the result). */
  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    KerberosFields.writeInt(writer, 0, keyType);
    KerberosFields.writeOctets(writer, 1, keyValue);
    writer.end();
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

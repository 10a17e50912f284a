package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.2.9 {@code EncryptedData}: ciphertext with its enctype and optional key version.
 *
 * <pre>
 * EncryptedData   ::= SEQUENCE {
 *         etype   [0] Int32 -- EncryptionType --,
 *         kvno    [1] UInt32 OPTIONAL,
 *         cipher  [2] OCTET STRING -- ciphertext
 * }
 * </pre>
 *
 * <p>The etype is kept raw (unknown numbers survive). The kvno is read leniently (RFC 4120
 * §5.2.4: negative 32-bit values from old senders are accepted) and kept as encoded; compare it
 * as {@code (int) kvno}. Also the type of PA-ENC-TIMESTAMP. Immutable, thread-safe.
 *
 * @param etype the encryption type number
 * @param kvno the key version number, or null when absent
 * @param cipher the ciphertext; copied in and out
 */
public record EncryptedData(int etype, @Nullable Long kvno, byte[] cipher) implements DerEncodable {

  /**
   * Creates the value, copying the ciphertext.
   *
   * @param etype the encryption type number
   * @param kvno the key version number, or null when absent
   * @param cipher the ciphertext; copied in and out
   */
  public EncryptedData {
    cipher = Objects.requireNonNull(cipher, "cipher").clone();
  }

  /** @return a copy of the ciphertext */
  @Override
  public byte[] cipher() {
    return cipher.clone();
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static EncryptedData read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int etype = seq.readField(0, DerReader::readInt32);
    Long kvno = seq.readOptionalField(1, DerReader::readUInt32Lenient);
    byte[] cipher = seq.readField(2, DerReader::readOctetString);
    seq.endExtensible(2);
    return new EncryptedData(etype, kvno, cipher);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static EncryptedData decode(byte[] der) throws DerException {
    return DerReader.decode(der, EncryptedData::read);
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    KerberosFields.writeInt(writer, 0, etype);
    KerberosFields.writeOptionalInt(writer, 1, kvno);
    KerberosFields.writeOctets(writer, 2, cipher);
    writer.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncryptedData e && e.etype == etype && Objects.equals(e.kvno, kvno)
        && Arrays.equals(e.cipher, cipher);
  }

  @Override
  public int hashCode() {
    return Objects.hash(etype, kvno) * 31 + Arrays.hashCode(cipher);
  }

  @Override
  public String toString() {
    return "EncryptedData[etype=" + etype + ", kvno=" + kvno + ", " + cipher.length + " bytes]";
  }
}

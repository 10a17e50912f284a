package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * RFC 4120 §5.2.9 {@code Checksum}.
 *
 * <pre>
 * Checksum        ::= SEQUENCE {
 *         cksumtype       [0] Int32,
 *         checksum        [1] OCTET STRING
 * }
 * </pre>
 *
 * <p>The checksum type is kept raw, including the GSS-API 0x8003 type whose body is
 * {@link GssChecksumBody} and negative types such as HMAC-MD5 (-138). Immutable, thread-safe.
 *
 * @param cksumtype the checksum type number
 * @param checksum the checksum bytes; copied in and out
 */
public record Checksum(int cksumtype, byte[] checksum) implements DerEncodable {

  /** The GSS-API authenticator checksum type of RFC 4121 §4.1.1 (0x8003). */
  public static final int GSS_CHECKSUM_TYPE = 0x8003;

  /**
   * Creates the value, copying the bytes.
   *
   * @param cksumtype the checksum type number
   * @param checksum the checksum bytes; copied in and out
   */
  public Checksum {
    checksum = Objects.requireNonNull(checksum, "checksum").clone();
  }

  /** @return a copy of the checksum bytes */
  @Override
  public byte[] checksum() {
    return checksum.clone();
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static Checksum read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int type = seq.readField(0, DerReader::readInt32);
    byte[] value = seq.readField(1, DerReader::readOctetString);
    seq.endExtensible(1);
    return new Checksum(type, value);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static Checksum decode(byte[] der) throws DerException {
    return DerReader.decode(der, Checksum::read);
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    KerberosFields.writeInt(writer, 0, cksumtype);
    KerberosFields.writeOctets(writer, 1, checksum);
    writer.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checksum c && c.cksumtype == cksumtype
        && Arrays.equals(c.checksum, checksum);
  }

  @Override
  public int hashCode() {
    return 31 * cksumtype + Arrays.hashCode(checksum);
  }

  @Override
  public String toString() {
    return "Checksum[type=" + cksumtype + ", " + KerberosFields.describe(checksum) + "]";
  }
}

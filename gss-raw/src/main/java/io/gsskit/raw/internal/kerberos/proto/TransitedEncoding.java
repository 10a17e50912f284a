package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * RFC 4120 §5.3 {@code TransitedEncoding}: the realms a ticket transited.
 *
 * <pre>
 * TransitedEncoding       ::= SEQUENCE {
 *         tr-type         [0] Int32 -- must be registered --,
 *         contents        [1] OCTET STRING
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param trType the encoding type (1 = DOMAIN-X500-COMPRESS), kept raw
 * @param contents the encoded realm list; copied in and out
 */
public record TransitedEncoding(int trType, byte[] contents) implements DerEncodable {

  /** DOMAIN-X500-COMPRESS (RFC 4120 §3.3.3.2). */
  public static final int DOMAIN_X500_COMPRESS = 1;

  /**
   * Creates the value, copying the bytes.
   *
   * @param trType the encoding type (1 = DOMAIN-X500-COMPRESS), kept raw
   * @param contents the encoded realm list; copied in and out
   */
  public TransitedEncoding {
    contents = Objects.requireNonNull(contents, "contents").clone();
  }

  /** @return a copy of the contents */
  @Override
  public byte[] contents() {
    return contents.clone();
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static TransitedEncoding read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int type = seq.readField(0, DerReader::readInt32);
    byte[] contents = seq.readField(1, DerReader::readOctetString);
    seq.endExtensible(1);
    return new TransitedEncoding(type, contents);
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    KerberosFields.writeInt(writer, 0, trType);
    KerberosFields.writeOctets(writer, 1, contents);
    writer.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransitedEncoding t && t.trType == trType
        && Arrays.equals(t.contents, contents);
  }

  @Override
  public int hashCode() {
    return 31 * trType + Arrays.hashCode(contents);
  }

  @Override
  public String toString() {
    return "TransitedEncoding[type=" + trType + ", " + KerberosFields.describe(contents) + "]";
  }
}

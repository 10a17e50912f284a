package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * RFC 4120 §5.2.7 {@code PA-DATA}: one pre-authentication element, its value kept as raw bytes
 * (decode it with the type's class, e.g. {@link EtypeInfo2}, {@link PaEncTsEnc},
 * {@link PaForUser}).
 *
 * <pre>
 * PA-DATA         ::= SEQUENCE {
 *         -- NOTE: first tag is [1], not [0]
 *         padata-type     [1] Int32,
 *         padata-value    [2] OCTET STRING -- might be encoded AP-REQ
 * }
 * </pre>
 *
 * <p>The type is kept raw (see {@code iana.PaDataType}). Immutable, thread-safe.
 *
 * @param type the padata type number
 * @param value the padata value; copied in and out
 */
public record PaData(int type, byte[] value) implements DerEncodable {

  /** Most elements a decoded {@code SEQUENCE OF PA-DATA} may hold. */
  public static final int MAX_PADATA = 64;

  /**
   * Creates the value, copying the bytes.
   *
   * @param type the padata type number
   * @param value the padata value; copied in and out
   */
  public PaData {
    value = Objects.requireNonNull(value, "value").clone();
  }

  /** @return a copy of the value bytes */
  @Override
  public byte[] value() {
    return value.clone();
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static PaData read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int type = seq.readField(1, DerReader::readInt32);
    byte[] value = seq.readField(2, DerReader::readOctetString);
    seq.endExtensible(2);
    return new PaData(type, value);
  }

  /**
   * Reads a {@code SEQUENCE OF PA-DATA} (METHOD-DATA, KDC-REQ/KDC-REP padata).
   *
   * @param reader positioned at the SEQUENCE OF; not null
   * @return the elements, unmodifiable
   * @throws DerException when malformed or longer than {@link #MAX_PADATA}
   */
  public static List<PaData> readList(DerReader reader) throws DerException {
    return reader.readSequenceOf(PaData::read, MAX_PADATA);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static PaData decode(byte[] der) throws DerException {
    return DerReader.decode(der, PaData::read);
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    KerberosFields.writeInt(writer, 1, type);
    KerberosFields.writeOctets(writer, 2, value);
    writer.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaData p && p.type == type && Arrays.equals(p.value, value);
  }

  @Override
  public int hashCode() {
    return 31 * type + Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "PaData[type=" + type + ", " + KerberosFields.describe(value) + "]";
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Objects;

/**
 * RFC 4120 §5.2.6.3 {@code AD-AND-OR} (ad-type 5): at least {@code conditionCount} of the
 * elements must be satisfied.
 *
 * <pre>
 * AD-AND-OR               ::= SEQUENCE {
 *         condition-count [0] Int32,
 *         elements        [1] AuthorizationData
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param conditionCount how many elements must be satisfied
 * @param elements the elements
 */
public record AdAndOr(int conditionCount, AuthorizationData elements) implements DerEncodable {

  /**
   * Checks the mandatory components.
   *
   * @param conditionCount how many elements must be satisfied
   * @param elements the elements
   */
  public AdAndOr {
    Objects.requireNonNull(elements, "elements");
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static AdAndOr read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int count = seq.readField(0, DerReader::readInt32);
    AuthorizationData elements = seq.readField(1, AuthorizationData::read);
    seq.endExtensible(1);
    return new AdAndOr(count, elements);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static AdAndOr decode(byte[] der) throws DerException {
    return DerReader.decode(der, AdAndOr::read);
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    KerberosFields.writeInt(writer, 0, conditionCount);
    KerberosFields.writeField(writer, 1, elements);
    writer.end();
  }
}

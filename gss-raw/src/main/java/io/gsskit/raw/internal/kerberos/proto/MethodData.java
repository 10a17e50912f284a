package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.List;
import java.util.Optional;

/**
 * RFC 4120 §5.9.1 {@code METHOD-DATA}: the pre-authentication hints a KDC puts in the e-data of
 * a KDC_ERR_PREAUTH_REQUIRED error.
 *
 * <pre>
 * METHOD-DATA     ::= SEQUENCE OF PA-DATA
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param entries the elements; copied, unmodifiable
 */
public record MethodData(List<PaData> entries) implements DerEncodable {

  /**
   * Creates the value, copying the list.
   *
   * @param entries the elements; copied, unmodifiable
   */
  public MethodData {
    entries = List.copyOf(entries);
  }

  /**
   * @param type a padata type
   * @return the first element of that type, if any
   */
  public Optional<PaData> find(int type) {
    return entries.stream().filter(p -> p.type() == type).findFirst();
  }

  /**
   * @param reader positioned at the SEQUENCE OF; not null
   * @return the value
   * @throws DerException when malformed or longer than {@link PaData#MAX_PADATA}
   */
  public static MethodData read(DerReader reader) throws DerException {
    return new MethodData(PaData.readList(reader));
  }

  /**
   * @param der a complete encoding (e.g. {@link KrbError#eData()}); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static MethodData decode(byte[] der) throws DerException {
    return DerReader.decode(der, MethodData::read);
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    for (PaData p : entries) {
      p.writeTo(writer);
    }
    writer.end();
  }
}

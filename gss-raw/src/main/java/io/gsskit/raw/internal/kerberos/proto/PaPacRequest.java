package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;

/**
 * MS-KILE 2.2.3 {@code KERB-PA-PAC-REQUEST} (padata type 128): whether the client wants a PAC.
 *
 * <pre>
 * KERB-PA-PAC-REQUEST ::= SEQUENCE {
 *         include-pac[0] BOOLEAN --If TRUE, and no pac present, include PAC.
 *                                --If FALSE, and PAC present, remove PAC
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param includePac whether to include a PAC
 */
public record PaPacRequest(boolean includePac) implements DerEncodable {

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed (BOOLEAN must be DER)
   */
  public static PaPacRequest read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    boolean include = seq.readField(0, DerReader::readBoolean);
    seq.endExtensible(0);
    return new PaPacRequest(include);
  }

  /**
   * @param der a complete encoding (a padata value); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static PaPacRequest decode(byte[] der) throws DerException {
    return DerReader.decode(der, PaPacRequest::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence().beginExplicit(0).writeBoolean(includePac).end().end();
  }
}

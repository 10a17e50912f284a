package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;

/**
 * MS-KILE 2.2.10 / MS-SFU 2.2.5 {@code PA-PAC-OPTIONS} (padata type 167). The specification's
 * ASN.1 omits the field tag; Windows, MIT and Heimdal encode the flags under {@code [0]}.
 *
 * <pre>
 * PA-PAC-OPTIONS ::= SEQUENCE {
 *         KerberosFlags
 *         -- Claims (0)
 *         -- Branch Aware (1)
 *         -- Forward to Full DC (2)
 *         -- Resource-based Constrained Delegation (3)
 * }
 * </pre>
 *
 * <p>Flags use the MIT int layout (see {@code iana.PacOption}). Immutable, thread-safe.
 *
 * @param flags the PAC options
 */
public record PaPacOptions(int flags) implements DerEncodable {

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static PaPacOptions read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int flags = seq.readField(0, DerReader::readKerberosFlags);
    seq.endExtensible(0);
    return new PaPacOptions(flags);
  }

  /**
   * @param der a complete encoding (a padata value); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static PaPacOptions decode(byte[] der) throws DerException {
    return DerReader.decode(der, PaPacOptions::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    KerberosFields.writeFlags(w, 0, flags);
    w.end();
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.util.Objects;

/**
 * RFC 4120 §5.5.2 {@code AP-REP}.
 *
 * <pre>
 * AP-REP          ::= [APPLICATION 15] SEQUENCE {
 *         pvno            [0] INTEGER (5),
 *         msg-type        [1] INTEGER (15),
 *         enc-part        [2] EncryptedData -- EncAPRepPart
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param encPart the encrypted {@link EncApRepPart} (key usage 12)
 */
public record ApRep(EncryptedData encPart) implements DerEncodable {

  /**
   * Checks the component.
   *
   * @param encPart the encrypted {@link EncApRepPart} (key usage 12)
   */
  public ApRep {
    Objects.requireNonNull(encPart, "encPart");
  }

  /**
   * @param reader positioned at [APPLICATION 15]; not null
   * @return the value
   * @throws DerException when malformed, pvno is not 5, or not an AP-REP
   */
  public static ApRep read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.AP_REP);
    KerberosFields.readVersion(seq, 0);
    KerberosFields.readMessageType(seq, 1, MessageType.AP_REP);
    EncryptedData enc = seq.readField(2, EncryptedData::read);
    seq.endExtensible(2);
    return new ApRep(enc);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static ApRep decode(byte[] der) throws DerException {
    return DerReader.decode(der, ApRep::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.AP_REP).beginSequence();
    KerberosFields.writeVersion(w, 0);
    KerberosFields.writeInt(w, 1, MessageType.AP_REP);
    KerberosFields.writeField(w, 2, encPart);
    w.end().end();
  }
}

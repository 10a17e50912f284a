package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.util.Objects;

/**
 * RFC 4120 §5.7.1 {@code KRB-PRIV}: encrypted application data.
 *
 * <pre>
 * KRB-PRIV        ::= [APPLICATION 21] SEQUENCE {
 *         pvno            [0] INTEGER (5),
 *         msg-type        [1] INTEGER (21),
 *                         -- NOTE: there is no [2] tag
 *         enc-part        [3] EncryptedData -- EncKrbPrivPart
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param encPart the encrypted {@link EncKrbPrivPart} (key usage 13)
 */
public record KrbPriv(EncryptedData encPart) implements DerEncodable {

  /**
   * Checks the component.
   *
   * @param encPart the encrypted {@link EncKrbPrivPart} (key usage 13)
   */
  public KrbPriv {
    Objects.requireNonNull(encPart, "encPart");
  }

  /**
   * @param reader positioned at [APPLICATION 21]; not null
   * @return the value
   * @throws DerException when malformed, pvno is not 5, or not a KRB-PRIV
   */
  public static KrbPriv read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.PRIV);
    KerberosFields.readVersion(seq, 0);
    KerberosFields.readMessageType(seq, 1, MessageType.PRIV);
    EncryptedData enc = seq.readField(3, EncryptedData::read);
    seq.endExtensible(3);
    return new KrbPriv(enc);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static KrbPriv decode(byte[] der) throws DerException {
    return DerReader.decode(der, KrbPriv::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.PRIV).beginSequence();
    KerberosFields.writeVersion(w, 0);
    KerberosFields.writeInt(w, 1, MessageType.PRIV);
    KerberosFields.writeField(w, 3, encPart);
    w.end().end();
  }
}

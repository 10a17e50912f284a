package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.util.List;
import java.util.Objects;

/**
 * RFC 4120 §5.8.1 {@code KRB-CRED}: forwarded credentials (GSS delegation, credential export).
 *
 * <pre>
 * KRB-CRED        ::= [APPLICATION 22] SEQUENCE {
 *         pvno            [0] INTEGER (5),
 *         msg-type        [1] INTEGER (22),
 *         tickets         [2] SEQUENCE OF Ticket,
 *         enc-part        [3] EncryptedData -- EncKrbCredPart
 * }
 * </pre>
 *
 * <p>The tickets keep their exact encodings. An empty ticket list decodes (the structure allows
 * it); a receiver must reject it and must match the count against {@link EncKrbCredPart}.
 * Immutable, thread-safe.
 *
 * @param tickets the forwarded tickets
 * @param encPart the encrypted {@link EncKrbCredPart}
 */
public record KrbCred(List<Ticket> tickets, EncryptedData encPart) implements DerEncodable {

  /** Most tickets a decoded KRB-CRED (and its EncKrbCredPart) may carry. */
  public static final int MAX_TICKETS = 64;

  /**
   * Copies the list and checks the enc-part.
   *
   * @param tickets the forwarded tickets
   * @param encPart the encrypted {@link EncKrbCredPart}
   */
  public KrbCred {
    tickets = List.copyOf(tickets);
    Objects.requireNonNull(encPart, "encPart");
  }

  /**
   * @param reader positioned at [APPLICATION 22]; not null
   * @return the value
   * @throws DerException when malformed, pvno is not 5, not a KRB-CRED, or more than
   *     {@link #MAX_TICKETS} tickets
   */
  public static KrbCred read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.CRED);
    KerberosFields.readVersion(seq, 0);
    KerberosFields.readMessageType(seq, 1, MessageType.CRED);
    List<Ticket> tickets = seq.readField(2, r -> r.readSequenceOf(Ticket::read, MAX_TICKETS));
    EncryptedData enc = seq.readField(3, EncryptedData::read);
    seq.endExtensible(3);
    return new KrbCred(tickets, enc);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static KrbCred decode(byte[] der) throws DerException {
    return DerReader.decode(der, KrbCred::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.CRED).beginSequence();
    KerberosFields.writeVersion(w, 0);
    KerberosFields.writeInt(w, 1, MessageType.CRED);
    KerberosFields.writeSequenceOf(w, 2, tickets);
    KerberosFields.writeField(w, 3, encPart);
    w.end().end();
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.util.Arrays;
import java.util.Objects;

/**
 * RFC 4120 §5.3 {@code Ticket}.
 *
 * <pre>
 * Ticket          ::= [APPLICATION 1] SEQUENCE {
 *         tkt-vno         [0] INTEGER (5),
 *         realm           [1] Realm,
 *         sname           [2] PrincipalName,
 *         enc-part        [3] EncryptedData -- EncTicketPart
 * }
 * </pre>
 *
 * <p>A decoded ticket keeps its exact encoding and {@link #encode()} / {@link #writeTo} emit it
 * unchanged, so a ticket is forwarded (in a TGS-REQ, KRB-CRED or ccache) byte for byte as the
 * KDC issued it, even with extensions this decoder skipped. The realm and sname are not
 * protected: never trust them before the enc-part is decrypted and checked. Immutable,
 * thread-safe; equality is equality of the encodings.
 */
public final class Ticket implements DerEncodable {

  private final String realm;
  private final PrincipalName sname;
  private final EncryptedData encPart;
  private final byte[] der;

  /**
   * Creates a ticket and encodes it.
   *
   * @param realm the service realm; not null
   * @param sname the service name; not null
   * @param encPart the encrypted EncTicketPart; not null
   */
  public Ticket(String realm, PrincipalName sname, EncryptedData encPart) {
    this.realm = Objects.requireNonNull(realm, "realm");
    this.sname = Objects.requireNonNull(sname, "sname");
    this.encPart = Objects.requireNonNull(encPart, "encPart");
    DerWriter w = new DerWriter();
    w.beginApplication(MessageType.TICKET).beginSequence();
    KerberosFields.writeVersion(w, 0);
    KerberosFields.writeString(w, 1, realm);
    KerberosFields.writeField(w, 2, sname);
    KerberosFields.writeField(w, 3, encPart);
    w.end().end();
    this.der = w.toByteArray();
  }

  private Ticket(String realm, PrincipalName sname, EncryptedData encPart, byte[] der) {
    this.realm = realm;
    this.sname = sname;
    this.encPart = encPart;
    this.der = der;
  }

  /**
   * @param reader positioned at the {@code [APPLICATION 1]}; not null
   * @return the ticket, keeping its encoding
   * @throws DerException when malformed, tkt-vno is not 5, or another application tag is found
   */
  public static Ticket read(DerReader reader) throws DerException {
    int start = reader.offset();
    DerReader seq = KerberosFields.openApplication(reader, MessageType.TICKET);
    KerberosFields.readVersion(seq, 0);
    String realm = seq.readField(1, DerReader::readKerberosString);
    PrincipalName sname = seq.readField(2, PrincipalName::read);
    EncryptedData enc = seq.readField(3, EncryptedData::read);
    seq.endExtensible(3);
    return new Ticket(realm, sname, enc, reader.rawSince(start));
  }

  /**
   * @param der a complete encoding; not null
   * @return the ticket
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static Ticket decode(byte[] der) throws DerException {
    return DerReader.decode(der, Ticket::read);
  }

  /** @return the (unprotected) service realm */
  public String realm() {
    return realm;
  }

  /** @return the (unprotected) service name */
  public PrincipalName sname() {
    return sname;
  }

  /** @return the encrypted EncTicketPart */
  public EncryptedData encPart() {
    return encPart;
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.writeRaw(der);
  }

  /** @return a copy of the exact encoding (as received, or as built) */
  @Override
  public byte[] encode() {
    return der.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Ticket t && Arrays.equals(t.der, der);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(der);
  }

  @Override
  public String toString() {
    return "Ticket[" + sname + "@" + realm + ", " + encPart + "]";
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.3 {@code EncTicketPart}: the encrypted part of a ticket (key usage 2).
 *
 * <pre>
 * EncTicketPart   ::= [APPLICATION 3] SEQUENCE {
 *         flags                   [0] TicketFlags,
 *         key                     [1] EncryptionKey,
 *         crealm                  [2] Realm,
 *         cname                   [3] PrincipalName,
 *         transited               [4] TransitedEncoding,
 *         authtime                [5] KerberosTime,
 *         starttime               [6] KerberosTime OPTIONAL,
 *         endtime                 [7] KerberosTime,
 *         renew-till              [8] KerberosTime OPTIONAL,
 *         caddr                   [9] HostAddresses OPTIONAL,
 *         authorization-data      [10] AuthorizationData OPTIONAL
 * }
 * </pre>
 *
 * <p>Flags use the MIT int layout (see {@code iana.TicketFlag}). Holds the session key; its
 * {@code toString()} shows only the key's type and length. Immutable, thread-safe.
 *
 * @param flags the ticket flags
 * @param key the session key
 * @param crealm the client realm
 * @param cname the client name
 * @param transited the transited realms
 * @param authtime the initial authentication time
 * @param starttime the start time, or null (then authtime)
 * @param endtime the expiry time
 * @param renewTill the renewal limit, or null
 * @param caddr the client addresses, or null when absent
 * @param authorizationData the authorization data, or null when absent
 */
public record EncTicketPart(int flags, EncryptionKey key, String crealm, PrincipalName cname,
    TransitedEncoding transited, Instant authtime, @Nullable Instant starttime, Instant endtime,
    @Nullable Instant renewTill, @Nullable List<HostAddress> caddr,
    @Nullable AuthorizationData authorizationData) implements DerEncodable {

  /**
   * Checks mandatory components and copies the address list.
   *
   * @param flags the ticket flags
   * @param key the session key
   * @param crealm the client realm
   * @param cname the client name
   * @param transited the transited realms
   * @param authtime the initial authentication time
   * @param starttime the start time, or null (then authtime)
   * @param endtime the expiry time
   * @param renewTill the renewal limit, or null
   * @param caddr the client addresses, or null when absent
   * @param authorizationData the authorization data, or null when absent
   */
  public EncTicketPart {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(crealm, "crealm");
    Objects.requireNonNull(cname, "cname");
    Objects.requireNonNull(transited, "transited");
    Objects.requireNonNull(authtime, "authtime");
    Objects.requireNonNull(endtime, "endtime");
    caddr = caddr == null ? null : List.copyOf(caddr);
  }

  /**
   * @param reader positioned at the {@code [APPLICATION 3]}; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static EncTicketPart read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.ENC_TICKET_PART);
    int flags = seq.readField(0, DerReader::readKerberosFlags);
    EncryptionKey key = seq.readField(1, EncryptionKey::read);
    String crealm = seq.readField(2, DerReader::readKerberosString);
    PrincipalName cname = seq.readField(3, PrincipalName::read);
    TransitedEncoding transited = seq.readField(4, TransitedEncoding::read);
    Instant authtime = seq.readField(5, DerReader::readKerberosTime);
    Instant starttime = seq.readOptionalField(6, DerReader::readKerberosTime);
    Instant endtime = seq.readField(7, DerReader::readKerberosTime);
    Instant renewTill = seq.readOptionalField(8, DerReader::readKerberosTime);
    List<HostAddress> caddr = seq.readOptionalField(9, HostAddress::readList);
    AuthorizationData ad = seq.readOptionalField(10, AuthorizationData::read);
    seq.endExtensible(10);
    return new EncTicketPart(flags, key, crealm, cname, transited, authtime, starttime, endtime,
        renewTill, caddr, ad);
  }

  /**
   * @param der a complete encoding (a decrypted ticket enc-part); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static EncTicketPart decode(byte[] der) throws DerException {
    return DerReader.decode(der, EncTicketPart::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.ENC_TICKET_PART).beginSequence();
    KerberosFields.writeFlags(w, 0, flags);
    KerberosFields.writeField(w, 1, key);
    KerberosFields.writeString(w, 2, crealm);
    KerberosFields.writeField(w, 3, cname);
    KerberosFields.writeField(w, 4, transited);
    KerberosFields.writeTime(w, 5, authtime);
    KerberosFields.writeOptionalTime(w, 6, starttime);
    KerberosFields.writeTime(w, 7, endtime);
    KerberosFields.writeOptionalTime(w, 8, renewTill);
    KerberosFields.writeOptionalSequenceOf(w, 9, caddr);
    KerberosFields.writeOptionalField(w, 10, authorizationData);
    w.end().end();
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.8.1 {@code KrbCredInfo}: the session key and metadata of one forwarded ticket.
 *
 * <pre>
 * KrbCredInfo     ::= SEQUENCE {
 *         key             [0] EncryptionKey,
 *         prealm          [1] Realm OPTIONAL,
 *         pname           [2] PrincipalName OPTIONAL,
 *         flags           [3] TicketFlags OPTIONAL,
 *         authtime        [4] KerberosTime OPTIONAL,
 *         starttime       [5] KerberosTime OPTIONAL,
 *         endtime         [6] KerberosTime OPTIONAL,
 *         renew-till      [7] KerberosTime OPTIONAL,
 *         srealm          [8] Realm OPTIONAL,
 *         sname           [9] PrincipalName OPTIONAL,
 *         caddr           [10] HostAddresses OPTIONAL
 * }
 * </pre>
 *
 * <p>Holds a session key. Immutable, thread-safe.
 *
 * @param key the ticket's session key
 * @param prealm client realm, or null
 * @param pname client name, or null
 * @param flags ticket flags (MIT int layout), or null
 * @param authtime authentication time, or null
 * @param starttime start time, or null
 * @param endtime end time, or null
 * @param renewTill renewal limit, or null
 * @param srealm service realm, or null
 * @param sname service name, or null
 * @param caddr client addresses, or null
 */
public record KrbCredInfo(EncryptionKey key, @Nullable String prealm,
    @Nullable PrincipalName pname, @Nullable Integer flags, @Nullable Instant authtime,
    @Nullable Instant starttime, @Nullable Instant endtime, @Nullable Instant renewTill,
    @Nullable String srealm, @Nullable PrincipalName sname, @Nullable List<HostAddress> caddr)
    implements DerEncodable {

  /**
   * Checks the key and copies the address list.
   *
   * @param key the ticket's session key
   * @param prealm client realm, or null
   * @param pname client name, or null
   * @param flags ticket flags (MIT int layout), or null
   * @param authtime authentication time, or null
   * @param starttime start time, or null
   * @param endtime end time, or null
   * @param renewTill renewal limit, or null
   * @param srealm service realm, or null
   * @param sname service name, or null
   * @param caddr client addresses, or null
   */
  public KrbCredInfo {
    Objects.requireNonNull(key, "key");
    caddr = caddr == null ? null : List.copyOf(caddr);
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static KrbCredInfo read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    EncryptionKey key = seq.readField(0, EncryptionKey::read);
    String prealm = seq.readOptionalField(1, DerReader::readKerberosString);
    PrincipalName pname = seq.readOptionalField(2, PrincipalName::read);
    Integer flags = seq.readOptionalField(3, DerReader::readKerberosFlags);
    Instant authtime = seq.readOptionalField(4, DerReader::readKerberosTime);
    Instant starttime = seq.readOptionalField(5, DerReader::readKerberosTime);
    Instant endtime = seq.readOptionalField(6, DerReader::readKerberosTime);
    Instant renewTill = seq.readOptionalField(7, DerReader::readKerberosTime);
    String srealm = seq.readOptionalField(8, DerReader::readKerberosString);
    PrincipalName sname = seq.readOptionalField(9, PrincipalName::read);
    List<HostAddress> caddr = seq.readOptionalField(10, HostAddress::readList);
    seq.endExtensible(10);
    return new KrbCredInfo(key, prealm, pname, flags, authtime, starttime, endtime, renewTill,
        srealm, sname, caddr);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    KerberosFields.writeField(w, 0, key);
    KerberosFields.writeOptionalString(w, 1, prealm);
    KerberosFields.writeOptionalField(w, 2, pname);
    if (flags != null) {
      KerberosFields.writeFlags(w, 3, flags);
    }
    KerberosFields.writeOptionalTime(w, 4, authtime);
    KerberosFields.writeOptionalTime(w, 5, starttime);
    KerberosFields.writeOptionalTime(w, 6, endtime);
    KerberosFields.writeOptionalTime(w, 7, renewTill);
    KerberosFields.writeOptionalString(w, 8, srealm);
    KerberosFields.writeOptionalField(w, 9, sname);
    KerberosFields.writeOptionalSequenceOf(w, 10, caddr);
    w.end();
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.5.1 {@code Authenticator}: the encrypted part of an AP-REQ (key usage 11, or 7 in
 * a TGS-REQ).
 *
 * <pre>
 * Authenticator   ::= [APPLICATION 2] SEQUENCE  {
 *         authenticator-vno       [0] INTEGER (5),
 *         crealm                  [1] Realm,
 *         cname                   [2] PrincipalName,
 *         cksum                   [3] Checksum OPTIONAL,
 *         cusec                   [4] Microseconds,
 *         ctime                   [5] KerberosTime,
 *         subkey                  [6] EncryptionKey OPTIONAL,
 *         seq-number              [7] UInt32 OPTIONAL,
 *         authorization-data      [8] AuthorizationData OPTIONAL
 * }
 * </pre>
 *
 * <p>For the GSS mechanism the checksum has type 0x8003 and a {@link GssChecksumBody}. The
 * sequence number is read leniently (MIT once sent negative values) and kept as encoded; use
 * {@code (int) seqNumber} for the 32-bit value. Microseconds are kept raw. Immutable,
 * thread-safe.
 *
 * @param crealm the client realm
 * @param cname the client name
 * @param cksum the checksum, or null when absent (MS-KILE: accepted with no flags)
 * @param cusec microseconds of ctime
 * @param ctime the client time
 * @param subkey the initiator subkey, or null
 * @param seqNumber the initial sequence number, or null
 * @param authorizationData authorization data, or null
 */
public record Authenticator(String crealm, PrincipalName cname, @Nullable Checksum cksum,
    int cusec, Instant ctime, @Nullable EncryptionKey subkey, @Nullable Long seqNumber,
    @Nullable AuthorizationData authorizationData) implements DerEncodable {

  /**
   * Checks mandatory components.
   *
   * @param crealm the client realm
   * @param cname the client name
   * @param cksum the checksum, or null when absent (MS-KILE: accepted with no flags)
   * @param cusec microseconds of ctime
   * @param ctime the client time
   * @param subkey the initiator subkey, or null
   * @param seqNumber the initial sequence number, or null
   * @param authorizationData authorization data, or null
   */
  public Authenticator {
    Objects.requireNonNull(crealm, "crealm");
    Objects.requireNonNull(cname, "cname");
    Objects.requireNonNull(ctime, "ctime");
  }

  /**
   * @param reader positioned at [APPLICATION 2]; not null
   * @return the value
   * @throws DerException when malformed or authenticator-vno is not 5
   */
  public static Authenticator read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.AUTHENTICATOR);
    KerberosFields.readVersion(seq, 0);
    String crealm = seq.readField(1, DerReader::readKerberosString);
    PrincipalName cname = seq.readField(2, PrincipalName::read);
    Checksum cksum = seq.readOptionalField(3, Checksum::read);
    int cusec = seq.readField(4, DerReader::readInt32);
    Instant ctime = seq.readField(5, DerReader::readKerberosTime);
    EncryptionKey subkey = seq.readOptionalField(6, EncryptionKey::read);
    Long seqNumber = seq.readOptionalField(7, DerReader::readUInt32Lenient);
    AuthorizationData ad = seq.readOptionalField(8, AuthorizationData::read);
    seq.endExtensible(8);
    return new Authenticator(crealm, cname, cksum, cusec, ctime, subkey, seqNumber, ad);
  }

  /**
   * @param der a complete encoding (a decrypted authenticator); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static Authenticator decode(byte[] der) throws DerException {
    return DerReader.decode(der, Authenticator::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.AUTHENTICATOR).beginSequence();
    KerberosFields.writeVersion(w, 0);
    KerberosFields.writeString(w, 1, crealm);
    KerberosFields.writeField(w, 2, cname);
    KerberosFields.writeOptionalField(w, 3, cksum);
    KerberosFields.writeInt(w, 4, cusec);
    KerberosFields.writeTime(w, 5, ctime);
    KerberosFields.writeOptionalField(w, 6, subkey);
    KerberosFields.writeOptionalInt(w, 7, seqNumber);
    KerberosFields.writeOptionalField(w, 8, authorizationData);
    w.end().end();
  }
}

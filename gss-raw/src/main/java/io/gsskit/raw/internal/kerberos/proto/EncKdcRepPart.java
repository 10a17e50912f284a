package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerException.Reason;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerTag;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.4.2 {@code EncKDCRepPart}, as {@code EncASRepPart} ([APPLICATION 25]) or
 * {@code EncTGSRepPart} ([APPLICATION 26]); with RFC 6806 §11's {@code encrypted-pa-data}.
 *
 * <pre>
 * EncASRepPart    ::= [APPLICATION 25] EncKDCRepPart
 *
 * EncTGSRepPart   ::= [APPLICATION 26] EncKDCRepPart
 *
 * EncKDCRepPart   ::= SEQUENCE {
 *         key                     [0] EncryptionKey,
 *         last-req                [1] LastReq,
 *         nonce                   [2] UInt32,
 *         key-expiration          [3] KerberosTime OPTIONAL,
 *         flags                   [4] TicketFlags,
 *         authtime                [5] KerberosTime,
 *         starttime               [6] KerberosTime OPTIONAL,
 *         endtime                 [7] KerberosTime,
 *         renew-till              [8] KerberosTime OPTIONAL,
 *         srealm                  [9] Realm,
 *         sname                   [10] PrincipalName,
 *         caddr                   [11] HostAddresses OPTIONAL,
 *         encrypted-pa-data       [12] SEQUENCE OF PA-DATA OPTIONAL   -- RFC 6806
 * }
 * </pre>
 *
 * <p>Either tag is accepted in either reply, as MIT does (some KDCs send 25 in TGS replies); the
 * tag found is kept in {@link #applicationTag()} and written back. The nonce is read leniently
 * and kept as encoded. Holds the session key. Immutable, thread-safe.
 *
 * @param applicationTag 25 or 26
 * @param key the session key
 * @param lastReq last-request times
 * @param nonce the nonce of the request, as encoded
 * @param keyExpiration when the client's key expires, or null
 * @param flags ticket flags, MIT int layout
 * @param authtime initial authentication time
 * @param starttime start time, or null
 * @param endtime expiry time
 * @param renewTill renewal limit, or null
 * @param srealm service realm
 * @param sname service name
 * @param caddr client addresses, or null
 * @param encryptedPaData RFC 6806 encrypted padata, or null
 */
public record EncKdcRepPart(int applicationTag, EncryptionKey key, LastReq lastReq, long nonce,
    @Nullable Instant keyExpiration, int flags, Instant authtime, @Nullable Instant starttime,
    Instant endtime, @Nullable Instant renewTill, String srealm, PrincipalName sname,
    @Nullable List<HostAddress> caddr, @Nullable List<PaData> encryptedPaData)
    implements DerEncodable {

  /**
   * Checks the tag and mandatory components; copies lists.
   *
   * @param applicationTag 25 or 26
   * @param key the session key
   * @param lastReq last-request times
   * @param nonce the nonce of the request, as encoded
   * @param keyExpiration when the client's key expires, or null
   * @param flags ticket flags, MIT int layout
   * @param authtime initial authentication time
   * @param starttime start time, or null
   * @param endtime expiry time
   * @param renewTill renewal limit, or null
   * @param srealm service realm
   * @param sname service name
   * @param caddr client addresses, or null
   * @param encryptedPaData RFC 6806 encrypted padata, or null
   * @throws IllegalArgumentException when the tag is neither 25 nor 26
   */
  public EncKdcRepPart {
    if (applicationTag != MessageType.ENC_AS_REP_PART
        && applicationTag != MessageType.ENC_TGS_REP_PART) {
      throw new IllegalArgumentException("not an EncKDCRepPart tag: " + applicationTag);
    }
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lastReq, "lastReq");
    Objects.requireNonNull(authtime, "authtime");
    Objects.requireNonNull(endtime, "endtime");
    Objects.requireNonNull(srealm, "srealm");
    Objects.requireNonNull(sname, "sname");
    caddr = caddr == null ? null : List.copyOf(caddr);
    encryptedPaData = encryptedPaData == null ? null : List.copyOf(encryptedPaData);
  }

  /**
   * @param reader positioned at [APPLICATION 25] or [APPLICATION 26]; not null
   * @return the value
   * @throws DerException when malformed or under another tag
   */
  public static EncKdcRepPart read(DerReader reader) throws DerException {
    int at = reader.offset();
    int tag = reader.peekTag();
    int app;
    if (tag == DerTag.application(MessageType.ENC_AS_REP_PART)) {
      app = MessageType.ENC_AS_REP_PART;
    } else if (tag == DerTag.application(MessageType.ENC_TGS_REP_PART)) {
      app = MessageType.ENC_TGS_REP_PART;
    } else {
      throw new DerException(Reason.WRONG_MESSAGE_TYPE, at,
          "expected EncASRepPart or EncTGSRepPart, found " + DerTag.toString(tag));
    }
    DerReader seq = KerberosFields.openApplication(reader, app);
    EncryptionKey key = seq.readField(0, EncryptionKey::read);
    LastReq lastReq = seq.readField(1, LastReq::read);
    long nonce = seq.readField(2, DerReader::readUInt32Lenient);
    Instant keyExpiration = seq.readOptionalField(3, DerReader::readKerberosTime);
    int flags = seq.readField(4, DerReader::readKerberosFlags);
    Instant authtime = seq.readField(5, DerReader::readKerberosTime);
    Instant starttime = seq.readOptionalField(6, DerReader::readKerberosTime);
    Instant endtime = seq.readField(7, DerReader::readKerberosTime);
    Instant renewTill = seq.readOptionalField(8, DerReader::readKerberosTime);
    String srealm = seq.readField(9, DerReader::readKerberosString);
    PrincipalName sname = seq.readField(10, PrincipalName::read);
    List<HostAddress> caddr = seq.readOptionalField(11, HostAddress::readList);
    List<PaData> encPa = seq.readOptionalField(12, PaData::readList);
    seq.endExtensible(12);
    return new EncKdcRepPart(app, key, lastReq, nonce, keyExpiration, flags, authtime,
        starttime, endtime, renewTill, srealm, sname, caddr, encPa);
  }

  /**
   * @param der a complete encoding (a decrypted KDC-REP enc-part); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static EncKdcRepPart decode(byte[] der) throws DerException {
    return DerReader.decode(der, EncKdcRepPart::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(applicationTag).beginSequence();
    KerberosFields.writeField(w, 0, key);
    KerberosFields.writeField(w, 1, lastReq);
    KerberosFields.writeInt(w, 2, nonce);
    KerberosFields.writeOptionalTime(w, 3, keyExpiration);
    KerberosFields.writeFlags(w, 4, flags);
    KerberosFields.writeTime(w, 5, authtime);
    KerberosFields.writeOptionalTime(w, 6, starttime);
    KerberosFields.writeTime(w, 7, endtime);
    KerberosFields.writeOptionalTime(w, 8, renewTill);
    KerberosFields.writeString(w, 9, srealm);
    KerberosFields.writeField(w, 10, sname);
    KerberosFields.writeOptionalSequenceOf(w, 11, caddr);
    KerberosFields.writeOptionalSequenceOf(w, 12, encryptedPaData);
    w.end().end();
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.8.1 {@code EncKrbCredPart}: the encrypted part of a KRB-CRED (key usage 14).
 *
 * <pre>
 * EncKrbCredPart  ::= [APPLICATION 29]   SEQUENCE {
 *         ticket-info     [0] SEQUENCE OF KrbCredInfo,
 *         nonce           [1] UInt32 OPTIONAL,
 *         timestamp       [2] KerberosTime OPTIONAL,
 *         usec            [3] Microseconds OPTIONAL,
 *         s-address       [4] HostAddress OPTIONAL,
 *         r-address       [5] HostAddress OPTIONAL
 * }
 * </pre>
 *
 * <p>A receiver must check that there is one {@link KrbCredInfo} per ticket of the KRB-CRED.
 * Immutable, thread-safe.
 *
 * @param ticketInfo one element per forwarded ticket
 * @param nonce the nonce (lenient UInt32, as encoded), or null
 * @param timestamp the sender's time, or null
 * @param usec its microseconds, or null
 * @param sAddress the sender's address, or null
 * @param rAddress the recipient's address, or null
 */
public record EncKrbCredPart(List<KrbCredInfo> ticketInfo, @Nullable Long nonce,
    @Nullable Instant timestamp, @Nullable Integer usec, @Nullable HostAddress sAddress,
    @Nullable HostAddress rAddress) implements DerEncodable {

  /**
   * Copies the list.
   *
   * @param ticketInfo one element per forwarded ticket
   * @param nonce the nonce (lenient UInt32, as encoded), or null
   * @param timestamp the sender's time, or null
   * @param usec its microseconds, or null
   * @param sAddress the sender's address, or null
   * @param rAddress the recipient's address, or null
   */
  public EncKrbCredPart {
    ticketInfo = List.copyOf(ticketInfo);
  }

  /**
   * @param reader positioned at [APPLICATION 29]; not null
   * @return the value
   * @throws DerException when malformed or with more than {@link KrbCred#MAX_TICKETS} entries
   */
  public static EncKrbCredPart read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.ENC_KRB_CRED_PART);
    List<KrbCredInfo> info = seq.readField(0,
        r -> r.readSequenceOf(KrbCredInfo::read, KrbCred.MAX_TICKETS));
    Long nonce = seq.readOptionalField(1, DerReader::readUInt32Lenient);
    Instant timestamp = seq.readOptionalField(2, DerReader::readKerberosTime);
    Integer usec = seq.readOptionalField(3, DerReader::readInt32);
    HostAddress s = seq.readOptionalField(4, HostAddress::read);
    HostAddress r = seq.readOptionalField(5, HostAddress::read);
    seq.endExtensible(5);
    return new EncKrbCredPart(info, nonce, timestamp, usec, s, r);
  }

  /**
   * @param der a complete encoding (a decrypted KRB-CRED enc-part); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static EncKrbCredPart decode(byte[] der) throws DerException {
    return DerReader.decode(der, EncKrbCredPart::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.ENC_KRB_CRED_PART).beginSequence();
    KerberosFields.writeSequenceOf(w, 0, ticketInfo);
    KerberosFields.writeOptionalInt(w, 1, nonce);
    KerberosFields.writeOptionalTime(w, 2, timestamp);
    KerberosFields.writeOptionalInt(w, 3, usec);
    KerberosFields.writeOptionalField(w, 4, sAddress);
    KerberosFields.writeOptionalField(w, 5, rAddress);
    w.end().end();
  }
}

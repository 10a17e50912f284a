package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.7.1 {@code EncKrbPrivPart}: the encrypted part of a KRB-PRIV (key usage 13).
 *
 * <pre>
 * EncKrbPrivPart  ::= [APPLICATION 28] SEQUENCE {
 *         user-data       [0] OCTET STRING,
 *         timestamp       [1] KerberosTime OPTIONAL,
 *         usec            [2] Microseconds OPTIONAL,
 *         seq-number      [3] UInt32 OPTIONAL,
 *         s-address       [4] HostAddress -- sender's addr --,
 *         r-address       [5] HostAddress OPTIONAL -- recip's addr
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param userData the application data; copied in and out
 * @param timestamp the sender's time, or null
 * @param usec its microseconds, or null
 * @param seqNumber the sequence number as encoded, or null
 * @param sAddress the sender's address
 * @param rAddress the recipient's address, or null
 */
public record EncKrbPrivPart(byte[] userData, @Nullable Instant timestamp,
    @Nullable Integer usec, @Nullable Long seqNumber, HostAddress sAddress,
    @Nullable HostAddress rAddress) implements DerEncodable {

  /**
   * Copies the data and checks the sender address.
   *
   * @param userData the application data; copied in and out
   * @param timestamp the sender's time, or null
   * @param usec its microseconds, or null
   * @param seqNumber the sequence number as encoded, or null
   * @param sAddress the sender's address
   * @param rAddress the recipient's address, or null
   */
  public EncKrbPrivPart {
    userData = Objects.requireNonNull(userData, "userData").clone();
    Objects.requireNonNull(sAddress, "sAddress");
  }

  /** @return a copy of the application data */
  @Override
  public byte[] userData() {
    return userData.clone();
  }

  /**
   * @param reader positioned at [APPLICATION 28]; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static EncKrbPrivPart read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.ENC_KRB_PRIV_PART);
    byte[] data = seq.readField(0, DerReader::readOctetString);
    Instant ts = seq.readOptionalField(1, DerReader::readKerberosTime);
    Integer usec = seq.readOptionalField(2, DerReader::readInt32);
    Long seqNo = seq.readOptionalField(3, DerReader::readUInt32Lenient);
    HostAddress s = seq.readField(4, HostAddress::read);
    HostAddress r = seq.readOptionalField(5, HostAddress::read);
    seq.endExtensible(5);
    return new EncKrbPrivPart(data, ts, usec, seqNo, s, r);
  }

  /**
   * @param der a complete encoding (a decrypted KRB-PRIV enc-part); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static EncKrbPrivPart decode(byte[] der) throws DerException {
    return DerReader.decode(der, EncKrbPrivPart::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.ENC_KRB_PRIV_PART).beginSequence();
    KerberosFields.writeOctets(w, 0, userData);
    KerberosFields.writeOptionalTime(w, 1, timestamp);
    KerberosFields.writeOptionalInt(w, 2, usec);
    KerberosFields.writeOptionalInt(w, 3, seqNumber);
    KerberosFields.writeField(w, 4, sAddress);
    KerberosFields.writeOptionalField(w, 5, rAddress);
    w.end().end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncKrbPrivPart p && Arrays.equals(p.userData, userData)
        && Objects.equals(p.timestamp, timestamp) && Objects.equals(p.usec, usec)
        && Objects.equals(p.seqNumber, seqNumber) && p.sAddress.equals(sAddress)
        && Objects.equals(p.rAddress, rAddress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timestamp, usec, seqNumber, sAddress, rAddress) * 31
        + Arrays.hashCode(userData);
  }

  @Override
  public String toString() {
    return "EncKrbPrivPart[" + userData.length + " bytes, timestamp=" + timestamp + ", seq="
        + seqNumber + ", s-address=" + sAddress + "]";
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.6.1 {@code KRB-SAFE-BODY}: the integrity-protected body of a KRB-SAFE.
 *
 * <pre>
 * KRB-SAFE-BODY   ::= SEQUENCE {
 *         user-data       [0] OCTET STRING,
 *         timestamp       [1] KerberosTime OPTIONAL,
 *         usec            [2] Microseconds OPTIONAL,
 *         seq-number      [3] UInt32 OPTIONAL,
 *         s-address       [4] HostAddress,
 *         r-address       [5] HostAddress OPTIONAL
 * }
 * </pre>
 *
 * <p>A decoded body keeps its exact encoding ({@link #encode()}), over which the KRB-SAFE
 * checksum (key usage 15) is verified. Immutable, thread-safe; equality is equality of the
 * encodings.
 */
public final class KrbSafeBody implements DerEncodable {

  private final byte[] userData;
  private final @Nullable Instant timestamp;
  private final @Nullable Integer usec;
  private final @Nullable Long seqNumber;
  private final HostAddress sAddress;
  private final @Nullable HostAddress rAddress;
  private final byte[] der;

  /**
   * Creates a body and encodes it.
   *
   * @param userData the application data; not null; copied
   * @param timestamp the sender's time, or null
   * @param usec its microseconds, or null
   * @param seqNumber the sequence number, or null
   * @param sAddress the sender's address; not null
   * @param rAddress the recipient's address, or null
   */
  public KrbSafeBody(byte[] userData, @Nullable Instant timestamp, @Nullable Integer usec,
      @Nullable Long seqNumber, HostAddress sAddress, @Nullable HostAddress rAddress) {
    this(userData.clone(), timestamp, usec, seqNumber, sAddress, rAddress, null);
  }

  private KrbSafeBody(byte[] userData, @Nullable Instant timestamp, @Nullable Integer usec,
      @Nullable Long seqNumber, HostAddress sAddress, @Nullable HostAddress rAddress,
      byte @Nullable [] der) {
    this.userData = userData;
    this.timestamp = timestamp;
    this.usec = usec;
    this.seqNumber = seqNumber;
    this.sAddress = Objects.requireNonNull(sAddress, "sAddress");
    this.rAddress = rAddress;
    this.der = der != null ? der : encodeFields();
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the body, keeping its encoding
   * @throws DerException when malformed
   */
  public static KrbSafeBody read(DerReader reader) throws DerException {
    int start = reader.offset();
    DerReader seq = reader.readSequence();
    byte[] data = seq.readField(0, DerReader::readOctetString);
    Instant ts = seq.readOptionalField(1, DerReader::readKerberosTime);
    Integer usec = seq.readOptionalField(2, DerReader::readInt32);
    Long seqNo = seq.readOptionalField(3, DerReader::readUInt32Lenient);
    HostAddress s = seq.readField(4, HostAddress::read);
    HostAddress r = seq.readOptionalField(5, HostAddress::read);
    seq.endExtensible(5);
    return new KrbSafeBody(data, ts, usec, seqNo, s, r, reader.rawSince(start));
  }

  private byte[] encodeFields() {
    DerWriter w = new DerWriter();
    w.beginSequence();
    KerberosFields.writeOctets(w, 0, userData);
    KerberosFields.writeOptionalTime(w, 1, timestamp);
    KerberosFields.writeOptionalInt(w, 2, usec);
    KerberosFields.writeOptionalInt(w, 3, seqNumber);
    KerberosFields.writeField(w, 4, sAddress);
    KerberosFields.writeOptionalField(w, 5, rAddress);
    w.end();
    return w.toByteArray();
  }

  /** @return a copy of the application data */
  public byte[] userData() {
    return userData.clone();
  }

  /** @return the sender's time, or null */
  public @Nullable Instant timestamp() {
    return timestamp;
  }

  /** @return its microseconds, or null */
  public @Nullable Integer usec() {
    return usec;
  }

  /** @return the sequence number as encoded, or null */
  public @Nullable Long seqNumber() {
    return seqNumber;
  }

  /** @return the sender's address */
  public HostAddress sAddress() {
    return sAddress;
  }

  /** @return the recipient's address, or null */
  public @Nullable HostAddress rAddress() {
    return rAddress;
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.writeRaw(der);
  }

  /** @return a copy of the exact encoding, over which the checksum is computed */
  @Override
  public byte[] encode() {
    return der.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KrbSafeBody b && Arrays.equals(b.der, der);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(der);
  }

  @Override
  public String toString() {
    return "KrbSafeBody[" + userData.length + " bytes, timestamp=" + timestamp + ", seq="
        + seqNumber + ", s-address=" + sAddress + "]";
  }
}

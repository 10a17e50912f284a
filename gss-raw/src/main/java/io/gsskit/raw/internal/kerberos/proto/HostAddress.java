package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * RFC 4120 §5.2.5 {@code HostAddress}, and {@code HostAddresses} as a {@code List}.
 *
 * <pre>
 * HostAddress     ::= SEQUENCE  {
 *         addr-type       [0] Int32,
 *         address         [1] OCTET STRING
 * }
 *
 * HostAddresses   ::= SEQUENCE OF HostAddress
 * </pre>
 *
 * <p>The address type is kept raw (see {@code iana.HostAddressType}). Immutable, thread-safe.
 *
 * @param addrType the address type number
 * @param address the address bytes; copied in and out
 */
public record HostAddress(int addrType, byte[] address) implements DerEncodable {

  /** Most addresses a decoded HostAddresses may hold. */
  public static final int MAX_ADDRESSES = 256;

  /**
   * Creates the value, copying the bytes.
   *
   * @param addrType the address type number
   * @param address the address bytes; copied in and out
   */
  public HostAddress {
    address = Objects.requireNonNull(address, "address").clone();
  }

  /** @return a copy of the address bytes */
  @Override
  public byte[] address() {
    return address.clone();
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static HostAddress read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int type = seq.readField(0, DerReader::readInt32);
    byte[] addr = seq.readField(1, DerReader::readOctetString);
    seq.endExtensible(1);
    return new HostAddress(type, addr);
  }

  /**
   * Reads {@code HostAddresses}.
   *
   * @param reader positioned at the SEQUENCE OF; not null
   * @return the addresses, unmodifiable
   * @throws DerException when malformed or longer than {@link #MAX_ADDRESSES}
   */
  public static List<HostAddress> readList(DerReader reader) throws DerException {
    return reader.readSequenceOf(HostAddress::read, MAX_ADDRESSES);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static HostAddress decode(byte[] der) throws DerException {
    return DerReader.decode(der, HostAddress::read);
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    KerberosFields.writeInt(writer, 0, addrType);
    KerberosFields.writeOctets(writer, 1, address);
    writer.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HostAddress h && h.addrType == addrType
        && Arrays.equals(h.address, address);
  }

  @Override
  public int hashCode() {
    return 31 * addrType + Arrays.hashCode(address);
  }

  @Override
  public String toString() {
    return "HostAddress[type=" + addrType + ", " + KerberosFields.describe(address) + "]";
  }
}

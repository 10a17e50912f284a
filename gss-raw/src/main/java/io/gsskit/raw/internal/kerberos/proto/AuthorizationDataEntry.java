package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * One element of RFC 4120 §5.2.6 {@code AuthorizationData}: an ad-type and its data as raw
 * bytes (containers such as AD-IF-RELEVANT hold another {@link AuthorizationData}).
 *
 * <pre>
 * AuthorizationData       ::= SEQUENCE OF SEQUENCE {
 *         ad-type         [0] Int32,
 *         ad-data         [1] OCTET STRING
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param adType the ad-type number (see {@code iana.AuthorizationDataType}), kept raw
 * @param adData the data; copied in and out
 */
public record AuthorizationDataEntry(int adType, byte[] adData) implements DerEncodable {

  /**
   * Creates the value, copying the bytes.
   *
   * @param adType the ad-type number (see {@code iana.AuthorizationDataType}), kept raw
   * @param adData the data; copied in and out
   */
  public AuthorizationDataEntry {
    adData = Objects.requireNonNull(adData, "adData").clone();
  }

  /** @return a copy of the data */
  @Override
  public byte[] adData() {
    return adData.clone();
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static AuthorizationDataEntry read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int type = seq.readField(0, DerReader::readInt32);
    byte[] data = seq.readField(1, DerReader::readOctetString);
    seq.endExtensible(1);
    return new AuthorizationDataEntry(type, data);
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    KerberosFields.writeInt(writer, 0, adType);
    KerberosFields.writeOctets(writer, 1, adData);
    writer.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthorizationDataEntry e && e.adType == adType
        && Arrays.equals(e.adData, adData);
  }

  @Override
  public int hashCode() {
    return 31 * adType + Arrays.hashCode(adData);
  }

  @Override
  public String toString() {
    return "AuthorizationDataEntry[type=" + adType + ", " + KerberosFields.describe(adData) + "]";
  }
}

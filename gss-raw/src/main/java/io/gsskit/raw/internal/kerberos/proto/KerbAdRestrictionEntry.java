package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * MS-KILE 2.2.6 {@code KERB-AD-RESTRICTION-ENTRY} (carried under ad-type 141 inside
 * AD-IF-RELEVANT).
 *
 * <pre>
 * KERB-AD-RESTRICTION-ENTRY ::= SEQUENCE {
 *         restriction-type        [0] Int32,
 *         restriction             [1] OCTET STRING
 * }
 * </pre>
 *
 * <p>{@code restriction-type} 0 holds an LSAP_TOKEN_INFO_INTEGRITY structure (MS-KILE 2.2.5),
 * kept as raw bytes. Immutable, thread-safe.
 *
 * @param restrictionType the restriction type, raw
 * @param restriction the restriction data; copied in and out
 */
public record KerbAdRestrictionEntry(int restrictionType, byte[] restriction)
    implements DerEncodable {

  /**
   * Copies the data.
   *
   * @param restrictionType the restriction type, raw
   * @param restriction the restriction data; copied in and out
   */
  public KerbAdRestrictionEntry {
    restriction = Objects.requireNonNull(restriction, "restriction").clone();
  }

  /** @return a copy of the restriction data */
  @Override
  public byte[] restriction() {
    return restriction.clone();
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static KerbAdRestrictionEntry read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int type = seq.readField(0, DerReader::readInt32);
    byte[] data = seq.readField(1, DerReader::readOctetString);
    seq.endExtensible(1);
    return new KerbAdRestrictionEntry(type, data);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static KerbAdRestrictionEntry decode(byte[] der) throws DerException {
    return DerReader.decode(der, KerbAdRestrictionEntry::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    KerberosFields.writeInt(w, 0, restrictionType);
    KerberosFields.writeOctets(w, 1, restriction);
    w.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KerbAdRestrictionEntry e && e.restrictionType == restrictionType
        && Arrays.equals(e.restriction, restriction);
  }

  @Override
  public int hashCode() {
    return 31 * restrictionType + Arrays.hashCode(restriction);
  }

  @Override
  public String toString() {
    return "KerbAdRestrictionEntry[type=" + restrictionType + ", "
        + KerberosFields.describe(restriction) + "]";
  }
}

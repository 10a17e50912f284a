package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.2.7.4 {@code ETYPE-INFO-ENTRY} (the older form; see {@link EtypeInfo2Entry}).
 *
 * <pre>
 * ETYPE-INFO-ENTRY        ::= SEQUENCE {
 *         etype           [0] Int32,
 *         salt            [1] OCTET STRING OPTIONAL
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param etype the enctype number, raw
 * @param salt the salt bytes, or null; copied in and out
 */
public record EtypeInfoEntry(int etype, byte @Nullable [] salt) implements DerEncodable {

  /**
   * Copies the salt.
   *
   * @param etype the enctype number, raw
   * @param salt the salt bytes, or null; copied in and out
   */
  public EtypeInfoEntry {
    salt = KerberosFields.copyOrNull(salt);
  }

  /** @return a copy of the salt, or null */
  @Override
  public byte @Nullable [] salt() {
    return KerberosFields.copyOrNull(salt);
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static EtypeInfoEntry read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int etype = seq.readField(0, DerReader::readInt32);
    byte[] salt = seq.readOptionalField(1, DerReader::readOctetString);
    seq.endExtensible(1);
    return new EtypeInfoEntry(etype, salt);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    KerberosFields.writeInt(w, 0, etype);
    KerberosFields.writeOptionalOctets(w, 1, salt);
    w.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EtypeInfoEntry e && e.etype == etype && Arrays.equals(e.salt, salt);
  }

  @Override
  public int hashCode() {
    return 31 * etype + Arrays.hashCode(salt);
  }

  @Override
  public String toString() {
    return "EtypeInfoEntry[etype=" + etype + ", salt=" + KerberosFields.describe(salt) + "]";
  }
}

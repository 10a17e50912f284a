package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.2.7.5 {@code ETYPE-INFO2-ENTRY}: an enctype the KDC accepts for the client, with
 * the salt and string-to-key parameters to derive the client key.
 *
 * <pre>
 * ETYPE-INFO2-ENTRY       ::= SEQUENCE {
 *         etype           [0] Int32,
 *         salt            [1] KerberosString OPTIONAL,
 *         s2kparams       [2] OCTET STRING OPTIONAL
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param etype the enctype number, raw
 * @param salt the salt text, or null (then the default salt)
 * @param s2kparams the string-to-key parameters, or null; copied in and out
 */
public record EtypeInfo2Entry(int etype, @Nullable String salt, byte @Nullable [] s2kparams)
    implements DerEncodable {

  /**
   * Copies the parameters.
   *
   * @param etype the enctype number, raw
   * @param salt the salt text, or null (then the default salt)
   * @param s2kparams the string-to-key parameters, or null; copied in and out
   */
  public EtypeInfo2Entry {
    s2kparams = KerberosFields.copyOrNull(s2kparams);
  }

  /** @return a copy of the string-to-key parameters, or null */
  @Override
  public byte @Nullable [] s2kparams() {
    return KerberosFields.copyOrNull(s2kparams);
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static EtypeInfo2Entry read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    int etype = seq.readField(0, DerReader::readInt32);
    String salt = seq.readOptionalField(1, DerReader::readKerberosString);
    byte[] params = seq.readOptionalField(2, DerReader::readOctetString);
    seq.endExtensible(2);
    return new EtypeInfo2Entry(etype, salt, params);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    KerberosFields.writeInt(w, 0, etype);
    KerberosFields.writeOptionalString(w, 1, salt);
    KerberosFields.writeOptionalOctets(w, 2, s2kparams);
    w.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EtypeInfo2Entry e && e.etype == etype && Objects.equals(e.salt, salt)
        && Arrays.equals(e.s2kparams, s2kparams);
  }

  @Override
  public int hashCode() {
    return Objects.hash(etype, salt) * 31 + Arrays.hashCode(s2kparams);
  }

  @Override
  public String toString() {
    return "EtypeInfo2Entry[etype=" + etype + ", salt=" + salt + ", s2kparams="
        + KerberosFields.describe(s2kparams) + "]";
  }
}

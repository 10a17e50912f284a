package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.List;

/**
 * RFC 4120 §5.2.2 {@code PrincipalName}: a name type and its components, without the realm.
 *
 * <pre>
 * PrincipalName ::= SEQUENCE {
 *         name-type       [0] Int32,
 *         name-string     [1] SEQUENCE OF KerberosString
 * }
 * </pre>
 *
 * <p>Components are KerberosStrings, decoded as strict UTF-8 (see
 * {@link DerReader#readKerberosString()}); a decoded name has at least one and at most
 * {@link #MAX_COMPONENTS} components. Immutable and thread-safe.
 *
 * @param nameType the name type as on the wire (RFC 4120 §6.2; unknown values kept)
 * @param components the name components, at least one; copied, unmodifiable
 */
public record PrincipalName(int nameType, List<String> components) implements DerEncodable {

  /** Most components a decoded name may have; real names have one to four. */
  public static final int MAX_COMPONENTS = 128;

  /** NT-UNKNOWN (0). */
  public static final int NT_UNKNOWN = 0;
  /** NT-PRINCIPAL (1): a user or host-independent service. */
  public static final int NT_PRINCIPAL = 1;
  /** NT-SRV-INST (2): a service and other unique instance (krbtgt). */
  public static final int NT_SRV_INST = 2;
  /** NT-SRV-HST (3): a service with a host name as instance. */
  public static final int NT_SRV_HST = 3;
  /** NT-ENTERPRISE (10, RFC 6806 §5). */
  public static final int NT_ENTERPRISE = 10;
  /** NT-WELLKNOWN (11, RFC 6111). */
  public static final int NT_WELLKNOWN = 11;

  /**
   * Creates a principal name.
   *
   * @param nameType the name type as on the wire (RFC 4120 §6.2; unknown values kept)
   * @param components the name components, at least one; copied, unmodifiable
   * @throws IllegalArgumentException when there are no components
   */
  public PrincipalName {
    components = List.copyOf(components);
    if (components.isEmpty()) {
      throw new IllegalArgumentException("a principal name needs at least one component");
    }
  }

  /**
   * Convenience factory.
   *
   * @param nameType the name type
   * @param components the components, at least one
   * @return the name
   */
  public static PrincipalName of(int nameType, String... components) {
    return new PrincipalName(nameType, List.of(components));
  }

  /**
   * Reads a PrincipalName.
   *
   * @param reader positioned at the SEQUENCE; not null
   * @return the name
   * @throws DerException when malformed, without components, or with more than
   *     {@link #MAX_COMPONENTS}
   */
  public static PrincipalName read(DerReader reader) throws DerException {
    int at = reader.offset();
    DerReader seq = reader.readSequence();
    int type = seq.readField(0, DerReader::readInt32);
    List<String> parts = seq.readField(1,
        r -> r.readSequenceOf(DerReader::readKerberosString, MAX_COMPONENTS));
    seq.endExtensible(1);
    if (parts.isEmpty()) {
      throw new DerException(DerException.Reason.BAD_VALUE, at,
          "principal name without components");
    }
    return new PrincipalName(type, parts);
  }

  /**
   * Decodes a complete DER PrincipalName.
   *
   * @param der the encoding; not null
   * @return the name
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static PrincipalName decode(byte[] der) throws DerException {
    return DerReader.decode(der, PrincipalName::read);
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    KerberosFields.writeInt(writer, 0, nameType);
    writer.beginExplicit(1).beginSequence();
    for (String c : components) {
      writer.writeKerberosString(c);
    }
    writer.end().end();
    writer.end();
  }

  /** @return the components joined by {@code /}, with MIT's escapes for {@code / @ \} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < components.size(); i++) {
      if (i > 0) {
        sb.append('/');
      }
      KerberosPrincipal.escape(components.get(i), sb);
    }
    return sb.toString();
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.2.6.2 {@code AD-KDCIssued}: authorization data elements with a checksum keyed by
 * the KDC (ad-type 4). The checksum covers the DER encoding of {@code elements}.
 *
 * <pre>
 * AD-KDCIssued            ::= SEQUENCE {
 *         ad-checksum     [0] Checksum,
 *         i-realm         [1] Realm OPTIONAL,
 *         i-sname         [2] PrincipalName OPTIONAL,
 *         elements        [3] AuthorizationData
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param adChecksum the KDC checksum
 * @param iRealm the issuing realm, or null
 * @param iSname the issuing service, or null
 * @param elements the protected elements
 */
public record AdKdcIssued(Checksum adChecksum, @Nullable String iRealm,
    @Nullable PrincipalName iSname, AuthorizationData elements) implements DerEncodable {

  /**
   * Checks the mandatory components.
   *
   * @param adChecksum the KDC checksum
   * @param iRealm the issuing realm, or null
   * @param iSname the issuing service, or null
   * @param elements the protected elements
   */
  public AdKdcIssued {
    Objects.requireNonNull(adChecksum, "adChecksum");
    Objects.requireNonNull(elements, "elements");
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static AdKdcIssued read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    Checksum ck = seq.readField(0, Checksum::read);
    String realm = seq.readOptionalField(1, DerReader::readKerberosString);
    PrincipalName sname = seq.readOptionalField(2, PrincipalName::read);
    AuthorizationData elements = seq.readField(3, AuthorizationData::read);
    seq.endExtensible(3);
    return new AdKdcIssued(ck, realm, sname, elements);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static AdKdcIssued decode(byte[] der) throws DerException {
    return DerReader.decode(der, AdKdcIssued::read);
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    KerberosFields.writeField(writer, 0, adChecksum);
    KerberosFields.writeOptionalString(writer, 1, iRealm);
    KerberosFields.writeOptionalField(writer, 2, iSname);
    KerberosFields.writeField(writer, 3, elements);
    writer.end();
  }
}

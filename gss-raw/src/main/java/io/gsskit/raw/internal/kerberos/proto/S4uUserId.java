package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * MS-SFU 2.2.2 {@code S4UUserID}: the user identified in PA-S4U-X509-USER.
 *
 * <pre>
 * S4UUserID ::= SEQUENCE {
 *         nonce [0] UInt32, -- the nonce in KDC-REQ-BODY
 *         cname [1] PrincipalName OPTIONAL,
 *         -- Certificate mapping hints
 *         crealm [2] Realm,
 *         subject-certificate [3] OCTET STRING OPTIONAL,
 *         options [4] BIT STRING OPTIONAL,
 *         ...
 * }
 * </pre>
 *
 * <p>{@code options} is read as Kerberos flags (MIT int layout, see {@code iana.S4uOption}) and
 * written as 32 bits, as MIT and Windows send it. The nonce is read leniently and kept as
 * encoded. Immutable, thread-safe.
 *
 * @param nonce the KDC-REQ-BODY nonce
 * @param cname the user's name, or null (certificate only)
 * @param crealm the user's realm
 * @param subjectCertificate the user's certificate (DER), or null; copied in and out
 * @param options the options, or null
 */
public record S4uUserId(long nonce, @Nullable PrincipalName cname, String crealm,
    byte @Nullable [] subjectCertificate, @Nullable Integer options) implements DerEncodable {

  /**
   * Checks the realm and copies the certificate.
   *
   * @param nonce the KDC-REQ-BODY nonce
   * @param cname the user's name, or null (certificate only)
   * @param crealm the user's realm
   * @param subjectCertificate the user's certificate (DER), or null; copied in and out
   * @param options the options, or null
   */
  public S4uUserId {
    Objects.requireNonNull(crealm, "crealm");
    subjectCertificate = KerberosFields.copyOrNull(subjectCertificate);
  }

  /** @return a copy of the certificate, or null */
  @Override
  public byte @Nullable [] subjectCertificate() {
    return KerberosFields.copyOrNull(subjectCertificate);
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static S4uUserId read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    long nonce = seq.readField(0, DerReader::readUInt32Lenient);
    PrincipalName cname = seq.readOptionalField(1, PrincipalName::read);
    String crealm = seq.readField(2, DerReader::readKerberosString);
    byte[] cert = seq.readOptionalField(3, DerReader::readOctetString);
    Integer options = seq.readOptionalField(4, DerReader::readKerberosFlags);
    seq.endExtensible(4);
    return new S4uUserId(nonce, cname, crealm, cert, options);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    KerberosFields.writeInt(w, 0, nonce);
    KerberosFields.writeOptionalField(w, 1, cname);
    KerberosFields.writeString(w, 2, crealm);
    KerberosFields.writeOptionalOctets(w, 3, subjectCertificate);
    if (options != null) {
      KerberosFields.writeFlags(w, 4, options);
    }
    w.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof S4uUserId u && u.nonce == nonce && Objects.equals(u.cname, cname)
        && u.crealm.equals(crealm) && Arrays.equals(u.subjectCertificate, subjectCertificate)
        && Objects.equals(u.options, options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nonce, cname, crealm, options) * 31 + Arrays.hashCode(subjectCertificate);
  }

  @Override
  public String toString() {
    return "S4uUserId[nonce=" + nonce + ", cname=" + cname + ", crealm=" + crealm
        + ", certificate=" + (subjectCertificate == null ? "none" : subjectCertificate.length
        + " bytes") + ", options=" + options + "]";
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Objects;

/**
 * MS-SFU 2.2.1 {@code PA-FOR-USER} (padata type 129): the user a service asks a ticket for in
 * S4U2Self.
 *
 * <pre>
 * PA-FOR-USER ::= SEQUENCE {
 *         -- PA TYPE 129
 *         userName        [0] PrincipalName,
 *         userRealm       [1] Realm,
 *         cksum           [2] Checksum,
 *         auth-package    [3] KerberosString
 * }
 * </pre>
 *
 * <p>The checksum (keyed, HMAC-MD5 -138 with key usage 17 in MS-SFU) covers the name type,
 * the name components, the realm and the auth-package as MS-SFU 2.2.1 concatenates them; a
 * receiver must reject unkeyed checksum types (CVE-2018-16860). Immutable, thread-safe.
 *
 * @param userName the user's name
 * @param userRealm the user's realm
 * @param cksum the checksum
 * @param authPackage the authentication package, normally {@code "Kerberos"}
 */
public record PaForUser(PrincipalName userName, String userRealm, Checksum cksum,
    String authPackage) implements DerEncodable {

  /**
   * Checks mandatory components.
   *
   * @param userName the user's name
   * @param userRealm the user's realm
   * @param cksum the checksum
   * @param authPackage the authentication package, normally {@code "Kerberos"}
   */
  public PaForUser {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(userRealm, "userRealm");
    Objects.requireNonNull(cksum, "cksum");
    Objects.requireNonNull(authPackage, "authPackage");
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static PaForUser read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    PrincipalName name = seq.readField(0, PrincipalName::read);
    String realm = seq.readField(1, DerReader::readKerberosString);
    Checksum ck = seq.readField(2, Checksum::read);
    String pkg = seq.readField(3, DerReader::readKerberosString);
    seq.endExtensible(3);
    return new PaForUser(name, realm, ck, pkg);
  }

  /**
   * @param der a complete encoding (a padata value); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static PaForUser decode(byte[] der) throws DerException {
    return DerReader.decode(der, PaForUser::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    KerberosFields.writeField(w, 0, userName);
    KerberosFields.writeString(w, 1, userRealm);
    KerberosFields.writeField(w, 2, cksum);
    KerberosFields.writeString(w, 3, authPackage);
    w.end();
  }
}

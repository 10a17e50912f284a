package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.Arrays;
import java.util.Objects;

/**
 * MS-SFU 2.2.2 {@code PA-S4U-X509-USER} (padata type 130).
 *
 * <pre>
 * PA-S4U-X509-USER::= SEQUENCE {
 *         user-id[0] S4UUserID,
 *         checksum[1] Checksum
 * }
 * </pre>
 *
 * <p>The checksum (key usage 26 in a request, 27 in a reply) covers the exact encoding of
 * {@code user-id}, which a decoded value keeps ({@link #userIdEncoding()}); S4UUserID is
 * extensible, so re-encoding could differ. Immutable, thread-safe.
 */
public final class PaS4uX509User implements DerEncodable {

  private final S4uUserId userId;
  private final byte[] userIdEncoding;
  private final Checksum checksum;

  /**
   * Creates the value, encoding the user id.
   *
   * @param userId the user; not null
   * @param checksum the checksum over {@code userId.encode()}; not null
   */
  public PaS4uX509User(S4uUserId userId, Checksum checksum) {
    this(userId, userId.encode(), checksum);
  }

  private PaS4uX509User(S4uUserId userId, byte[] userIdEncoding, Checksum checksum) {
    this.userId = Objects.requireNonNull(userId, "userId");
    this.userIdEncoding = userIdEncoding;
    this.checksum = Objects.requireNonNull(checksum, "checksum");
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value, keeping the user id's encoding
   * @throws DerException when malformed
   */
  public static PaS4uX509User read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    DerReader field = seq.readExplicit(0);
    int start = field.offset();
    S4uUserId user = S4uUserId.read(field);
    byte[] raw = field.rawSince(start);
    field.end();
    Checksum ck = seq.readField(1, Checksum::read);
    seq.endExtensible(1);
    return new PaS4uX509User(user, raw, ck);
  }

  /**
   * @param der a complete encoding (a padata value); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static PaS4uX509User decode(byte[] der) throws DerException {
    return DerReader.decode(der, PaS4uX509User::read);
  }

  /** @return the user */
  public S4uUserId userId() {
    return userId;
  }

  /** @return a copy of the exact encoding of the user id, over which the checksum is computed */
  public byte[] userIdEncoding() {
    return userIdEncoding.clone();
  }

  /** @return the checksum */
  public Checksum checksum() {
    return checksum;
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    w.beginExplicit(0).writeRaw(userIdEncoding).end();
    KerberosFields.writeField(w, 1, checksum);
    w.end();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaS4uX509User p && Arrays.equals(p.userIdEncoding, userIdEncoding)
        && p.checksum.equals(checksum);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(userIdEncoding) * 31 + checksum.hashCode();
  }

  @Override
  public String toString() {
    return "PaS4uX509User[" + userId + ", " + checksum + "]";
  }
}

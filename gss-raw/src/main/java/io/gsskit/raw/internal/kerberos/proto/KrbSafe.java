package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.util.Objects;

/**
 * RFC 4120 §5.6.1 {@code KRB-SAFE}: application data with a keyed checksum.
 *
 * <pre>
 * KRB-SAFE        ::= [APPLICATION 20] SEQUENCE {
 *         pvno            [0] INTEGER (5),
 *         msg-type        [1] INTEGER (20),
 *         safe-body       [2] KRB-SAFE-BODY,
 *         cksum           [3] Checksum
 * }
 * </pre>
 *
 * <p>Verify {@link #cksum()} over {@code safeBody().encode()} (the exact received bytes).
 * Immutable, thread-safe.
 *
 * @param safeBody the protected body
 * @param cksum the checksum over the body's encoding
 */
public record KrbSafe(KrbSafeBody safeBody, Checksum cksum) implements DerEncodable {

  /**
   * Checks mandatory components.
   *
   * @param safeBody the protected body
   * @param cksum the checksum over the body's encoding
   */
  public KrbSafe {
    Objects.requireNonNull(safeBody, "safeBody");
    Objects.requireNonNull(cksum, "cksum");
  }

  /**
   * @param reader positioned at [APPLICATION 20]; not null
   * @return the value
   * @throws DerException when malformed, pvno is not 5, or not a KRB-SAFE
   */
  public static KrbSafe read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.SAFE);
    KerberosFields.readVersion(seq, 0);
    KerberosFields.readMessageType(seq, 1, MessageType.SAFE);
    KrbSafeBody body = seq.readField(2, KrbSafeBody::read);
    Checksum ck = seq.readField(3, Checksum::read);
    seq.endExtensible(3);
    return new KrbSafe(body, ck);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static KrbSafe decode(byte[] der) throws DerException {
    return DerReader.decode(der, KrbSafe::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.SAFE).beginSequence();
    KerberosFields.writeVersion(w, 0);
    KerberosFields.writeInt(w, 1, MessageType.SAFE);
    KerberosFields.writeField(w, 2, safeBody);
    KerberosFields.writeField(w, 3, cksum);
    w.end().end();
  }
}

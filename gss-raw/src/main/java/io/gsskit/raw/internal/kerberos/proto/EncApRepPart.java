package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.5.2 {@code EncAPRepPart}: the encrypted part of an AP-REP (key usage 12).
 *
 * <pre>
 * EncAPRepPart    ::= [APPLICATION 27] SEQUENCE {
 *         ctime           [0] KerberosTime,
 *         cusec           [1] Microseconds,
 *         subkey          [2] EncryptionKey OPTIONAL,
 *         seq-number      [3] UInt32 OPTIONAL
 * }
 * </pre>
 *
 * <p>The sequence number is read leniently and kept as encoded. Immutable, thread-safe.
 *
 * @param ctime the client time from the authenticator
 * @param cusec its microseconds
 * @param subkey the acceptor subkey, or null
 * @param seqNumber the acceptor's initial sequence number, or null
 */
public record EncApRepPart(Instant ctime, int cusec, @Nullable EncryptionKey subkey,
    @Nullable Long seqNumber) implements DerEncodable {

  /**
   * Checks mandatory components.
   *
   * @param ctime the client time from the authenticator
   * @param cusec its microseconds
   * @param subkey the acceptor subkey, or null
   * @param seqNumber the acceptor's initial sequence number, or null
   */
  public EncApRepPart {
    Objects.requireNonNull(ctime, "ctime");
  }

  /**
   * @param reader positioned at [APPLICATION 27]; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static EncApRepPart read(DerReader reader) throws DerException {
    DerReader seq = KerberosFields.openApplication(reader, MessageType.ENC_AP_REP_PART);
    Instant ctime = seq.readField(0, DerReader::readKerberosTime);
    int cusec = seq.readField(1, DerReader::readInt32);
    EncryptionKey subkey = seq.readOptionalField(2, EncryptionKey::read);
    Long seqNumber = seq.readOptionalField(3, DerReader::readUInt32Lenient);
    seq.endExtensible(3);
    return new EncApRepPart(ctime, cusec, subkey, seqNumber);
  }

  /**
   * @param der a complete encoding (a decrypted AP-REP enc-part); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static EncApRepPart decode(byte[] der) throws DerException {
    return DerReader.decode(der, EncApRepPart::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginApplication(MessageType.ENC_AP_REP_PART).beginSequence();
    KerberosFields.writeTime(w, 0, ctime);
    KerberosFields.writeInt(w, 1, cusec);
    KerberosFields.writeOptionalField(w, 2, subkey);
    KerberosFields.writeOptionalInt(w, 3, seqNumber);
    w.end().end();
  }
}

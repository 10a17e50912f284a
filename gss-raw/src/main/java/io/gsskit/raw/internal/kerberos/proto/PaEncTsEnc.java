package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4120 §5.2.7.2 {@code PA-ENC-TS-ENC}: the plaintext of PA-ENC-TIMESTAMP (padata type 2,
 * an {@link EncryptedData} under the client key with key usage 1).
 *
 * <pre>
 * PA-ENC-TIMESTAMP        ::= EncryptedData -- PA-ENC-TS-ENC
 *
 * PA-ENC-TS-ENC           ::= SEQUENCE {
 *         patimestamp     [0] KerberosTime -- client's time --,
 *         pausec          [1] Microseconds OPTIONAL
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param patimestamp the client's time
 * @param pausec its microseconds, or null
 */
public record PaEncTsEnc(Instant patimestamp, @Nullable Integer pausec) implements DerEncodable {

  /**
   * Checks the time.
   *
   * @param patimestamp the client's time
   * @param pausec its microseconds, or null
   */
  public PaEncTsEnc {
    Objects.requireNonNull(patimestamp, "patimestamp");
  }

  /**
   * @param reader positioned at the SEQUENCE; not null
   * @return the value
   * @throws DerException when malformed
   */
  public static PaEncTsEnc read(DerReader reader) throws DerException {
    DerReader seq = reader.readSequence();
    Instant ts = seq.readField(0, DerReader::readKerberosTime);
    Integer usec = seq.readOptionalField(1, DerReader::readInt32);
    seq.endExtensible(1);
    return new PaEncTsEnc(ts, usec);
  }

  /**
   * @param der a complete encoding; not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static PaEncTsEnc decode(byte[] der) throws DerException {
    return DerReader.decode(der, PaEncTsEnc::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    KerberosFields.writeTime(w, 0, patimestamp);
    KerberosFields.writeOptionalInt(w, 1, pausec);
    w.end();
  }
}

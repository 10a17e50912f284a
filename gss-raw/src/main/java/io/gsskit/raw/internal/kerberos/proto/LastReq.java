package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * RFC 4120 §5.4.2 {@code LastReq}: times of the client's last requests, in a KDC reply.
 *
 * <pre>
 * LastReq         ::=     SEQUENCE OF SEQUENCE {
 *         lr-type         [0] Int32,
 *         lr-value        [1] KerberosTime
 * }
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param entries the elements; copied, unmodifiable
 */
public record LastReq(List<Entry> entries) implements DerEncodable {

  /** Most elements a decoded LastReq may hold. */
  public static final int MAX_ENTRIES = 64;

  /**
   * One element of LastReq.
   *
   * @param lrType the type (see {@code iana.LastReqType}), kept raw; negative = this KDC only
   * @param lrValue the time
   */
  public record Entry(int lrType, Instant lrValue) implements DerEncodable {

    /**
     * Checks the time is present.
     *
     * @param lrType the type (see {@code iana.LastReqType}), kept raw; negative = this KDC only
     * @param lrValue the time
     */
    public Entry {
      Objects.requireNonNull(lrValue, "lrValue");
    }

    /**
     * @param reader positioned at the SEQUENCE; not null
     * @return the element
     * @throws DerException when malformed
     */
    public static Entry read(DerReader reader) throws DerException {
      DerReader seq = reader.readSequence();
      int type = seq.readField(0, DerReader::readInt32);
      Instant value = seq.readField(1, DerReader::readKerberosTime);
      seq.endExtensible(1);
      return new Entry(type, value);
    }

    @Override
    public void writeTo(DerWriter writer) {
      writer.beginSequence();
      KerberosFields.writeInt(writer, 0, lrType);
      KerberosFields.writeTime(writer, 1, lrValue);
      writer.end();
    }
  }

  /**
   * Creates the value, copying the list.
   *
   * @param entries the elements; copied, unmodifiable
   */
  public LastReq {
    entries = List.copyOf(entries);
  }

  /**
   * @param reader positioned at the SEQUENCE OF; not null
   * @return the value
   * @throws DerException when malformed or longer than {@link #MAX_ENTRIES}
   */
  public static LastReq read(DerReader reader) throws DerException {
    return new LastReq(reader.readSequenceOf(Entry::read, MAX_ENTRIES));
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    for (Entry e : entries) {
      e.writeTo(writer);
    }
    writer.end();
  }
}

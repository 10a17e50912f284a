package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.List;

/**
 * RFC 4120 §5.2.7.5 {@code ETYPE-INFO2} (padata type 19).
 *
 * <pre>
 * ETYPE-INFO2             ::= SEQUENCE SIZE (1..MAX) OF ETYPE-INFO2-ENTRY
 * </pre>
 *
 * <p>An empty list is decoded rather than rejected (the caller then finds no usable etype).
 * Immutable, thread-safe.
 *
 * @param entries the entries in the KDC's preference order; copied, unmodifiable
 */
public record EtypeInfo2(List<EtypeInfo2Entry> entries) implements DerEncodable {

  /** Most entries a decoded ETYPE-INFO2 may hold. */
  public static final int MAX_ENTRIES = 64;

  /**
   * Copies the list.
   *
   * @param entries the entries in the KDC's preference order; copied, unmodifiable
   */
  public EtypeInfo2 {
    entries = List.copyOf(entries);
  }

  /**
   * @param reader positioned at the SEQUENCE OF; not null
   * @return the value
   * @throws DerException when malformed or longer than {@link #MAX_ENTRIES}
   */
  public static EtypeInfo2 read(DerReader reader) throws DerException {
    return new EtypeInfo2(reader.readSequenceOf(EtypeInfo2Entry::read, MAX_ENTRIES));
  }

  /**
   * @param der a complete encoding (a padata value); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static EtypeInfo2 decode(byte[] der) throws DerException {
    return DerReader.decode(der, EtypeInfo2::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    for (EtypeInfo2Entry e : entries) {
      e.writeTo(w);
    }
    w.end();
  }
}

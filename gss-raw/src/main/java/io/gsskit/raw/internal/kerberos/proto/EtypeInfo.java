package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import java.util.List;

/**
 * RFC 4120 §5.2.7.4 {@code ETYPE-INFO} (padata type 11).
 *
 * <pre>
 * ETYPE-INFO              ::= SEQUENCE OF ETYPE-INFO-ENTRY
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param entries the entries; copied, unmodifiable
 */
public record EtypeInfo(List<EtypeInfoEntry> entries) implements DerEncodable {

  /** Most entries a decoded ETYPE-INFO may hold. */
  public static final int MAX_ENTRIES = 64;

  /**
   * Copies the list.
   *
   * @param entries the entries; copied, unmodifiable
   */
  public EtypeInfo {
    entries = List.copyOf(entries);
  }

  /**
   * @param reader positioned at the SEQUENCE OF; not null
   * @return the value
   * @throws DerException when malformed or longer than {@link #MAX_ENTRIES}
   */
  public static EtypeInfo read(DerReader reader) throws DerException {
    return new EtypeInfo(reader.readSequenceOf(EtypeInfoEntry::read, MAX_ENTRIES));
  }

  /**
   * @param der a complete encoding (a padata value); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static EtypeInfo decode(byte[] der) throws DerException {
    return DerReader.decode(der, EtypeInfo::read);
  }

  @Override
  public void writeTo(DerWriter w) {
    w.beginSequence();
    for (EtypeInfoEntry e : entries) {
      e.writeTo(w);
    }
    w.end();
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.iana.AuthorizationDataType;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4120 §5.2.6 {@code AuthorizationData}; also the content of the containers AD-IF-RELEVANT
 * (§5.2.6.1) and AD-MANDATORY-FOR-KDC (§5.2.6.4).
 *
 * <pre>
 * AuthorizationData       ::= SEQUENCE OF SEQUENCE {
 *         ad-type         [0] Int32,
 *         ad-data         [1] OCTET STRING
 * }
 *
 * AD-IF-RELEVANT          ::= AuthorizationData
 * AD-MANDATORY-FOR-KDC    ::= AuthorizationData
 * </pre>
 *
 * <p>Immutable, thread-safe.
 *
 * @param entries the elements; copied, unmodifiable
 */
public record AuthorizationData(List<AuthorizationDataEntry> entries) implements DerEncodable {

  /** Most elements one decoded AuthorizationData may hold. */
  public static final int MAX_ENTRIES = 1024;

  /** Deepest nesting of AD-IF-RELEVANT containers {@link #flattenIfRelevant()} follows. */
  public static final int MAX_CONTAINER_DEPTH = 8;

  /**
   * Creates the value, copying the list.
   *
   * @param entries the elements; copied, unmodifiable
   */
  public AuthorizationData {
    entries = List.copyOf(entries);
  }

  /**
   * @param reader positioned at the SEQUENCE OF; not null
   * @return the value
   * @throws DerException when malformed or longer than {@link #MAX_ENTRIES}
   */
  public static AuthorizationData read(DerReader reader) throws DerException {
    return new AuthorizationData(reader.readSequenceOf(AuthorizationDataEntry::read, MAX_ENTRIES));
  }

  /**
   * @param der a complete encoding (e.g. an AD-IF-RELEVANT entry's data); not null
   * @return the value
   * @throws DerException when malformed or followed by trailing bytes
   */
  public static AuthorizationData decode(byte[] der) throws DerException {
    return DerReader.decode(der, AuthorizationData::read);
  }

  /**
   * Returns the elements with every AD-IF-RELEVANT container replaced by its decoded content,
   * recursively, in order: where a PAC (AD-WIN2K-PAC) and similar elements are found.
   *
   * @return the flattened elements (containers themselves are not included)
   * @throws DerException when a container is malformed or nests deeper than
   *     {@link #MAX_CONTAINER_DEPTH}
   */
  public List<AuthorizationDataEntry> flattenIfRelevant() throws DerException {
    List<AuthorizationDataEntry> out = new ArrayList<>();
    flatten(entries, 0, out);
    return List.copyOf(out);
  }

  private static void flatten(List<AuthorizationDataEntry> in, int depth,
      List<AuthorizationDataEntry> out) throws DerException {
    for (AuthorizationDataEntry e : in) {
      if (e.adType() != AuthorizationDataType.AD_IF_RELEVANT) {
        if (out.size() >= MAX_ENTRIES) {
          throw new DerException(DerException.Reason.TOO_LARGE, -1,
              "more than " + MAX_ENTRIES + " authorization data elements");
        }
        out.add(e);
        continue;
      }
      if (depth >= MAX_CONTAINER_DEPTH) {
        throw new DerException(DerException.Reason.TOO_DEEP, -1,
            "AD-IF-RELEVANT nested deeper than " + MAX_CONTAINER_DEPTH);
      }
      flatten(decode(e.adData()).entries(), depth + 1, out);
    }
  }

  @Override
  public void writeTo(DerWriter writer) {
    writer.beginSequence();
    for (AuthorizationDataEntry e : entries) {
      e.writeTo(writer);
    }
    writer.end();
  }
}

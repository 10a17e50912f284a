package io.gsskit.raw;

import io.gsskit.raw.internal.asn1.OidCodec;
import java.util.Arrays;
import java.util.Optional;

/**
 * An object identifier, the GSS-API's {@code gss_OID}: immutable, compared by value.
 *
 * <p>Holds the DER content octets (X.690 §8.19, without the {@code 06 len} header), which is
 * also what RFC 2744's {@code gss_OID_desc.elements} holds. Instances are created from
 * dotted-decimal text or from DER; both checks are strict.
 *
 * <p>Thread-safe. No method accepts null.
 */
public final class Oid {

  private final byte[] content;
  private final String dotted;

  private Oid(byte[] content, String dotted) {
    this.content = content;
    this.dotted = dotted;
  }

  /**
   * Parses dotted-decimal text such as {@code "1.2.840.113554.1.2.2"}.
   *
   * @param dotted the text; not null
   * @return the OID
   * @throws IllegalArgumentException when the text is not a valid OID
   */
  public static Oid of(String dotted) {
    return parse(dotted).orElseThrow(
        () -> new IllegalArgumentException("not a valid object identifier: \"" + dotted + "\""));
  }

  /**
   * Parses dotted-decimal text without throwing.
   *
   * @param dotted the text; not null
   * @return the OID, or empty when the text is not a valid OID
   */
  public static Optional<Oid> parse(String dotted) {
    return OidCodec.encode(dotted).map(c -> new Oid(c, dotted));
  }

  /**
   * Builds an OID from its DER content octets (no tag, no length).
   *
   * @param content the content octets; not null; copied
   * @return the OID, or empty when the octets are not a minimal, complete encoding
   */
  public static Optional<Oid> fromContent(byte[] content) {
    byte[] copy = content.clone();
    return OidCodec.decode(copy).map(d -> new Oid(copy, d));
  }

  /**
   * Builds an OID from a complete DER element {@code 06 len content}.
   *
   * @param der the element; not null
   * @return the OID, or empty when the bytes are not exactly one well-formed OID element
   */
  public static Optional<Oid> fromDer(byte[] der) {
    if (der.length < 2 || der[0] != 0x06) {
      return Optional.empty();
    }
    int len = der[1] & 0xff;
    int hdr = 2;
    if (len == 0x81) {
      if (der.length < 3 || (der[2] & 0xff) < 0x80) {
        return Optional.empty(); // long form must be needed
      }
      len = der[2] & 0xff;
      hdr = 3;
    } else if (len == 0x82) {
      if (der.length < 4) {
        return Optional.empty();
      }
      len = ((der[2] & 0xff) << 8) | (der[3] & 0xff);
      if (len < 0x100) {
        return Optional.empty();
      }
      hdr = 4;
    } else if (len > 0x7f) {
      return Optional.empty();
    }
    if (len != der.length - hdr) {
      return Optional.empty();
    }
    return fromContent(Arrays.copyOfRange(der, hdr, der.length));
  }

  /** @return a copy of the DER content octets */
  public byte[] content() {
    return content.clone();
  }

  /** @return the number of content octets (RFC 2744 {@code gss_OID_desc.length}) */
  public int contentLength() {
    return content.length;
  }

  /** @return the complete DER element {@code 06 len content} */
  public byte[] toDer() {
    int n = content.length;
    int hdr = n < 0x80 ? 2 : n < 0x100 ? 3 : 4;
    byte[] der = new byte[hdr + n];
    der[0] = 0x06;
    if (hdr == 2) {
      der[1] = (byte) n;
    } else if (hdr == 3) {
      der[1] = (byte) 0x81;
      der[2] = (byte) n;
    } else {
      der[1] = (byte) 0x82;
      der[2] = (byte) (n >>> 8);
      der[3] = (byte) n;
    }
    System.arraycopy(content, 0, der, hdr, n);
    return der;
  }

  /**
   * Whether this OID's content octets begin with all of {@code prefix}'s (used for interposer
   * concatenated OIDs).
   *
   * @param prefix the candidate prefix; not null
   * @return true when {@code prefix}'s content is a proper or improper prefix of this one
   */
  public boolean startsWith(Oid prefix) {
    return content.length >= prefix.content.length
        && Arrays.equals(content, 0, prefix.content.length, prefix.content, 0,
            prefix.content.length);
  }

  /**
   * The concatenated OID an interposer uses to reach the original mechanism (MIT
   * doc/plugindev/gssapi.rst): this OID's content octets followed by {@code suffix}'s. The result
   * is always a valid OID encoding.
   *
   * @param suffix the original mechanism's OID; not null
   * @return the concatenation
   */
  public Oid concat(Oid suffix) {
    byte[] c = new byte[content.length + suffix.content.length];
    System.arraycopy(content, 0, c, 0, content.length);
    System.arraycopy(suffix.content, 0, c, content.length, suffix.content.length);
    return fromContent(c).orElseThrow(
        () -> new IllegalArgumentException("concatenation is longer than an OID may be"));
  }

  /** @return dotted-decimal text, e.g. {@code 1.2.840.113554.1.2.2} */
  @Override
  public String toString() {
    return dotted;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Oid other && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(content);
  }
}

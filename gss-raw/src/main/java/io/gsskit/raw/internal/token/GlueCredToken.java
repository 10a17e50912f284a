package io.gsskit.raw.internal.token;

import io.gsskit.raw.Oid;
import java.util.ArrayList;
import java.util.List;

/**
 * The token of {@code gss_export_cred} / {@code gss_import_cred} as the MIT mechglue writes and
 * reads it (doc/plugindev/gssapi.rst, "mechglue token formats"): one or more repetitions of
 *
 * <pre>
 *   4 bytes, big-endian   length of the OID content octets
 *   oid                   OID content octets (possibly a concatenated interposer OID)
 *   4 bytes, big-endian   length of the mechanism token
 *   mechToken             the mechanism's exported credential
 * </pre>
 *
 * <p>At most {@link #MAX_ELEMENTS} elements are accepted. Immutable and thread-safe.
 *
 * @param elements the per-mechanism elements, at least one
 */
public record GlueCredToken(List<Element> elements) {

  /** Cap on the number of elements in one token. */
  public static final int MAX_ELEMENTS = 64;

  /**
   * One mechanism's part of an exported credential.
   *
   * @param mech the OID
   * @param mechToken the mechanism token
   */
  public record Element(Oid mech, byte[] mechToken) {
    /**
     * Creates an element.
     *
     * @param mech the OID; not null
     * @param mechToken the token; not null; copied
     */
    public Element {
      mechToken = mechToken.clone();
    }

    /** @return a copy of the mechanism token */
    @Override
    public byte[] mechToken() {
      return mechToken.clone();
    }
  }

  /**
   * Creates a token value.
   *
   * @param elements the elements; not null; copied
   */
  public GlueCredToken {
    elements = List.copyOf(elements);
  }

  /** @return the encoded token */
  public byte[] encode() {
    int size = 0;
    for (Element e : elements) {
      size += 8 + e.mech().contentLength() + e.mechToken.length;
    }
    ByteWriter w = new ByteWriter(size);
    for (Element e : elements) {
      byte[] oid = e.mech().content();
      w.u32(oid.length).bytes(oid).u32(e.mechToken.length).bytes(e.mechToken);
    }
    return w.done();
  }

  /**
   * Parses a token.
   *
   * @param token the bytes; not null; not modified
   * @return the parsed token with at least one element
   * @throws TokenException {@link TokenException.Kind#MALFORMED} when empty, truncated, a length
   *     exceeds what remains or there are more than {@link #MAX_ELEMENTS} elements; {@link
   *     TokenException.Kind#BAD_OID} for an invalid OID
   */
  public static GlueCredToken parse(byte[] token) throws TokenException {
    ByteReader r = new ByteReader(token);
    if (r.remaining() == 0) {
      throw new TokenException(TokenException.Kind.MALFORMED, "empty credential token");
    }
    List<Element> out = new ArrayList<>();
    while (r.remaining() > 0) {
      if (out.size() == MAX_ELEMENTS) {
        throw new TokenException(TokenException.Kind.MALFORMED, "too many credential elements");
      }
      Oid mech = r.oidContent(r.u32());
      byte[] mechToken = r.bytes(r.u32());
      out.add(new Element(mech, mechToken));
    }
    return new GlueCredToken(out);
  }
}

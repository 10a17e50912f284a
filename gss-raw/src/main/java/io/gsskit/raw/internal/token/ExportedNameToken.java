package io.gsskit.raw.internal.token;

import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.asn1.OidCodec;

/**
 * A mechanism-independent exported name, RFC 2743 §3.2, or a composite exported name, RFC 6680
 * §8:
 *
 * <pre>
 *   04 01 | 04 02           TOK_ID (01: exported name, 02: composite exported name)
 *   2 bytes, big-endian     length of the DER-encoded mech OID (tag and length included)
 *   06 len oid              the mech OID, DER
 *   4 bytes, big-endian     length of the name
 *   name                    mechanism-specific exported name
 * </pre>
 *
 * <p>The parser verifies both OID lengths (the two-byte field and the DER length must agree), that
 * the name length does not exceed what remains, and that no bytes follow the name. The same layout
 * is the mechglue's {@code gss_import_name} token for interposers. Immutable and thread-safe.
 *
 * @param composite true for a {@code 04 02} composite token
 * @param mech the mechanism OID
 * @param name the mechanism-specific name bytes
 */
public record ExportedNameToken(boolean composite, Oid mech, byte[] name) {

  /** First TOK_ID byte of both token kinds. */
  public static final int TOK_ID_0 = 0x04;
  /** Second TOK_ID byte of an RFC 2743 §3.2 exported name. */
  public static final int TOK_ID_EXPORTED = 0x01;
  /** Second TOK_ID byte of an RFC 6680 §8 composite exported name. */
  public static final int TOK_ID_COMPOSITE = 0x02;

  /**
   * Creates a token value.
   *
   * @param composite true for a composite token
   * @param mech the mechanism OID; not null
   * @param name the name bytes; not null; copied
   */
  public ExportedNameToken {
    name = name.clone();
  }

  /** @return a copy of the name bytes */
  @Override
  public byte[] name() {
    return name.clone();
  }

  /** @return the encoded token */
  public byte[] encode() {
    return encode(composite, mech, name);
  }

  /**
   * Encodes a token.
   *
   * @param composite true for {@code 04 02}, false for {@code 04 01}
   * @param mech the mechanism OID; not null
   * @param name the name bytes; not null; not modified
   * @return the token
   */
  public static byte[] encode(boolean composite, Oid mech, byte[] name) {
    byte[] oidDer = mech.toDer();
    ByteWriter w = new ByteWriter(2 + 2 + oidDer.length + 4 + name.length);
    return w.u8(TOK_ID_0).u8(composite ? TOK_ID_COMPOSITE : TOK_ID_EXPORTED)
        .u16(oidDer.length).bytes(oidDer).u32(name.length).bytes(name).done();
  }

  /**
   * Parses a token of either kind.
   *
   * @param token the bytes; not null; not modified
   * @return the parsed token
   * @throws TokenException {@link TokenException.Kind#MALFORMED} for a wrong TOK_ID, a length
   *     that disagrees or exceeds what remains, truncation or trailing bytes; {@link
   *     TokenException.Kind#BAD_OID} for a malformed OID
   */
  public static ExportedNameToken parse(byte[] token) throws TokenException {
    ByteReader r = new ByteReader(token);
    if (r.remaining() < 2 || r.u8() != TOK_ID_0) {
      throw new TokenException(TokenException.Kind.MALFORMED, "bad TOK_ID");
    }
    int id = r.u8();
    if (id != TOK_ID_EXPORTED && id != TOK_ID_COMPOSITE) {
      throw new TokenException(TokenException.Kind.MALFORMED, "bad TOK_ID");
    }
    int oidLen = r.u16();
    if (oidLen < 3 || oidLen > 4 + OidCodec.MAX_CONTENT_LENGTH || oidLen > r.remaining()) {
      throw new TokenException(TokenException.Kind.MALFORMED, "mech OID length " + oidLen);
    }
    int before = r.position();
    Oid mech = r.derOid();
    if (r.position() - before != oidLen) {
      throw new TokenException(TokenException.Kind.MALFORMED,
          "mech OID length field disagrees with the DER length");
    }
    long nameLen = r.u32();
    byte[] name = r.bytes(nameLen);
    r.expectEnd();
    return new ExportedNameToken(id == TOK_ID_COMPOSITE, mech, name);
  }
}

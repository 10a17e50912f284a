package io.gsskit.raw.internal.token;

import io.gsskit.raw.Oid;

/**
 * The interprocess token of {@code gss_export_sec_context} as the MIT mechglue writes and reads
 * it (doc/plugindev/gssapi.rst, "mechglue token formats"):
 *
 * <pre>
 *   4 bytes, big-endian   length of the OID content octets
 *   oid                   OID content octets (no DER tag or length); for an interposer re-entering
 *                         the original mechanism, the concatenated OID
 *   mechToken             the mechanism's own interprocess token
 * </pre>
 *
 * <p>Imported tokens are untrusted (CVE-2015-2698): every length is checked. Immutable and
 * thread-safe.
 *
 * @param mech the mechanism OID (possibly a concatenated interposer OID)
 * @param mechToken the mechanism token
 */
public record GlueContextToken(Oid mech, byte[] mechToken) {

  /**
   * Creates a token value.
   *
   * @param mech the OID; not null
   * @param mechToken the mechanism token; not null; copied
   */
  public GlueContextToken {
    mechToken = mechToken.clone();
  }

  /** @return a copy of the mechanism token */
  @Override
  public byte[] mechToken() {
    return mechToken.clone();
  }

  /** @return the encoded token */
  public byte[] encode() {
    return encode(mech, mechToken);
  }

  /**
   * Encodes a token.
   *
   * @param mech the OID; not null
   * @param mechToken the mechanism token; not null; not modified
   * @return the token
   */
  public static byte[] encode(Oid mech, byte[] mechToken) {
    byte[] oid = mech.content();
    return new ByteWriter(4 + oid.length + mechToken.length)
        .u32(oid.length).bytes(oid).bytes(mechToken).done();
  }

  /**
   * Parses a token.
   *
   * @param token the bytes; not null; not modified
   * @return the parsed token
   * @throws TokenException {@link TokenException.Kind#MALFORMED} when truncated, {@link
   *     TokenException.Kind#BAD_OID} when the OID length or content is invalid
   */
  public static GlueContextToken parse(byte[] token) throws TokenException {
    ByteReader r = new ByteReader(token);
    long oidLen = r.u32();
    Oid mech = r.oidContent(oidLen);
    return new GlueContextToken(mech, r.rest());
  }
}

package io.gsskit.raw.internal.token;

import io.gsskit.raw.Oid;

/**
 * The mechanism-independent framing of the first context-establishment token, RFC 2743 §3.1:
 *
 * <pre>
 *   60 &lt;DER length&gt;            [APPLICATION 0] IMPLICIT SEQUENCE
 *      06 &lt;DER length&gt; &lt;oid&gt;  thisMech MechType
 *      &lt;innerContextToken&gt;      ANY DEFINED BY thisMech
 * </pre>
 *
 * <p>Parsing is strict: the outer length must cover exactly the rest of the buffer (no truncation,
 * no trailing bytes), lengths are minimal DER with at most four length octets, and the OID must be
 * a non-empty minimal encoding. Immutable and thread-safe; the inner token is copied in and out.
 *
 * @param mech the mechanism OID ({@code thisMech})
 * @param inner the mechanism-specific inner token (may be empty)
 */
public record InitialContextToken(Oid mech, byte[] inner) {

  /** The [APPLICATION 0] constructed tag that starts every framed token. */
  public static final int TAG = 0x60;

  /**
   * Creates a token value.
   *
   * @param mech the mechanism OID; not null
   * @param inner the inner token; not null; copied
   */
  public InitialContextToken {
    inner = inner.clone();
  }

  /** @return a copy of the inner token */
  @Override
  public byte[] inner() {
    return inner.clone();
  }

  /**
   * Encodes {@code 60 len 06 len oid inner}.
   *
   * @return the framed token
   */
  public byte[] encode() {
    return encode(mech, inner);
  }

  /**
   * Encodes a framed token without building a record first.
   *
   * @param mech the mechanism OID; not null
   * @param inner the inner token; not null; not modified
   * @return the framed token
   */
  public static byte[] encode(Oid mech, byte[] inner) {
    byte[] oidDer = mech.toDer();
    int bodyLen = oidDer.length + inner.length;
    ByteWriter w = new ByteWriter(1 + ByteWriter.derLengthOctets(bodyLen) + bodyLen);
    return w.u8(TAG).derLength(bodyLen).bytes(oidDer).bytes(inner).done();
  }

  /**
   * Parses a framed token.
   *
   * @param token the bytes; not null; not modified
   * @return the mechanism OID and a copy of the inner token
   * @throws TokenException {@link TokenException.Kind#MALFORMED} when the framing or a length is
   *     wrong, {@link TokenException.Kind#BAD_OID} when the OID element is missing or malformed
   */
  public static InitialContextToken parse(byte[] token) throws TokenException {
    ByteReader r = new ByteReader(token);
    if (r.remaining() == 0 || r.u8() != TAG) {
      throw new TokenException(TokenException.Kind.MALFORMED, "missing [APPLICATION 0] tag");
    }
    int len = r.derLength();
    if (len != r.remaining()) {
      throw new TokenException(TokenException.Kind.MALFORMED,
          (r.remaining() - len) + " bytes after the framed token");
    }
    Oid mech = r.derOid();
    return new InitialContextToken(mech, r.rest());
  }

  /**
   * Whether {@code token} starts like a framed token (first byte {@code 0x60}); a cheap test used
   * to choose between framed and unframed handling, not a validation.
   *
   * @param token the bytes; not null
   * @return true when the first byte is the framing tag
   */
  public static boolean looksFramed(byte[] token) {
    return token.length > 0 && (token[0] & 0xff) == TAG;
  }
}

package io.gsskit.raw.internal.token;

import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.asn1.OidCodec;
import java.util.Arrays;

/**
 * A bounded cursor over a byte array. Every read checks the requested length against the bytes
 * that remain before touching or copying anything, so a hostile length can neither overrun the
 * buffer nor cause a large allocation. Not thread-safe; one instance per parse.
 */
final class ByteReader {

  private final byte[] buf;
  private int pos;
  private final int end;

  ByteReader(byte[] buf) {
    this(buf, 0, buf.length);
  }

  ByteReader(byte[] buf, int offset, int length) {
    this.buf = buf;
    this.pos = offset;
    this.end = offset + length;
  }

  int remaining() {
    return end - pos;
  }

  int position() {
    return pos;
  }

  int u8() throws TokenException {
    need(1);
    return buf[pos++] & 0xff;
  }

  int u16() throws TokenException {
    need(2);
    int v = ((buf[pos] & 0xff) << 8) | (buf[pos + 1] & 0xff);
    pos += 2;
    return v;
  }

  /** Reads a 4-byte big-endian unsigned value; returned as a long so values above 2^31 survive. */
  long u32() throws TokenException {
    need(4);
    long v = ((long) (buf[pos] & 0xff) << 24) | ((buf[pos + 1] & 0xff) << 16)
        | ((buf[pos + 2] & 0xff) << 8) | (buf[pos + 3] & 0xff);
    pos += 4;
    return v;
  }

  /** Reads a length-checked slice; the length must not exceed what remains. */
  byte[] bytes(long len) throws TokenException {
    if (len < 0 || len > remaining()) {
      throw new TokenException(TokenException.Kind.MALFORMED,
          "length " + len + " exceeds the " + remaining() + " bytes that remain");
    }
    int n = (int) len;
    byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
    pos += n;
    return out;
  }

  /** Reads the rest of the buffer. */
  byte[] rest() {
    byte[] out = Arrays.copyOfRange(buf, pos, end);
    pos = end;
    return out;
  }

  /**
   * Reads a DER definite length (X.690 §8.1.3) in minimal form, at most four length octets, and
   * checks it against what remains.
   */
  int derLength() throws TokenException {
    int first = u8();
    long len;
    if (first < 0x80) {
      len = first;
    } else {
      int n = first & 0x7f;
      if (n == 0 || n > 4) {
        throw new TokenException(TokenException.Kind.MALFORMED,
            n == 0 ? "indefinite length" : "length of length " + n);
      }
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | u8();
      }
      long minForForm = n == 1 ? 0x80 : 1L << (8 * (n - 1));
      if (len < minForForm) {
        throw new TokenException(TokenException.Kind.MALFORMED, "non-minimal DER length");
      }
    }
    if (len > remaining()) {
      throw new TokenException(TokenException.Kind.MALFORMED,
          "DER length " + len + " exceeds the " + remaining() + " bytes that remain");
    }
    return (int) len;
  }

  /** Reads a complete DER OID element {@code 06 len content}. */
  Oid derOid() throws TokenException {
    if (u8() != 0x06) {
      throw new TokenException(TokenException.Kind.BAD_OID, "missing OID tag 06");
    }
    int len = derLength();
    return oidContent(len);
  }

  /** Reads {@code len} bytes of OID content octets. */
  Oid oidContent(long len) throws TokenException {
    if (len <= 0 || len > OidCodec.MAX_CONTENT_LENGTH) {
      throw new TokenException(TokenException.Kind.BAD_OID, "OID length " + len);
    }
    byte[] content = bytes(len);
    return Oid.fromContent(content)
        .orElseThrow(() -> new TokenException(TokenException.Kind.BAD_OID, "malformed OID"));
  }

  void expectEnd() throws TokenException {
    if (pos != end) {
      throw new TokenException(TokenException.Kind.MALFORMED,
          (end - pos) + " trailing bytes");
    }
  }

  private void need(int n) throws TokenException {
    if (n > remaining()) {
      throw new TokenException(TokenException.Kind.MALFORMED, "truncated");
    }
  }
}

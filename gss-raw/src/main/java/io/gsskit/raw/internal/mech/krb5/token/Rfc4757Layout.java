package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;

import java.util.Arrays;

/**
 * Wire layout of RFC 4757 §7 (RFC 1964 §1.2 style) per-message tokens. Every token is framed as an
 * RFC 2743 §3.1 token, {@code 60 <DER length> 06 <len> <mech OID> <inner>}, with the context's
 * mechanism OID; the inner token is (offsets in the inner token):
 *
 * <pre>
 * MIC  (§7.2): 01 01 | SGN_ALG 11 00 | FF FF FF FF | SND_SEQ (8) | SGN_CKSUM (8)
 * Wrap (§7.3): 02 01 | SGN_ALG 11 00 | SEAL_ALG 10 00 (RC4) or FF FF (none) | FF FF
 *              | SND_SEQ (8) | SGN_CKSUM (8) | confounder (8) | data | padding
 * </pre>
 *
 * SGN_ALG and SEAL_ALG are little-endian 0x0011 (HMAC-MD5) and 0x0010 (RC4). The padding is RFC
 * 1964's: n bytes of value n; RC4 needs no block alignment, so senders (MIT, Windows, the JDK,
 * GSSKit) use one byte 01. Stateless; thread-safe.
 */
final class Rfc4757Layout {

  static final int MIC_TOKEN_ID = 0x0101;
  static final int WRAP_TOKEN_ID = 0x0201;
  /** SGN_ALG HMAC-MD5 as it appears on the wire (little-endian 0x0011). */
  static final byte SGN_ALG_0 = 0x11;
  static final byte SGN_ALG_1 = 0x00;
  /** SEAL_ALG RC4 (little-endian 0x0010). */
  static final byte SEAL_ALG_0 = 0x10;
  static final byte SEAL_ALG_1 = 0x00;
  static final byte FILLER = (byte) 0xFF;
  static final int SND_SEQ = 8;
  static final int SGN_CKSUM = 16;
  static final int CONFOUNDER = 24;
  /** Inner length of a MIC token. */
  static final int MIC_LENGTH = 24;
  /** Inner length of a Wrap token without data and padding. */
  static final int WRAP_HEADER = 32;
  static final int CONFOUNDER_LENGTH = 8;
  /** Largest RFC 1964 pad value accepted. */
  static final int MAX_PAD = 8;
  /** The framing tag of RFC 2743 §3.1. */
  private static final int TAG = 0x60;

  private Rfc4757Layout() {}

  /** Length of the DER length octets for {@code len}. */
  static int derLengthOctets(int len) {
    if (len < 0x80) {
      return 1;
    }
    if (len < 0x100) {
      return 2;
    }
    if (len < 0x10000) {
      return 3;
    }
    return len < 0x1000000 ? 4 : 5;
  }

  /** The full token length for an inner length (framing included). */
  static long framedLength(byte[] oidDer, long innerLen) {
    long body = oidDer.length + innerLen;
    return 1 + derLengthOctets((int) Math.min(body, Integer.MAX_VALUE)) + body;
  }

  /**
   * Allocates a framed token for an inner token of {@code innerLen} bytes and writes the framing.
   *
   * @return the token; the inner token starts at {@code token.length - innerLen}
   */
  static byte[] allocate(byte[] oidDer, int innerLen) {
    byte[] tok = new byte[(int) framedLength(oidDer, innerLen)];
    writeFraming(tok, 0, oidDer, innerLen);
    return tok;
  }

  /**
   * Writes the framing {@code 60 <DER length of OID + innerLen> <OID>} at {@code dst[off..)}.
   *
   * @param innerLen the inner length the DER length announces (for DCE-style IOV tokens only the
   *     token header, MIT k5sealiov.c)
   * @return the offset after the framing, where the inner token starts
   */
  static int writeFraming(byte[] dst, int off, byte[] oidDer, int innerLen) {
    int body = oidDer.length + innerLen;
    int n = derLengthOctets(body);
    dst[off] = (byte) TAG;
    if (n == 1) {
      dst[off + 1] = (byte) body;
    } else {
      dst[off + 1] = (byte) (0x80 | (n - 1));
      for (int i = 0; i < n - 1; i++) {
        dst[off + 1 + n - 1 - i] = (byte) (body >>> (8 * i));
      }
    }
    System.arraycopy(oidDer, 0, dst, off + 1 + n, oidDer.length);
    return off + 1 + n + oidDer.length;
  }

  /**
   * Finds the inner token. A framed token must have a minimal DER length covering exactly the rest
   * of the buffer and exactly the context's mechanism OID. A token that does not start with 0x60
   * is taken as an unframed inner token, as MIT krb5 accepts ({@code g_verify_token_header}
   * without the wrapper-required flag).
   *
   * @param token the token
   * @param oidDer the context's mechanism OID, DER-encoded with tag and length
   * @return the offset of the inner token
   * @throws TokenFailure DEFECTIVE_TOKEN for bad framing or another mechanism
   */
  static int innerOffset(byte[] token, byte[] oidDer) throws TokenFailure {
    return innerOffset(token, 0, token.length, oidDer, -1);
  }

  /**
   * Finds the inner token in {@code token[off..off+len)}, as {@link #innerOffset(byte[], byte[])}
   * does, but the framing must describe a whole token of {@code total} bytes from {@code off}
   * ({@code total < 0}: exactly the region). IOV tokens use it: the framing of a token split over
   * HEADER | DATA | PADDING announces the whole token although the HEADER buffer holds only its
   * start, and a DCE-style IOV token announces only its header (MIT k5sealiov.c,
   * k5unsealiov.c).
   *
   * @return the offset of the inner token (absolute, in {@code token})
   * @throws TokenFailure DEFECTIVE_TOKEN for bad framing or another mechanism
   */
  static int innerOffset(byte[] token, int off, int len, byte[] oidDer, long total)
      throws TokenFailure {
    if (len == 0 || (token[off] & 0xFF) != TAG) {
      return off;
    }
    if (len < 2) {
      throw defective(Rfc4121Minor.TOKEN_TOO_SHORT);
    }
    int first = token[off + 1] & 0xFF;
    int pos = 2;
    long value;
    if (first < 0x80) {
      value = first;
    } else {
      int n = first & 0x7F;
      if (n == 0 || n > 4 || n > len - pos) {
        throw defective(Rfc4121Minor.BAD_LENGTH);
      }
      value = 0;
      for (int i = 0; i < n; i++) {
        value = (value << 8) | (token[off + pos + i] & 0xFF);
      }
      pos += n;
      // Minimal DER: no leading zero octet, and the long form only from 128 on.
      if ((token[off + 2] & 0xFF) == 0 || value < 0x80) {
        throw defective(Rfc4121Minor.BAD_LENGTH);
      }
    }
    if (value != (total < 0 ? len : total) - pos) {
      throw defective(Rfc4121Minor.BAD_LENGTH);
    }
    if (oidDer.length > len - pos
        || !Arrays.equals(token, off + pos, off + pos + oidDer.length, oidDer, 0, oidDer.length)) {
      throw defective(Rfc4121Minor.BAD_TOKEN_ID);
    }
    return off + pos + oidDer.length;
  }

  static TokenFailure defective(int minor) {
    return new TokenFailure(GSS_S_DEFECTIVE_TOKEN, minor);
  }
}

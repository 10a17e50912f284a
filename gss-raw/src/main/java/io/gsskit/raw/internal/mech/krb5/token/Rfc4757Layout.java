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
    int body = oidDer.length + innerLen;
    int n = derLengthOctets(body);
    byte[] tok = new byte[1 + n + body];
    tok[0] = (byte) TAG;
    if (n == 1) {
      tok[1] = (byte) body;
    } else {
      tok[1] = (byte) (0x80 | (n - 1));
      for (int i = 0; i < n - 1; i++) {
        tok[1 + n - 1 - i] = (byte) (body >>> (8 * i));
      }
    }
    System.arraycopy(oidDer, 0, tok, 1 + n, oidDer.length);
    return tok;
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
    if (token.length == 0 || (token[0] & 0xFF) != TAG) {
      return 0;
    }
    if (token.length < 2) {
      throw defective(Rfc4121Minor.TOKEN_TOO_SHORT);
    }
    int first = token[1] & 0xFF;
    int pos = 2;
    long len;
    if (first < 0x80) {
      len = first;
    } else {
      int n = first & 0x7F;
      if (n == 0 || n > 4 || n > token.length - pos) {
        throw defective(Rfc4121Minor.BAD_LENGTH);
      }
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (token[pos + i] & 0xFF);
      }
      pos += n;
      // Minimal DER: no leading zero octet, and the long form only from 128 on.
      if ((token[2] & 0xFF) == 0 || len < 0x80) {
        throw defective(Rfc4121Minor.BAD_LENGTH);
      }
    }
    if (len != token.length - pos) {
      throw defective(Rfc4121Minor.BAD_LENGTH);
    }
    if (oidDer.length > token.length - pos
        || !Arrays.equals(token, pos, pos + oidDer.length, oidDer, 0, oidDer.length)) {
      throw defective(Rfc4121Minor.BAD_TOKEN_ID);
    }
    return pos + oidDer.length;
  }

  static TokenFailure defective(int minor) {
    return new TokenFailure(GSS_S_DEFECTIVE_TOKEN, minor);
  }
}

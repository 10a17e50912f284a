package io.gsskit.raw.internal.mech.krb5.token;

/**
 * Wire constants and byte helpers of RFC 4121 §4.2.6 tokens. Stateless; thread-safe.
 *
 * <pre>
 * MIC  (§4.2.6.1): 04 04 | flags | FF FF FF FF FF | SND_SEQ(8) | SGN_CKSUM
 * Wrap (§4.2.6.2): 05 04 | flags | FF | EC(2) | RRC(2) | SND_SEQ(8) | data
 * </pre>
 */
final class TokenLayout {

  /** Length of the token header of both token types. */
  static final int HEADER = 16;
  /** Flags (§4.2.2): the sender is the context acceptor. */
  static final int FLAG_SENT_BY_ACCEPTOR = 0x01;
  /** Flags: confidentiality applied (Wrap only). */
  static final int FLAG_SEALED = 0x02;
  /** Flags: the acceptor subkey protects the token. */
  static final int FLAG_ACCEPTOR_SUBKEY = 0x04;
  static final byte MIC_ID0 = 0x04;
  static final byte MIC_ID1 = 0x04;
  static final byte WRAP_ID0 = 0x05;
  static final byte WRAP_ID1 = 0x04;
  static final byte FILLER = (byte) 0xFF;

  private TokenLayout() {}

  static void putLong(byte[] b, int off, long v) {
    for (int i = 7; i >= 0; i--) {
      b[off + i] = (byte) v;
      v >>>= 8;
    }
  }

  static long getLong(byte[] b, int off) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[off + i] & 0xFF);
    }
    return v;
  }

  static void putShort(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 8);
    b[off + 1] = (byte) v;
  }

  static int getShort(byte[] b, int off) {
    return ((b[off] & 0xFF) << 8) | (b[off + 1] & 0xFF);
  }

  /**
   * Rotates {@code b[off..off+len)} right by {@code r} (0 &lt;= r &lt; len) in a new array: the
   * last r bytes move to the front (RFC 4121 §4.2.5 sender side).
   */
  static void rotateRightInPlace(byte[] b, int off, int len, int r) {
    if (len == 0 || r % len == 0) {
      return;
    }
    r %= len;
    byte[] tmp = new byte[len];
    System.arraycopy(b, off + len - r, tmp, 0, r);
    System.arraycopy(b, off, tmp, r, len - r);
    System.arraycopy(tmp, 0, b, off, len);
  }

  /**
   * Undoes an RRC rotation: returns {@code b[off..off+len)} rotated left by {@code rrc mod len}
   * in a new array (receiver side, §4.2.5).
   */
  static byte[] unrotate(byte[] b, int off, int len, int rrc) {
    int r = rrc % len;
    byte[] out = new byte[len];
    System.arraycopy(b, off + r, out, 0, len - r);
    System.arraycopy(b, off, out, len - r, r);
    return out;
  }
}

package io.gsskit.raw.internal.kerberos.ccache;

import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import java.nio.ByteOrder;

/**
 * Bounded cursor over ccache bytes in a given byte order. Every read checks the bytes that remain
 * before touching or allocating anything; failures are {@link Kind#FORMAT} exceptions naming the
 * offset.
 *
 * <p>Not thread-safe.
 */
final class CcacheReader {

  private final byte[] buf;
  private final int end;
  private final boolean bigEndian;
  private int pos;

  CcacheReader(byte[] buf, int from, int end, ByteOrder order) {
    this.buf = buf;
    this.pos = from;
    this.end = end;
    this.bigEndian = order == ByteOrder.BIG_ENDIAN;
  }

  int position() {
    return pos;
  }

  int remaining() {
    return end - pos;
  }

  private void need(int n, String what) throws CcacheException {
    if (n > end - pos) {
      throw new CcacheException(Kind.FORMAT, what + ": needs " + n + " bytes but only "
          + (end - pos) + " remain at offset " + pos);
    }
  }

  int u8(String what) throws CcacheException {
    need(1, what);
    return buf[pos++] & 0xff;
  }

  int u16(String what) throws CcacheException {
    need(2, what);
    int a = buf[pos] & 0xff;
    int b = buf[pos + 1] & 0xff;
    pos += 2;
    return bigEndian ? (a << 8) | b : (b << 8) | a;
  }

  long u32(String what) throws CcacheException {
    need(4, what);
    long v = 0;
    for (int i = 0; i < 4; i++) {
      int idx = bigEndian ? pos + i : pos + 3 - i;
      v = (v << 8) | (buf[idx] & 0xff);
    }
    pos += 4;
    return v;
  }

  int s32(String what) throws CcacheException {
    return (int) u32(what);
  }

  /**
   * Reads a 32-bit length and that many bytes.
   *
   * @param cap the largest acceptable length for this field
   */
  byte[] data(String what, int cap) throws CcacheException {
    int at = pos;
    long len = u32(what + " length");
    if (len > cap) {
      throw new CcacheException(Kind.FORMAT, what + ": length " + len + " exceeds the cap of "
          + cap + " at offset " + at);
    }
    return bytes((int) len, what);
  }

  byte[] bytes(int len, String what) throws CcacheException {
    need(len, what);
    byte[] out = new byte[len];
    System.arraycopy(buf, pos, out, 0, len);
    pos += len;
    return out;
  }

  void skip(int n, String what) throws CcacheException {
    need(n, what);
    pos += n;
  }
}

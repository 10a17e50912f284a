package io.gsskit.raw.internal.kerberos.ccache;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;

/** Growing byte sink in a given byte order. Not thread-safe. */
final class CcacheWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
  private final boolean bigEndian;

  CcacheWriter(ByteOrder order) {
    this.bigEndian = order == ByteOrder.BIG_ENDIAN;
  }

  void u8(int v) {
    out.write(v);
  }

  void u16(int v) {
    if (bigEndian) {
      out.write(v >>> 8);
      out.write(v);
    } else {
      out.write(v);
      out.write(v >>> 8);
    }
  }

  void u32(long v) {
    for (int i = 0; i < 4; i++) {
      int shift = bigEndian ? 24 - 8 * i : 8 * i;
      out.write((int) (v >>> shift));
    }
  }

  void data(byte[] b) {
    u32(b.length);
    out.write(b, 0, b.length);
  }

  void raw(byte[] b) {
    out.write(b, 0, b.length);
  }

  int size() {
    return out.size();
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }
}

package io.gsskit.raw.internal.token;

/**
 * A fixed-size output buffer for encoders that compute their exact size first. Not thread-safe.
 */
final class ByteWriter {

  private final byte[] out;
  private int pos;

  ByteWriter(int size) {
    this.out = new byte[size];
  }

  ByteWriter u8(int v) {
    out[pos++] = (byte) v;
    return this;
  }

  ByteWriter u16(int v) {
    out[pos++] = (byte) (v >>> 8);
    out[pos++] = (byte) v;
    return this;
  }

  ByteWriter u32(long v) {
    out[pos++] = (byte) (v >>> 24);
    out[pos++] = (byte) (v >>> 16);
    out[pos++] = (byte) (v >>> 8);
    out[pos++] = (byte) v;
    return this;
  }

  ByteWriter bytes(byte[] b) {
    System.arraycopy(b, 0, out, pos, b.length);
    pos += b.length;
    return this;
  }

  ByteWriter derLength(int len) {
    if (len < 0x80) {
      return u8(len);
    }
    int n = derLengthOctets(len) - 1;
    u8(0x80 | n);
    for (int i = n - 1; i >= 0; i--) {
      u8(len >>> (8 * i));
    }
    return this;
  }

  byte[] done() {
    if (pos != out.length) {
      throw new IllegalStateException("encoder size mismatch: " + pos + " of " + out.length);
    }
    return out;
  }

  /** Number of octets a DER length field for {@code len} occupies. */
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
    if (len < 0x1000000) {
      return 4;
    }
    return 5;
  }
}

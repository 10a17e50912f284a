package io.gsskit.raw.internal.kerberos.crypto;

/**
 * The n-fold function of RFC 3961 §5.1: the input is replicated to the least common multiple of
 * the input and output lengths, each copy rotated right by 13 bits more than the previous one,
 * and the copies are added in output-sized chunks with one's-complement (end-around carry)
 * addition. Lengths here are whole bytes. Stateless and thread-safe.
 */
final class NFold {

  private NFold() {}

  /**
   * @param in the input; at least one byte
   * @param outLength the output length in bytes; at least one
   * @return n-fold(in) of {@code outLength} bytes
   */
  static byte[] fold(byte[] in, int outLength) {
    int inLength = in.length;
    int lcm = lcm(inLength, outLength);
    int inBits = inLength * 8;
    // Sum, in output-sized chunks, of the lcm/in copies; each chunk as an int array with carry.
    int[] acc = new int[outLength];
    for (int i = 0; i < lcm; i++) {
      // Byte i of the expanded string: copy c = i / inLength, rotated right by 13 * c bits.
      int c = i / inLength;
      int rot = (13 * c) % inBits;
      int bitPos = ((i % inLength) * 8 - rot) % inBits;
      if (bitPos < 0) {
        bitPos += inBits;
      }
      acc[i % outLength] += bitsAt(in, bitPos, inBits);
    }
    // Propagate carries from the least significant (last) byte; a carry out of the first byte
    // wraps around to the last (one's-complement addition).
    int carry = 0;
    do {
      for (int j = outLength - 1; j >= 0; j--) {
        int v = acc[j] + carry;
        acc[j] = v & 0xff;
        carry = v >>> 8;
      }
    } while (carry != 0);
    byte[] out = new byte[outLength];
    for (int j = 0; j < outLength; j++) {
      out[j] = (byte) acc[j];
    }
    return out;
  }

  /** The 8 bits starting at bit {@code pos} (big-endian bit order) of the cyclic input. */
  private static int bitsAt(byte[] in, int pos, int inBits) {
    int v = 0;
    for (int b = 0; b < 8; b++) {
      int p = (pos + b) % inBits;
      int bit = (in[p >>> 3] >>> (7 - (p & 7))) & 1;
      v = (v << 1) | bit;
    }
    return v;
  }

  private static int lcm(int a, int b) {
    int x = a;
    int y = b;
    while (y != 0) {
      int t = x % y;
      x = y;
      y = t;
    }
    return a / x * b;
  }
}

package io.gsskit.raw.internal.asn1;

import java.util.Arrays;

/**
 * A DER BIT STRING value (X.690 §8.6): the content bytes after the unused-bits octet, and the
 * number of unused bits in the last byte.
 *
 * <p>Immutable: the bytes are copied in and out. DER requires the unused bits to be zero; the
 * constructor enforces that, so every instance encodes to valid DER.
 *
 * @param bytes the bit bytes, first bit in the most significant bit of the first byte; copied
 * @param unusedBits unused bits in the last byte, 0 to 7 (0 when {@code bytes} is empty)
 */
public record BitString(byte[] bytes, int unusedBits) {

  /**
   * Creates a bit string.
   *
   * @param bytes the bit bytes, first bit in the most significant bit of the first byte; copied
   * @param unusedBits unused bits in the last byte, 0 to 7 (0 when {@code bytes} is empty)
   * @throws IllegalArgumentException when {@code unusedBits} is outside 0..7, non-zero for an
   *     empty string, or the unused bits of the last byte are not zero
   */
  public BitString {
    bytes = bytes.clone();
    if (unusedBits < 0 || unusedBits > 7 || (bytes.length == 0 && unusedBits != 0)) {
      throw new IllegalArgumentException("bad unused-bits count " + unusedBits);
    }
    if (bytes.length > 0 && (bytes[bytes.length - 1] & ((1 << unusedBits) - 1)) != 0) {
      throw new IllegalArgumentException("DER requires the unused bits to be zero");
    }
  }

  /** @return a copy of the bit bytes */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** @return the number of bits */
  public int bitLength() {
    return bytes.length * 8 - unusedBits;
  }

  /**
   * @param bit bit position, 0 = most significant bit of the first byte
   * @return whether the bit is set; bits beyond the end read as clear
   */
  public boolean isSet(int bit) {
    if (bit < 0 || bit >= bitLength()) {
      return false;
    }
    return (bytes[bit >>> 3] & (0x80 >>> (bit & 7))) != 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BitString b && b.unusedBits == unusedBits
        && Arrays.equals(b.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(bytes) + unusedBits;
  }

  @Override
  public String toString() {
    return "BitString[" + bitLength() + " bits: " + Hex.of(bytes) + "]";
  }
}

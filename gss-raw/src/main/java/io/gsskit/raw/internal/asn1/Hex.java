package io.gsskit.raw.internal.asn1;

/**
 * Lower-case hexadecimal text of bytes, for {@code toString()} of non-secret wire values and for
 * diagnostics. Never use it on key material. Stateless, thread-safe.
 */
public final class Hex {

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /**
   * @param bytes the bytes; not null
   * @return their hexadecimal text, two digits per byte, no separators
   */
  public static String of(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = DIGITS[(bytes[i] >>> 4) & 0xf];
      out[2 * i + 1] = DIGITS[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /**
   * Parses hexadecimal text; whitespace is ignored.
   *
   * @param text the text; not null
   * @return the bytes
   * @throws IllegalArgumentException when the text has an odd number of digits or a non-hex
   *     character
   */
  public static byte[] parse(String text) {
    StringBuilder digits = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        digits.append(c);
      }
    }
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException("odd number of hex digits");
    }
    byte[] out = new byte[digits.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(digits.charAt(2 * i), 16);
      int lo = Character.digit(digits.charAt(2 * i + 1), 16);
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException("not a hex digit near position " + 2 * i);
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }
}

package io.gsskit.raw.internal.kerberos.iana;

import java.util.function.IntFunction;

/**
 * Bit positions of Kerberos flags (RFC 4120 §5.2.8 {@code KerberosFlags}) as masks of the
 * {@code int} layout the DER reader returns: bit 0 is the most significant bit, as MIT's
 * {@code krb5_flags} ({@code 0x80000000 >>> bit}). Stateless, thread-safe.
 */
public final class FlagBits {

  private FlagBits() {}

  /**
   * @param bit position 0..31 as numbered in the RFCs
   * @return the mask in the MIT int layout
   * @throws IllegalArgumentException when the position is outside 0..31
   */
  public static int mask(int bit) {
    if (bit < 0 || bit > 31) {
      throw new IllegalArgumentException("flag bit " + bit);
    }
    return 0x8000_0000 >>> bit;
  }

  /**
   * @param flags flags in the MIT int layout
   * @param bit position 0..31
   * @return whether the bit is set
   */
  public static boolean isSet(int flags, int bit) {
    return (flags & mask(bit)) != 0;
  }

  /**
   * @param flags flags in the MIT int layout
   * @param namer names a bit position
   * @return the names of the set bits in bit order, comma separated
   */
  public static String describe(int flags, IntFunction<String> namer) {
    StringBuilder sb = new StringBuilder();
    for (int bit = 0; bit < 32; bit++) {
      if (isSet(flags, bit)) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append(namer.apply(bit));
      }
    }
    return sb.toString();
  }
}

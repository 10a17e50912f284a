package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;

/** Bounds checks for caller-supplied (array, offset, length) triples, without overflow. */
final class Ranges {

  private Ranges() {}

  /**
   * Checks that {@code [off, off + len)} lies inside {@code a}, written so that no addition can
   * overflow.
   *
   * @throws KrbCryptoException BAD_BUFFER when it does not
   */
  static void check(byte[] a, int off, int len, String what) throws KrbCryptoException {
    if (off < 0 || len < 0 || off > a.length || len > a.length - off) {
      throw new KrbCryptoException(Reason.BAD_BUFFER, what + ": offset " + off + " length " + len
          + " outside an array of " + a.length);
    }
  }

  /**
   * @return true when the two ranges share at least one byte of the same array
   */
  static boolean overlap(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
    return a == b && aLen > 0 && bLen > 0 && aOff < bOff + bLen && bOff < aOff + aLen;
  }
}

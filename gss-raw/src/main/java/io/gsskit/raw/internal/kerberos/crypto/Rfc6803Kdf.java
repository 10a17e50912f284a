package io.gsskit.raw.internal.kerberos.crypto;

import java.util.Arrays;

/**
 * RFC 6803 §2 KDF-FEEDBACK-CMAC (NIST SP 800-108 feedback mode with a counter, PRF =
 * CMAC-Camellia): {@code K(0) = 0^128}, {@code K(i) = CMAC(key, K(i-1) | i | constant | 0x00 | k)}
 * with {@code i} and {@code k} (the output length in bits) as 4-byte big-endian numbers, output
 * {@code K(1) | K(2) | …} truncated to {@code k} bits. {@code DK(key, constant)} is this with
 * {@code k} the key length (random-to-key is the identity).
 */
final class Rfc6803Kdf {

  private Rfc6803Kdf() {}

  static byte[] derive(byte[] baseKey, byte[] constant, int outLength) throws KrbCryptoException {
    byte[] out = new byte[outLength];
    byte[] k = new byte[16];
    byte[] bits = be32(outLength * 8);
    BcCmac mac = new BcCmac(baseKey);
    try {
      for (int i = 1, pos = 0; pos < outLength; i++, pos += 16) {
        mac.update(k, 0, 16);
        byte[] counter = be32(i);
        mac.update(counter, 0, 4);
        mac.update(constant, 0, constant.length);
        mac.update(new byte[1], 0, 1);
        mac.update(bits, 0, 4);
        mac.doFinal(k, 0);
        System.arraycopy(k, 0, out, pos, Math.min(16, outLength - pos));
      }
      return out;
    } finally {
      Arrays.fill(k, (byte) 0);
      mac.destroy();
    }
  }

  static byte[] be32(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }
}

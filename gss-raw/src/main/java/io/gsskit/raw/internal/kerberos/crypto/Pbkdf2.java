package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.util.Arrays;

/**
 * PBKDF2 (RFC 8018 §5.2) over the JDK's HMAC. The JDK's own {@code PBKDF2WithHmacSHA*}
 * secret-key factories give the same bytes (a test checks it) but refuse an empty salt and take
 * the password as {@code char[]}; Kerberos passes the password as a UTF-8 octet string and allows
 * an empty salt, so the iteration is done here on a reused {@link javax.crypto.Mac}.
 */
final class Pbkdf2 {

  private Pbkdf2() {}

  /**
   * @param hmac {@code "HmacSHA1"}, {@code "HmacSHA256"} or {@code "HmacSHA384"}
   * @param password the password octets (UTF-8)
   * @param salt the salt octets
   * @param iterations at least 1
   * @param outLength the derived key length in bytes
   */
  static byte[] derive(String hmac, byte[] password, byte[] salt, int iterations, int outLength)
      throws KrbCryptoException {
    if (iterations < 1) {
      throw new KrbCryptoException(Reason.BAD_PARAMS, "iteration count " + iterations);
    }
    JceMac mac = new JceMac(hmac, password);
    int h = mac.length();
    byte[] out = new byte[outLength];
    byte[] u = new byte[h];
    byte[] t = new byte[h];
    try {
      for (int block = 1, pos = 0; pos < outLength; block++, pos += h) {
        mac.update(salt, 0, salt.length);
        mac.update(Rfc6803Kdf.be32(block), 0, 4);
        mac.doFinal(u, 0);
        System.arraycopy(u, 0, t, 0, h);
        for (int i = 1; i < iterations; i++) {
          mac.update(u, 0, h);
          mac.doFinal(u, 0);
          for (int j = 0; j < h; j++) {
            t[j] ^= u[j];
          }
        }
        System.arraycopy(t, 0, out, pos, Math.min(h, outLength - pos));
      }
      return out;
    } finally {
      Arrays.fill(u, (byte) 0);
      Arrays.fill(t, (byte) 0);
      mac.destroy();
    }
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudo-random functions (RFC 3961 §3):
 * <ul>
 *   <li>RFC 3962 §4 (simplified profile, RFC 3961 §5.3): {@code E(DK(key, "prf"),
 *       SHA1(input)[0..16))}, 16 bytes;</li>
 *   <li>RFC 6803 §3: {@code CMAC(DK(key, "prf"), input)}, 16 bytes;</li>
 *   <li>RFC 8009 §5: {@code KDF-HMAC-SHA2(key, "prf", input, 256|384)}, 32 or 48 bytes;</li>
 *   <li>arcfour-hmac (as MIT krb5): {@code HMAC-SHA1(key, input)}, 20 bytes.</li>
 * </ul>
 */
final class Prf {

  private static final byte[] PRF = "prf".getBytes(StandardCharsets.US_ASCII);

  private Prf() {}

  static byte[] prf(EncType t, byte[] key, byte[] input) throws KrbCryptoException {
    switch (t.family()) {
      case AES_SHA1: {
        byte[] dk = Rfc3961Dk.deriveAes(key, PRF);
        try {
          byte[] h = MessageDigest.getInstance("SHA-1").digest(input);
          Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
          ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(dk, "AES"));
          return ecb.doFinal(h, 0, 16);
        } catch (GeneralSecurityException e) {
          throw new KrbCryptoException(Reason.INTERNAL, "AES PRF", e);
        } finally {
          Arrays.fill(dk, (byte) 0);
        }
      }
      case CAMELLIA: {
        byte[] dk = Rfc6803Kdf.derive(key, PRF, key.length);
        try {
          return BcCmac.cmac(dk, input);
        } finally {
          Arrays.fill(dk, (byte) 0);
        }
      }
      case AES_SHA2:
        return Rfc8009Kdf.kdf(key.length == 16 ? "HmacSHA256" : "HmacSHA384", key, PRF, input,
            t.prfLength());
      case RC4:
        return JceMac.hmac("HmacSHA1", key, input);
      default:
        throw new KrbCryptoException(Reason.UNSUPPORTED, "PRF for " + t);
    }
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The hmac-md5 checksum (-138) of RFC 4757 §4:
 * {@code Ksign = HMAC-MD5(key, "signaturekey\0")},
 * {@code tmp = MD5(usage as 4-byte little-endian | data)},
 * {@code checksum = HMAC-MD5(Ksign, tmp)}, with the usage translated as in {@link Rc4Usage}.
 * Keyed once per usage and reused; not thread-safe.
 */
final class HmacMd5Checksum {

  private static final byte[] SIGNATURE_KEY =
      "signaturekey\0".getBytes(StandardCharsets.US_ASCII);

  private final JceMac sign;
  private final MessageDigest md5;
  private final byte[] usage;
  private final byte[] tmp = new byte[16];

  HmacMd5Checksum(byte[] key, int usage) throws KrbCryptoException {
    byte[] ksign = JceMac.hmac("HmacMD5", key, SIGNATURE_KEY);
    try {
      this.sign = new JceMac("HmacMD5", ksign);
      this.md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "MD5 unavailable", e);
    } finally {
      Arrays.fill(ksign, (byte) 0);
    }
    this.usage = Rc4Usage.le32(Rc4Usage.translate(usage));
  }

  void update(byte[] in, int off, int len) {
    md5.update(in, off, len);
  }

  /** Starts a checksum; call before the data. */
  void start() {
    md5.reset();
    md5.update(usage, 0, 4);
  }

  /** Writes the 16-byte checksum at {@code out[off..]}. */
  void finish(byte[] out, int off) throws KrbCryptoException {
    try {
      md5.digest(tmp, 0, 16);
    } catch (java.security.DigestException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "MD5 output", e);
    }
    sign.update(tmp, 0, 16);
    sign.doFinal(out, off);
  }

  void destroy() {
    sign.destroy();
    md5.reset();
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import java.util.Arrays;

/**
 * RFC 8009 §3 KDF-HMAC-SHA2 (NIST SP 800-108 counter mode, PRF = HMAC-SHA-256 or -384):
 * {@code k-truncate(HMAC(key, 0x00000001 | label | 0x00 | context | k))} with {@code k} the output
 * length in bits as a 4-byte big-endian number. Every output this RFC needs (≤ 384 bits) fits in
 * one HMAC, so there is one iteration.
 */
final class Rfc8009Kdf {

  private Rfc8009Kdf() {}

  /**
   * @param hmac {@code "HmacSHA256"} or {@code "HmacSHA384"}
   * @param key the base key
   * @param label the label (usage constant, "kerberos" or "prf")
   * @param context the context (empty for key derivation; the PRF input for the PRF)
   * @param outLength the output length in bytes, at most the HMAC length
   */
  static byte[] kdf(String hmac, byte[] key, byte[] label, byte[] context, int outLength)
      throws KrbCryptoException {
    byte[] full = JceMac.hmac(hmac, key, Rfc6803Kdf.be32(1), label, new byte[1], context,
        Rfc6803Kdf.be32(outLength * 8));
    byte[] out = Arrays.copyOf(full, outLength);
    Arrays.fill(full, (byte) 0);
    return out;
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 3961 §5.1 key derivation for the AES enctypes of RFC 3962:
 * {@code DK(Key, Constant) = random-to-key(DR(Key, Constant))}, where DR n-folds the constant to
 * the block size (when it is not already one block), then encrypts it with the base key, and
 * keeps encrypting the previous output until enough bytes exist. For AES, encrypting one block
 * with CTS and a zero IV is one AES block operation, and random-to-key is the identity.
 */
final class Rfc3961Dk {

  private static final String ECB = "AES/ECB/NoPadding";

  private Rfc3961Dk() {}

  /**
   * @param baseKey the AES base key (16 or 32 bytes)
   * @param constant the derivation constant, e.g. usage | 0x99, or "kerberos"
   * @return the derived key, as long as the base key
   */
  static byte[] deriveAes(byte[] baseKey, byte[] constant) throws KrbCryptoException {
    byte[] block = constant.length == BlockCipher.BLOCK ? constant.clone()
        : NFold.fold(constant, BlockCipher.BLOCK);
    return deriveAesFromBlock(baseKey, block);
  }

  /**
   * The usage key {@code DK(baseKey, usage | kind)} (RFC 3961 §5.3), with the n-folded constant
   * taken from {@link FoldedUsageConstants}; equal to {@code deriveAes(baseKey,
   * usageConstant(usage, kind))}.
   */
  static byte[] deriveAesUsage(byte[] baseKey, int usage, int kind) throws KrbCryptoException {
    byte[] block = new byte[BlockCipher.BLOCK];
    FoldedUsageConstants.copyBlock(usage, kind, block);
    return deriveAesFromBlock(baseKey, block);
  }

  /**
   * As {@link #deriveAesUsage(byte[], int, int)} with a pooled ECB cipher the caller already keyed
   * with the base key (to derive Ke, Ki and Kc of one key with one key schedule).
   *
   * @param keyLength the base key's length (16 or 32)
   */
  static byte[] deriveAesUsage(Cipher keyedEcb, int keyLength, int usage, int kind)
      throws KrbCryptoException {
    byte[] block = new byte[BlockCipher.BLOCK];
    FoldedUsageConstants.copyBlock(usage, kind, block);
    byte[] out = new byte[keyLength];
    try {
      encryptChain(keyedEcb, block, out);
      return out;
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.BAD_KEY, "AES base key rejected", e);
    } finally {
      Arrays.fill(block, (byte) 0);
    }
  }

  /** A pooled {@code AES/ECB/NoPadding} encryptor keyed with the base key; see {@link JcePool}. */
  static Cipher keyedEcb(byte[] baseKey) throws KrbCryptoException {
    Cipher ecb = JcePool.cipher(ECB);
    try {
      ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(baseKey, "AES"));
      return ecb;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new KrbCryptoException(Reason.BAD_KEY, "AES base key rejected", e);
    }
  }

  /** Hands a cipher from {@link #keyedEcb} back to the pool (re-keyed there). */
  static void releaseEcb(Cipher ecb) {
    JcePool.release(ecb, ECB);
  }

  private static void encryptChain(Cipher ecb, byte[] block, byte[] out)
      throws GeneralSecurityException {
    for (int pos = 0; pos < out.length; pos += BlockCipher.BLOCK) {
      ecb.doFinal(block, 0, BlockCipher.BLOCK, block, 0);
      System.arraycopy(block, 0, out, pos, Math.min(BlockCipher.BLOCK, out.length - pos));
    }
  }

  /** DR with an already folded one-block constant, which this method overwrites and zeroes. */
  private static byte[] deriveAesFromBlock(byte[] baseKey, byte[] block)
      throws KrbCryptoException {
    byte[] out = new byte[baseKey.length];
    try {
      Cipher ecb = JcePool.cipher(ECB);
      try {
        ecb.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(baseKey, "AES"));
        encryptChain(ecb, block, out);
      } finally {
        JcePool.release(ecb, ECB);
      }
      return out;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new KrbCryptoException(Reason.BAD_KEY, "AES base key rejected", e);
    } finally {
      Arrays.fill(block, (byte) 0);
    }
  }

  /** The 5-byte RFC 3961 §5.3 usage constant: 4-byte big-endian usage then the kind octet. */
  static byte[] usageConstant(int usage, int kind) {
    return new byte[] {
        (byte) (usage >>> 24), (byte) (usage >>> 16), (byte) (usage >>> 8), (byte) usage,
        (byte) kind};
  }

  /** Kind octet of the checksum key Kc (RFC 3961 §5.3). */
  static final int KC = 0x99;
  /** Kind octet of the encryption key Ke. */
  static final int KE = 0xAA;
  /** Kind octet of the integrity key Ki. */
  static final int KI = 0x55;
}

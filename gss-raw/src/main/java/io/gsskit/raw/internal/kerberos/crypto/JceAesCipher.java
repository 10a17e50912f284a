package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import org.jspecify.annotations.Nullable;

/**
 * AES through the JDK's {@code AES/CBC/NoPadding} (hardware-accelerated intrinsics in HotSpot),
 * one cipher per direction, created on first use and reused for every message: after a
 * {@code doFinal} a JCE CBC cipher is back at its initial (zero) IV, so no re-initialisation is
 * needed per message. Not thread-safe.
 */
final class JceAesCipher implements BlockCipher {

  private static final String CBC = "AES/CBC/NoPadding";
  private static final IvParameterSpec ZERO_IV = new IvParameterSpec(new byte[16]);

  private final RawSecretKey key;
  private final byte[] sink = new byte[16];
  private @Nullable Cipher enc;
  private @Nullable Cipher dec;

  JceAesCipher(byte[] key) throws KrbCryptoException {
    if (key.length != 16 && key.length != 32) {
      throw new KrbCryptoException(Reason.BAD_KEY, "AES key of " + key.length + " bytes");
    }
    this.key = new RawSecretKey("AES", key);
  }

  private Cipher enc() throws KrbCryptoException {
    Cipher c = enc;
    if (c == null) {
      c = newCipher(Cipher.ENCRYPT_MODE);
      enc = c;
    }
    return c;
  }

  private Cipher dec() throws KrbCryptoException {
    Cipher c = dec;
    if (c == null) {
      c = newCipher(Cipher.DECRYPT_MODE);
      dec = c;
    }
    return c;
  }

  private Cipher newCipher(int mode) throws KrbCryptoException {
    try {
      Cipher c = JcePool.cipher(CBC);
      c.init(mode, key, ZERO_IV);
      return c;
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "AES/CBC/NoPadding unavailable", e);
    }
  }

  @Override
  public void cbcEncrypt(byte[] in, int inOff, int len, byte[] out, int outOff)
      throws KrbCryptoException {
    try {
      int n = enc().update(in, inOff, len, out, outOff);
      if (n != len) {
        throw new KrbCryptoException(Reason.INTERNAL, "CBC update returned " + n + " of " + len);
      }
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "AES-CBC encryption failed", e);
    }
  }

  @Override
  public void cbcEncryptFinal(byte[] in, int inOff, int len, byte[] out, int outOff)
      throws KrbCryptoException {
    try {
      int n = enc().doFinal(in, inOff, len, out, outOff);
      if (n != len) {
        throw new KrbCryptoException(Reason.INTERNAL, "CBC doFinal returned " + n + " of " + len);
      }
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "AES-CBC encryption failed", e);
    }
  }

  /**
   * Uses {@code update} and then an empty {@code doFinal} to reset the chain: the JDK's CBC
   * {@code doFinal} in decrypt mode stages the whole output in a temporary array (an allocation
   * and a copy of the message), {@code update} writes straight into the caller's array.
   */
  @Override
  public void cbcDecrypt(byte[] in, int inOff, int len, byte[] out, int outOff)
      throws KrbCryptoException {
    Cipher c = dec();
    try {
      int n = c.update(in, inOff, len, out, outOff);
      int m = c.doFinal(sink, 0);
      if (n != len || m != 0) {
        throw new KrbCryptoException(Reason.INTERNAL, "CBC update returned " + n + " of " + len);
      }
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "AES-CBC decryption failed", e);
    }
  }

  @Override
  public void cbcDecryptMore(byte[] in, int inOff, int len, byte[] out, int outOff)
      throws KrbCryptoException {
    try {
      int n = dec().update(in, inOff, len, out, outOff);
      if (n != len) {
        throw new KrbCryptoException(Reason.INTERNAL, "CBC update returned " + n + " of " + len);
      }
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "AES-CBC decryption failed", e);
    }
  }

  /** An empty {@code doFinal}: the JDK's CBC cipher is back at its initial (zero) IV. */
  @Override
  public void cbcDecryptEnd() throws KrbCryptoException {
    try {
      int m = dec().doFinal(sink, 0);
      if (m != 0) {
        throw new KrbCryptoException(Reason.INTERNAL, "CBC doFinal returned " + m);
      }
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "AES-CBC decryption failed", e);
    }
  }

  /**
   * One AES block decryption through the CBC decryptor: at its initial (zero) IV, CBC decryption
   * of one block is the block decryption, and the empty {@code doFinal} resets the chain. Saves a
   * second cipher (and key schedule) per key.
   */
  @Override
  public void decryptBlock(byte[] in, int inOff, byte[] out, int outOff)
      throws KrbCryptoException {
    Cipher c = dec();
    try {
      int n = c.update(in, inOff, BLOCK, out, outOff);
      int m = c.doFinal(sink, 0);
      if (n != BLOCK || m != 0) {
        throw new KrbCryptoException(Reason.INTERNAL, "CBC update returned " + n);
      }
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "AES decryption failed", e);
    }
  }

  @Override
  public void destroy() {
    key.destroy();
    // Back to the pool, re-keyed with a zero key there: the schedules of this key do not linger.
    if (enc != null) {
      JcePool.release(enc, CBC);
    }
    if (dec != null) {
      JcePool.release(dec, CBC);
    }
    enc = null;
    dec = null;
  }
}

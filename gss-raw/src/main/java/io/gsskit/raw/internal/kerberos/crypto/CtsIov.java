package io.gsskit.raw.internal.kerberos.crypto;

import static io.gsskit.raw.internal.kerberos.crypto.CbcCts.HEAD;

import java.util.Arrays;

/**
 * Encryption with IOVs for the CBC-CS3 enctypes ({@link CtsUsageKeys}): the ciphertext stream is
 * {@code E(Ke, confounder | DATA₁ | DATA₂ | …)} exactly as if the DATA buffers were one
 * plaintext (so without SIGN_ONLY buffers the result equals a plain RFC 3961 encryption), and the
 * integrity tag also covers the SIGN_ONLY buffers, in their array position among the DATA
 * buffers:
 *
 * <ul>
 *   <li>RFC 3961 §5.3 simplified profile (RFC 3962 AES with HMAC-SHA1-96, RFC 6803 Camellia with
 *       CMAC), MAC-then-encrypt: {@code H(Ki, confounder | B₁ | B₂ | …)} over the plaintext, where
 *       Bᵢ is the i-th buffer, DATA as plaintext, SIGN_ONLY as is.
 *   <li>RFC 8009 §5 encrypt-then-MAC: {@code HMAC(Ki, IV | C(confounder) | B₁ | B₂ | …)} with
 *       the DATA buffers as ciphertext, SIGN_ONLY as is, IV zero.
 * </ul>
 *
 * <p>This is MIT krb5's {@code krb5_c_encrypt_iov}/{@code krb5_c_decrypt_iov} behaviour for a
 * HEADER | DATA/SIGN_ONLY… | TRAILER array (lib/crypto/krb/enc_dk_hmac.c and enc_dk_cmac.c MAC
 * the plaintext before encrypting; enc_etm.c MACs IV and ciphertext after encrypting; both MAC
 * every HEADER, DATA, PADDING and SIGN_ONLY buffer in array order, aead.h {@code SIGN_IOV}),
 * which RFC 4121 IOV and AEAD wrap tokens with associated data rely on.
 *
 * <p>The DATA buffers are gathered into one working array, processed there and scattered back
 * only at the end; decryption scatters nothing unless the tag verified, so on
 * {@code INTEGRITY_FAILED} the DATA buffers still hold their ciphertext and no plaintext is
 * released. Stateless; runs on the (not thread-safe) engine it is given.
 */
final class CtsIov {

  private static final byte[] ZERO_IV = new byte[16];
  private static final byte[] EMPTY = new byte[0];

  private CtsIov() {}

  /**
   * Encrypts; the caller ({@link UsageKeys#encryptIov}) has checked every range.
   *
   * @param dataLen the sum of the DATA lengths
   */
  static void encrypt(CtsUsageKeys k, CryptoIov[] bufs, int dataLen, byte[] header, int headerOff,
      byte[] trailer, int trailerOff) throws KrbCryptoException {
    CbcCts c = k.cts();
    MacEngine ki = k.integrity();
    boolean etm = encryptThenMac(k);
    byte[] work = new byte[HEAD + dataLen];
    try {
      gather(bufs, work, HEAD);
      k.confounders.next(k.confounder, 0, HEAD);
      if (!etm) {
        ki.update(k.confounder, 0, HEAD);
        macBuffers(ki, bufs, work, HEAD);
      }
      // In place: the body's ciphertext lands where its plaintext was, the confounder's before.
      c.encrypt(k.confounder, work, HEAD, dataLen, EMPTY, 0, 0, work, 0);
      if (etm) {
        ki.update(ZERO_IV, 0, ZERO_IV.length);
        ki.update(work, 0, HEAD);
        macBuffers(ki, bufs, work, HEAD);
      }
      byte[] tag = k.computed();
      ki.doFinal(tag, 0);
      System.arraycopy(work, 0, header, headerOff, HEAD);
      scatter(work, HEAD, bufs);
      System.arraycopy(tag, 0, trailer, trailerOff, k.macLength());
    } finally {
      Arrays.fill(work, (byte) 0);
      Arrays.fill(k.confounder, (byte) 0);
    }
  }

  /**
   * Verifies and decrypts; the caller ({@link UsageKeys#decryptIov}) has checked every range.
   *
   * @param dataLen the sum of the DATA lengths
   * @throws KrbCryptoException INTEGRITY_FAILED with every DATA buffer unchanged
   */
  static void decrypt(CtsUsageKeys k, byte[] header, int headerOff, CryptoIov[] bufs,
      int dataLen, byte[] trailer, int trailerOff) throws KrbCryptoException {
    CbcCts c = k.cts();
    MacEngine ki = k.integrity();
    boolean etm = encryptThenMac(k);
    int h = k.macLength();
    byte[] work = new byte[HEAD + dataLen];
    try {
      System.arraycopy(header, headerOff, work, 0, HEAD);
      gather(bufs, work, HEAD);
      byte[] tag = k.received();
      System.arraycopy(trailer, trailerOff, tag, 0, h);
      if (etm) {
        ki.update(ZERO_IV, 0, ZERO_IV.length);
        ki.update(work, 0, HEAD);
        macBuffers(ki, bufs, work, HEAD);
        ki.doFinal(k.computed(), 0);
        k.verifyTag(tag, 0, h);
        c.decrypt(work, 0, work.length, k.confounder, work, HEAD, dataLen, EMPTY, 0, 0);
      } else {
        c.decrypt(work, 0, work.length, k.confounder, work, HEAD, dataLen, EMPTY, 0, 0);
        ki.update(k.confounder, 0, HEAD);
        macBuffers(ki, bufs, work, HEAD);
        ki.doFinal(k.computed(), 0);
        k.verifyTag(tag, 0, h);
      }
      scatter(work, HEAD, bufs);
    } finally {
      Arrays.fill(work, (byte) 0);
      Arrays.fill(k.confounder, (byte) 0);
    }
  }

  private static boolean encryptThenMac(CtsUsageKeys k) {
    return k.encType().family() == EncFamily.AES_SHA2;
  }

  /** Feeds the buffers in order: DATA from {@code work} (consecutively from pos), SIGN_ONLY as is. */
  private static void macBuffers(MacEngine ki, CryptoIov[] bufs, byte[] work, int pos) {
    for (CryptoIov b : bufs) {
      if (b.isSignOnly()) {
        ki.update(b.array(), b.offset(), b.length());
      } else {
        ki.update(work, pos, b.length());
        pos += b.length();
      }
    }
  }

  /** Copies the DATA buffers, in order, to {@code work[pos..]}. */
  private static void gather(CryptoIov[] bufs, byte[] work, int pos) {
    for (CryptoIov b : bufs) {
      if (!b.isSignOnly()) {
        System.arraycopy(b.array(), b.offset(), work, pos, b.length());
        pos += b.length();
      }
    }
  }

  /** Copies {@code work[pos..]} back into the DATA buffers, in order. */
  private static void scatter(byte[] work, int pos, CryptoIov[] bufs) {
    for (CryptoIov b : bufs) {
      if (!b.isSignOnly()) {
        System.arraycopy(work, pos, b.array(), b.offset(), b.length());
        pos += b.length();
      }
    }
  }
}

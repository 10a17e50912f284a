package io.gsskit.raw.internal.kerberos.crypto;

import java.util.concurrent.Future;

/**
 * RFC 8009 §5 encrypt-then-MAC: {@code C = E(Ke, confounder | plaintext)} (AES CBC-CS3, IV
 * zero), {@code H = HMAC(Ki, IV | C)[0..h)}, ciphertext {@code C | H}; checksum
 * {@code HMAC(Kc, data)[0..h)}; Ke/Ki/Kc from KDF-HMAC-SHA2. h = 16 (SHA-256) or 24 (SHA-384).
 * The MAC is verified before anything is decrypted. Large messages have their MAC computed on a
 * second core while they are encrypted ({@link ParallelMac}). Not thread-safe.
 */
final class AesSha2UsageKeys extends CtsUsageKeys {

  private static final byte[] ZERO_IV = new byte[16];

  private final String hmac;

  AesSha2UsageKeys(EncType t, int usage, byte[] key, ConfounderSource confounders) {
    super(t, usage, key, confounders, t.keyLength() == 16 ? 16 : 24);
    this.hmac = t.keyLength() == 16 ? "HmacSHA256" : "HmacSHA384";
  }

  private byte[] derive(int kind, int length) throws KrbCryptoException {
    return Rfc8009Kdf.kdf(hmac, baseKey, Rfc3961Dk.usageConstant(usage(), kind), new byte[0],
        length);
  }

  @Override
  byte[] cipherKey() throws KrbCryptoException {
    return derive(Rfc3961Dk.KE, baseKey.length);
  }

  @Override
  byte[] macKey(int kind) throws KrbCryptoException {
    return derive(kind, macLength());
  }

  @Override
  BlockCipher newCipher(byte[] ke) throws KrbCryptoException {
    return new JceAesCipher(ke);
  }

  @Override
  MacEngine newMacEngine(byte[] key) throws KrbCryptoException {
    return PrecomputedHmac.create(hmac, key);
  }

  @Override
  void doEncrypt(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2, byte[] out,
      int outOff) throws KrbCryptoException {
    CbcCts c = cts();
    MacEngine ki = integrity();
    confounders.next(confounder, 0, CbcCts.HEAD);
    int cipherLen = CbcCts.HEAD + len1 + len2;
    byte[] tag = computed();
    if (!ParallelMac.worthIt(cipherLen) || !encryptPipelined(c, ki, in1, off1, len1, in2, off2,
        len2, out, outOff, tag)) {
      c.encrypt(confounder, in1, off1, len1, in2, off2, len2, out, outOff);
      ki.update(ZERO_IV, 0, 16);
      ki.update(out, outOff, cipherLen);
      ki.doFinal(tag, 0);
    }
    System.arraycopy(tag, 0, out, outOff + cipherLen, macLength());
  }

  /**
   * Encrypts with the MAC of IV | C computed on a worker that follows the encryption chunk by
   * chunk ({@link ParallelMac}, {@link MacPipeline}). Only ciphertext the encryption will not
   * rewrite is MACed, so in-place encryption is fine too.
   *
   * @return false when no worker was idle (nothing was done)
   */
  private boolean encryptPipelined(CbcCts c, MacEngine ki, byte[] in1, int off1, int len1,
      byte[] in2, int off2, int len2, byte[] out, int outOff, byte[] tag)
      throws KrbCryptoException {
    MacPipeline pipe = new MacPipeline(ki, ZERO_IV, out, outOff, tag);
    Future<Void> f = ParallelMac.trySubmit(pipe);
    if (f == null) {
      return false;
    }
    try {
      c.encrypt(confounder, in1, off1, len1, in2, off2, len2, out, outOff, pipe);
      pipe.finish();
    } catch (KrbCryptoException | RuntimeException | Error e) {
      pipe.abort();
      ParallelMac.await(f);
      throw e;
    }
    ParallelMac.await(f);
    return true;
  }

  @Override
  void doDecrypt(byte[] in, int off, int len, byte[] out, int outOff, int bodyLen,
      byte[] trailer, int trailerOff, int trailerLen) throws KrbCryptoException {
    CbcCts c = cts();
    MacEngine ki = integrity();
    int cipherLen = len - macLength();
    ki.update(ZERO_IV, 0, 16);
    ki.update(in, off, cipherLen);
    ki.doFinal(computed(), 0);
    verifyTag(in, off + cipherLen, macLength());
    c.decrypt(in, off, cipherLen, confounder, out, outOff, bodyLen, trailer, trailerOff,
        trailerLen);
  }
}

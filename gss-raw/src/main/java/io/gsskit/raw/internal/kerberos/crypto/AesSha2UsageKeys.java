package io.gsskit.raw.internal.kerberos.crypto;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * RFC 8009 §5 encrypt-then-MAC: {@code C = E(Ke, confounder | plaintext)} (AES CBC-CS3, IV
 * zero), {@code H = HMAC(Ki, IV | C)[0..h)}, ciphertext {@code C | H}; checksum
 * {@code HMAC(Kc, data)[0..h)}; Ke/Ki/Kc from KDF-HMAC-SHA2. h = 16 (SHA-256) or 24 (SHA-384).
 * The MAC is verified before anything is decrypted. Not thread-safe.
 */
final class AesSha2UsageKeys extends UsageKeys {

  private static final byte[] ZERO_IV = new byte[16];

  private final String hmac;
  private final int macLength;
  private final byte[] confounder = new byte[CbcCts.HEAD];
  private @Nullable BlockCipher cipher;
  private @Nullable CbcCts cts;
  private @Nullable MacEngine integrity;
  private @Nullable MacEngine checksum;

  AesSha2UsageKeys(EncType t, int usage, byte[] key, ConfounderSource confounders) {
    super(t, usage, key, confounders);
    boolean aes128 = t.keyLength() == 16;
    this.hmac = aes128 ? "HmacSHA256" : "HmacSHA384";
    this.macLength = aes128 ? 16 : 24;
  }

  @Override
  public int confounderLength() {
    return CbcCts.HEAD;
  }

  @Override
  public int macLength() {
    return macLength;
  }

  @Override
  public int bodyOffset() {
    return CbcCts.HEAD;
  }

  @Override
  public int checksumLength() {
    return macLength;
  }

  private byte[] derive(int kind, int length) throws KrbCryptoException {
    return Rfc8009Kdf.kdf(hmac, baseKey, Rfc3961Dk.usageConstant(usage(), kind), new byte[0],
        length);
  }

  private MacEngine newMac(byte[] key) throws KrbCryptoException {
    try {
      return new JceMac(hmac, key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private CbcCts cts() throws KrbCryptoException {
    CbcCts c = cts;
    if (c == null) {
      byte[] ke = derive(Rfc3961Dk.KE, baseKey.length);
      try {
        BlockCipher b = new JceAesCipher(ke);
        cipher = b;
        c = new CbcCts(b);
        cts = c;
      } finally {
        Arrays.fill(ke, (byte) 0);
      }
    }
    return c;
  }

  private MacEngine integrity() throws KrbCryptoException {
    MacEngine m = integrity;
    if (m == null) {
      m = newMac(derive(Rfc3961Dk.KI, macLength));
      integrity = m;
    }
    return m;
  }

  @Override
  void doEncrypt(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2, byte[] out,
      int outOff) throws KrbCryptoException {
    CbcCts c = cts();
    MacEngine ki = integrity();
    confounders.next(confounder, 0, CbcCts.HEAD);
    int cipherLen = CbcCts.HEAD + len1 + len2;
    c.encrypt(confounder, in1, off1, len1, in2, off2, len2, out, outOff);
    ki.update(ZERO_IV, 0, 16);
    ki.update(out, outOff, cipherLen);
    byte[] tag = computed();
    ki.doFinal(tag, 0);
    System.arraycopy(tag, 0, out, outOff + cipherLen, macLength);
  }

  @Override
  void doDecrypt(byte[] in, int off, int len, byte[] out, int outOff, int bodyLen,
      byte[] trailer, int trailerOff, int trailerLen) throws KrbCryptoException {
    CbcCts c = cts();
    MacEngine ki = integrity();
    int cipherLen = len - macLength;
    ki.update(ZERO_IV, 0, 16);
    ki.update(in, off, cipherLen);
    ki.doFinal(computed(), 0);
    verifyTag(in, off + cipherLen, macLength);
    c.decrypt(in, off, cipherLen, confounder, out, outOff, bodyLen, trailer, trailerOff,
        trailerLen);
  }

  @Override
  void computeChecksum(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] dst) throws KrbCryptoException {
    MacEngine kc = checksum;
    if (kc == null) {
      kc = newMac(derive(Rfc3961Dk.KC, macLength));
      checksum = kc;
    }
    kc.update(in1, off1, len1);
    kc.update(in2, off2, len2);
    kc.doFinal(dst, 0);
  }

  @Override
  void destroyEngines() {
    Arrays.fill(confounder, (byte) 0);
    if (cipher != null) {
      cipher.destroy();
    }
    if (integrity != null) {
      integrity.destroy();
    }
    if (checksum != null) {
      checksum.destroy();
    }
    cipher = null;
    cts = null;
    integrity = null;
    checksum = null;
  }
}

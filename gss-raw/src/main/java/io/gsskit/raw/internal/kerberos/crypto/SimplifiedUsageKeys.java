package io.gsskit.raw.internal.kerberos.crypto;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 3961 §5.3 simplified profile, used by RFC 3962 (AES, HMAC-SHA1-96, DK with n-fold) and
 * RFC 6803 (Camellia, CMAC, KDF-FEEDBACK-CMAC):
 * {@code ciphertext = E(Ke, confounder | plaintext) | H(Ki, confounder | plaintext)[0..h)} with E
 * CBC-CS3 from a zero IV, and {@code checksum = H(Kc, data)[0..h)}. Not thread-safe.
 */
final class SimplifiedUsageKeys extends UsageKeys {

  private final boolean camellia;
  private final int macLength;
  private final byte[] confounder = new byte[CbcCts.HEAD];
  private @Nullable BlockCipher cipher;
  private @Nullable CbcCts cts;
  private @Nullable MacEngine integrity;
  private @Nullable MacEngine checksum;

  SimplifiedUsageKeys(EncType t, int usage, byte[] key, ConfounderSource confounders) {
    super(t, usage, key, confounders);
    this.camellia = t.family() == EncFamily.CAMELLIA;
    this.macLength = camellia ? 16 : 12;
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

  private byte[] derive(int kind) throws KrbCryptoException {
    byte[] constant = Rfc3961Dk.usageConstant(usage(), kind);
    return camellia ? Rfc6803Kdf.derive(baseKey, constant, baseKey.length)
        : Rfc3961Dk.deriveAes(baseKey, constant);
  }

  private MacEngine newMac(byte[] key) throws KrbCryptoException {
    try {
      return camellia ? new BcCmac(key) : new JceMac("HmacSHA1", key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private CbcCts cts() throws KrbCryptoException {
    CbcCts c = cts;
    if (c == null) {
      byte[] ke = derive(Rfc3961Dk.KE);
      try {
        BlockCipher b = camellia ? new BcCamelliaCipher(ke) : new JceAesCipher(ke);
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
      m = newMac(derive(Rfc3961Dk.KI));
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
    // H(Ki, conf | plaintext) first: the encryption may run in place over the plaintext.
    ki.update(confounder, 0, CbcCts.HEAD);
    ki.update(in1, off1, len1);
    ki.update(in2, off2, len2);
    byte[] tag = computed();
    ki.doFinal(tag, 0);
    c.encrypt(confounder, in1, off1, len1, in2, off2, len2, out, outOff);
    System.arraycopy(tag, 0, out, outOff + CbcCts.HEAD + len1 + len2, macLength);
  }

  @Override
  void doDecrypt(byte[] in, int off, int len, byte[] out, int outOff, int bodyLen,
      byte[] trailer, int trailerOff, int trailerLen) throws KrbCryptoException {
    CbcCts c = cts();
    MacEngine ki = integrity();
    int cipherLen = len - macLength;
    byte[] saved = received();
    System.arraycopy(in, off + cipherLen, saved, 0, macLength);
    c.decrypt(in, off, cipherLen, confounder, out, outOff, bodyLen, trailer, trailerOff,
        trailerLen);
    ki.update(confounder, 0, CbcCts.HEAD);
    ki.update(out, outOff, bodyLen);
    ki.update(trailer, trailerOff, trailerLen);
    ki.doFinal(computed(), 0);
    verifyTag(saved, 0, macLength);
  }

  @Override
  void computeChecksum(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] dst) throws KrbCryptoException {
    MacEngine kc = checksum;
    if (kc == null) {
      kc = newMac(derive(Rfc3961Dk.KC));
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

package io.gsskit.raw.internal.kerberos.crypto;

import java.util.concurrent.Future;
import javax.crypto.Cipher;
import org.jspecify.annotations.Nullable;

/**
 * The RFC 3961 §5.3 simplified profile, used by RFC 3962 (AES, HMAC-SHA1-96, DK with n-fold) and
 * RFC 6803 (Camellia, CMAC, KDF-FEEDBACK-CMAC):
 * {@code ciphertext = E(Ke, confounder | plaintext) | H(Ki, confounder | plaintext)[0..h)} with E
 * CBC-CS3 from a zero IV, and {@code checksum = H(Kc, data)[0..h)}. Large messages have their MAC
 * computed on a second core while they are encrypted ({@link ParallelMac}). Not thread-safe.
 */
final class SimplifiedUsageKeys extends CtsUsageKeys {

  private final boolean camellia;
  /** AES only: ECB keyed with the base key for the Ke/Ki/Kc derivations, until pooled again. */
  private @Nullable Cipher derivation;

  SimplifiedUsageKeys(EncType t, int usage, byte[] key, ConfounderSource confounders) {
    super(t, usage, key, confounders, t.family() == EncFamily.CAMELLIA ? 16 : 12);
    this.camellia = t.family() == EncFamily.CAMELLIA;
  }

  private byte[] derive(int kind) throws KrbCryptoException {
    return camellia
        ? Rfc6803Kdf.derive(baseKey, Rfc3961Dk.usageConstant(usage(), kind), baseKey.length)
        : Rfc3961Dk.deriveAesUsage(derivation(), baseKey.length, usage(), kind);
  }

  private Cipher derivation() throws KrbCryptoException {
    Cipher c = derivation;
    if (c == null) {
      c = Rfc3961Dk.keyedEcb(baseKey);
      derivation = c;
    }
    return c;
  }

  @Override
  void destroyDerivation() {
    Cipher c = derivation;
    derivation = null;
    if (c != null) {
      Rfc3961Dk.releaseEcb(c);
    }
  }

  @Override
  byte[] cipherKey() throws KrbCryptoException {
    return derive(Rfc3961Dk.KE);
  }

  @Override
  byte[] macKey(int kind) throws KrbCryptoException {
    return derive(kind);
  }

  @Override
  BlockCipher newCipher(byte[] ke) throws KrbCryptoException {
    return camellia ? new BcCamelliaCipher(ke) : new JceAesCipher(ke);
  }

  @Override
  MacEngine newMacEngine(byte[] key) throws KrbCryptoException {
    return camellia ? new BcCmac(key) : PrecomputedHmac.create("HmacSHA1", key);
  }

  @Override
  void doEncrypt(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2, byte[] out,
      int outOff) throws KrbCryptoException {
    CbcCts c = cts();
    MacEngine ki = integrity();
    confounders.next(confounder, 0, CbcCts.HEAD);
    byte[] tag = computed();
    int cipherLen = CbcCts.HEAD + len1 + len2;
    Future<Void> f = null;
    // Beside the encryption only when it cannot overwrite the plaintext the MAC still reads.
    if (ParallelMac.worthIt(cipherLen) && !Ranges.overlap(in1, off1, len1, out, outOff, cipherLen)
        && !Ranges.overlap(in2, off2, len2, out, outOff, cipherLen)) {
      byte[] a = in1;
      byte[] b = in2;
      f = ParallelMac.trySubmit(() -> {
        mac(ki, a, off1, len1, b, off2, len2, tag);
        return null;
      });
    }
    if (f == null) {
      // H(Ki, conf | plaintext) first: the encryption may run in place over the plaintext.
      mac(ki, in1, off1, len1, in2, off2, len2, tag);
      c.encrypt(confounder, in1, off1, len1, in2, off2, len2, out, outOff);
    } else {
      try {
        c.encrypt(confounder, in1, off1, len1, in2, off2, len2, out, outOff);
      } finally {
        ParallelMac.await(f);
      }
    }
    System.arraycopy(tag, 0, out, outOff + cipherLen, macLength());
  }

  private void mac(MacEngine ki, byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] tag) throws KrbCryptoException {
    ki.update(confounder, 0, CbcCts.HEAD);
    ki.update(in1, off1, len1);
    ki.update(in2, off2, len2);
    ki.doFinal(tag, 0);
  }

  @Override
  void doDecrypt(byte[] in, int off, int len, byte[] out, int outOff, int bodyLen,
      byte[] trailer, int trailerOff, int trailerLen) throws KrbCryptoException {
    CbcCts c = cts();
    MacEngine ki = integrity();
    int cipherLen = len - macLength();
    byte[] saved = received();
    System.arraycopy(in, off + cipherLen, saved, 0, macLength());
    c.decrypt(in, off, cipherLen, confounder, out, outOff, bodyLen, trailer, trailerOff,
        trailerLen);
    ki.update(confounder, 0, CbcCts.HEAD);
    ki.update(out, outOff, bodyLen);
    ki.update(trailer, trailerOff, trailerLen);
    ki.doFinal(computed(), 0);
    verifyTag(saved, 0, macLength());
  }
}

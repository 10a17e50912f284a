package io.gsskit.raw.internal.kerberos.crypto;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What the CBC-CS3 enctypes share (RFC 3961 §5.3 simplified profile as used by RFC 3962 and RFC
 * 6803, and RFC 8009): a {@link CbcCts#HEAD}-byte confounder before the body, a MAC of
 * {@link #macLength()} bytes after it, and three keys derived from the base key (Ke for the
 * cipher, Ki for the integrity MAC, Kc for checksums), each derived and set up on first use and
 * dropped by {@link #destroyEngines()}. Subclasses say how keys are derived, which cipher and MAC
 * run, and in which order encryption and MAC are applied. Not thread-safe.
 */
abstract sealed class CtsUsageKeys extends UsageKeys
    permits SimplifiedUsageKeys, AesSha2UsageKeys {

  private final int macLength;
  /** The confounder of the message being encrypted or decrypted; zeroed by destroy. */
  final byte[] confounder = new byte[CbcCts.HEAD];
  private @Nullable BlockCipher cipher;
  private @Nullable CbcCts cts;
  private @Nullable MacEngine integrity;
  private @Nullable MacEngine checksum;

  CtsUsageKeys(EncType t, int usage, byte[] key, ConfounderSource confounders, int macLength) {
    super(t, usage, key, confounders);
    this.macLength = macLength;
  }

  /** Derives Ke; the caller zeroes the result. */
  abstract byte[] cipherKey() throws KrbCryptoException;

  /** Derives Ki ({@link Rfc3961Dk#KI}) or Kc ({@link Rfc3961Dk#KC}); the caller zeroes it. */
  abstract byte[] macKey(int kind) throws KrbCryptoException;

  /** The block cipher keyed with {@code ke}, which the caller zeroes afterwards. */
  abstract BlockCipher newCipher(byte[] ke) throws KrbCryptoException;

  /** The MAC keyed with {@code key}, which the caller zeroes afterwards. */
  abstract MacEngine newMacEngine(byte[] key) throws KrbCryptoException;

  @Override
  public final int confounderLength() {
    return CbcCts.HEAD;
  }

  @Override
  public final int macLength() {
    return macLength;
  }

  @Override
  public final int bodyOffset() {
    return CbcCts.HEAD;
  }

  @Override
  public final int checksumLength() {
    return macLength;
  }

  private MacEngine newMac(byte[] key) throws KrbCryptoException {
    try {
      return newMacEngine(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** CBC-CS3 under Ke, created on first use. */
  final CbcCts cts() throws KrbCryptoException {
    CbcCts c = cts;
    if (c == null) {
      byte[] ke = cipherKey();
      try {
        BlockCipher b = newCipher(ke);
        cipher = b;
        c = new CbcCts(b);
        cts = c;
        derivedBoth();
      } finally {
        Arrays.fill(ke, (byte) 0);
      }
    }
    return c;
  }

  /** The integrity MAC under Ki, created on first use. */
  final MacEngine integrity() throws KrbCryptoException {
    MacEngine m = integrity;
    if (m == null) {
      m = newMac(macKey(Rfc3961Dk.KI));
      integrity = m;
      derivedBoth();
    }
    return m;
  }

  @Override
  final void computeChecksum(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] dst) throws KrbCryptoException {
    MacEngine kc = checksum;
    if (kc == null) {
      kc = newMac(macKey(Rfc3961Dk.KC));
      checksum = kc;
    }
    kc.update(in1, off1, len1);
    kc.update(in2, off2, len2);
    kc.doFinal(dst, 0);
  }

  /** Once Ke and Ki exist, en/decryption derives nothing more: the derivation state can go. */
  private void derivedBoth() {
    if (cts != null && integrity != null) {
      destroyDerivation();
    }
  }

  /**
   * Drops what the subclass keeps for deriving keys (a later derivation sets it up again);
   * called by {@link #destroyEngines()} and once Ke and Ki are both derived.
   */
  void destroyDerivation() {}

  @Override
  final void destroyEngines() {
    destroyDerivation();
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

package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One-shot Kerberos crypto for cold paths (KDC requests and replies, tickets, authenticators):
 * encrypt/decrypt with a key usage, keyed and unkeyed checksums, string-to-key, random-to-key,
 * PRF, PRF+ and KRB-FX-CF2. Each call builds a throw-away {@link UsageKeys}; per-message code
 * (RFC 4121 tokens) should keep a {@code UsageKeys} instead.
 *
 * <p>All methods are stateless and thread-safe. Every failure is a {@link KrbCryptoException};
 * {@code NullPointerException} only for null arguments not marked nullable.
 */
public final class KerberosCrypto {

  private KerberosCrypto() {}

  /**
   * Checks that a key can be used: implemented enctype, right length, not destroyed.
   *
   * @return the key's enctype
   */
  static EncType checkKey(KerberosKey key) throws KrbCryptoException {
    EncType t = key.encType();
    if (!t.isSupported()) {
      throw new KrbCryptoException(Reason.UNSUPPORTED, "enctype " + t + " is not implemented");
    }
    if (key.isDestroyed()) {
      throw new KrbCryptoException(Reason.BAD_KEY, "key destroyed");
    }
    if (key.length() != t.keyLength()) {
      throw new KrbCryptoException(Reason.BAD_KEY, t.name() + " key of " + key.length()
          + " bytes, expected " + t.keyLength());
    }
    return t;
  }

  /**
   * RFC 3961 encrypt: confounder, integrity protection and encryption under the usage.
   *
   * @return a new array with the ciphertext
   * @throws KrbCryptoException UNSUPPORTED, BAD_KEY
   */
  public static byte[] encrypt(KerberosKey key, int usage, byte[] plaintext)
      throws KrbCryptoException {
    try (UsageKeys k = UsageKeys.create(key, usage)) {
      return k.encrypt(plaintext);
    }
  }

  /**
   * RFC 3961 decrypt and verify.
   *
   * @return a new array with the plaintext
   * @throws KrbCryptoException TOO_SHORT, INTEGRITY_FAILED, UNSUPPORTED, BAD_KEY
   */
  public static byte[] decrypt(KerberosKey key, int usage, byte[] ciphertext)
      throws KrbCryptoException {
    try (UsageKeys k = UsageKeys.create(key, usage)) {
      return k.decrypt(ciphertext);
    }
  }

  /**
   * The key's mandatory checksum ({@link EncType#checksumType()}) over data.
   *
   * @return a new array with the checksum
   */
  public static byte[] checksum(KerberosKey key, int usage, byte[] data)
      throws KrbCryptoException {
    try (UsageKeys k = UsageKeys.create(key, usage)) {
      return k.checksum(data);
    }
  }

  /**
   * A checksum of the given type. Keyed types need a key that the type accepts
   * ({@link ChecksumType#acceptsKeyOf}); unkeyed types ignore the key and usage.
   *
   * @param key the key, or null for an unkeyed type
   * @return a new array with the checksum
   * @throws KrbCryptoException UNSUPPORTED for unknown or unimplemented types, BAD_KEY for a
   *     missing or mismatched key
   */
  public static byte[] checksum(ChecksumType type, @Nullable KerberosKey key, int usage,
      byte[] data) throws KrbCryptoException {
    if (!type.isSupported()) {
      throw new KrbCryptoException(Reason.UNSUPPORTED, "checksum type " + type);
    }
    if (!type.isKeyed()) {
      return UnkeyedChecksum.compute(type, data);
    }
    if (key == null) {
      throw new KrbCryptoException(Reason.BAD_KEY, type + " needs a key");
    }
    EncType t = checkKey(key);
    if (!type.acceptsKeyOf(t)) {
      throw new KrbCryptoException(Reason.BAD_KEY, type + " cannot be keyed with " + t);
    }
    if (type.equals(ChecksumType.HMAC_MD5_ARCFOUR) && t.family() != EncFamily.RC4) {
      HmacMd5Checksum h = new HmacMd5Checksum(key.bytes(), usage);
      try {
        h.start();
        h.update(data, 0, data.length);
        byte[] out = new byte[16];
        h.finish(out, 0);
        return out;
      } finally {
        h.destroy();
      }
    }
    return checksum(key, usage, data);
  }

  /**
   * Verifies a checksum of the given type in constant time.
   *
   * @throws KrbCryptoException INTEGRITY_FAILED on mismatch (also for a wrong length), and as
   *     {@link #checksum(ChecksumType, KerberosKey, int, byte[])}
   */
  public static void verifyChecksum(ChecksumType type, @Nullable KerberosKey key, int usage,
      byte[] data, byte[] checksum) throws KrbCryptoException {
    byte[] expected = checksum(type, key, usage, data);
    if (!MessageDigest.isEqual(expected, checksum)) {
      throw new KrbCryptoException(Reason.INTEGRITY_FAILED, "checksum " + type);
    }
  }

  /**
   * String-to-key with a Unicode password (encoded as UTF-8).
   *
   * @param params s2kparams (4-byte big-endian iteration count), or null/empty for the default
   * @throws KrbCryptoException UNSUPPORTED, BAD_PARAMS for malformed or absurd parameters or a
   *     password that is not valid Unicode
   */
  public static KerberosKey stringToKey(EncType type, char[] password, byte[] salt,
      byte @Nullable [] params) throws KrbCryptoException {
    byte[] pw = StringToKey.utf8(password);
    try {
      return stringToKey(type, pw, salt, params);
    } finally {
      Arrays.fill(pw, (byte) 0);
    }
  }

  /**
   * String-to-key with a password given as its UTF-8 octets.
   *
   * @see #stringToKey(EncType, char[], byte[], byte[])
   */
  public static KerberosKey stringToKey(EncType type, byte[] passwordUtf8, byte[] salt,
      byte @Nullable [] params) throws KrbCryptoException {
    if (!type.isSupported()) {
      throw new KrbCryptoException(Reason.UNSUPPORTED, "enctype " + type);
    }
    byte[] k = StringToKey.derive(type, passwordUtf8, salt, params);
    try {
      return new KerberosKey(type, k);
    } finally {
      Arrays.fill(k, (byte) 0);
    }
  }

  /**
   * Random-to-key (RFC 3961 §3): the identity for every implemented enctype.
   *
   * @param seed exactly {@link EncType#seedLength()} random bytes
   * @throws KrbCryptoException UNSUPPORTED, BAD_PARAMS for a wrong seed length
   */
  public static KerberosKey randomToKey(EncType type, byte[] seed) throws KrbCryptoException {
    if (!type.isSupported()) {
      throw new KrbCryptoException(Reason.UNSUPPORTED, "enctype " + type);
    }
    if (seed.length != type.seedLength()) {
      throw new KrbCryptoException(Reason.BAD_PARAMS, type.name() + " seed of " + seed.length
          + " bytes, expected " + type.seedLength());
    }
    return new KerberosKey(type, seed);
  }

  /**
   * A fresh random key.
   *
   * @throws KrbCryptoException UNSUPPORTED
   */
  public static KerberosKey generateKey(EncType type, SecureRandom random)
      throws KrbCryptoException {
    if (!type.isSupported()) {
      throw new KrbCryptoException(Reason.UNSUPPORTED, "enctype " + type);
    }
    byte[] seed = new byte[type.seedLength()];
    random.nextBytes(seed);
    try {
      return randomToKey(type, seed);
    } finally {
      Arrays.fill(seed, (byte) 0);
    }
  }

  /**
   * The enctype's pseudo-random function (RFC 3961 §3; RFC 3962, RFC 8009 §5, RFC 6803 §3).
   *
   * @return {@link EncType#prfLength()} bytes
   */
  public static byte[] prf(KerberosKey key, byte[] input) throws KrbCryptoException {
    EncType t = checkKey(key);
    return Prf.prf(t, key.bytes(), input);
  }

  /**
   * PRF+ (RFC 6113 §5.1): {@code PRF(key, 1 | input) | PRF(key, 2 | input) | …} truncated, the
   * counter one octet.
   *
   * @param length 0 to 255 × {@link EncType#prfLength()}
   * @throws KrbCryptoException BAD_PARAMS for a length out of range
   */
  public static byte[] prfPlus(KerberosKey key, byte[] input, int length)
      throws KrbCryptoException {
    EncType t = checkKey(key);
    int block = t.prfLength();
    if (length < 0 || length > 255 * block) {
      throw new KrbCryptoException(Reason.BAD_PARAMS, "PRF+ length " + length);
    }
    byte[] out = new byte[length];
    byte[] in = new byte[input.length + 1];
    System.arraycopy(input, 0, in, 1, input.length);
    for (int i = 1, pos = 0; pos < length; i++, pos += block) {
      in[0] = (byte) i;
      byte[] p = Prf.prf(t, key.bytes(), in);
      System.arraycopy(p, 0, out, pos, Math.min(block, length - pos));
      Arrays.fill(p, (byte) 0);
    }
    return out;
  }

  /**
   * KRB-FX-CF2 (RFC 6113 §5.1): {@code random-to-key(PRF+(k1, pepper1) xor PRF+(k2, pepper2))},
   * each PRF+ as long as k1's enctype's seed; the result has k1's enctype.
   */
  public static KerberosKey cf2(KerberosKey k1, byte[] pepper1, KerberosKey k2, byte[] pepper2)
      throws KrbCryptoException {
    EncType t = checkKey(k1);
    checkKey(k2);
    int n = t.seedLength();
    byte[] a = prfPlus(k1, pepper1, n);
    byte[] b = prfPlus(k2, pepper2, n);
    try {
      for (int i = 0; i < n; i++) {
        a[i] ^= b[i];
      }
      return randomToKey(t, a);
    } finally {
      Arrays.fill(a, (byte) 0);
      Arrays.fill(b, (byte) 0);
    }
  }

  /**
   * The usage key of one kind (Kc {@code 0x99}, Ke {@code 0xAA} or Ki {@code 0x55}); for the RFC
   * key-derivation vectors. Not available for arcfour-hmac.
   */
  static byte[] deriveUsageKey(KerberosKey key, int usage, int kind) throws KrbCryptoException {
    EncType t = checkKey(key);
    byte[] constant = Rfc3961Dk.usageConstant(usage, kind);
    switch (t.family()) {
      case AES_SHA1:
        return Rfc3961Dk.deriveAesUsage(key.bytes(), usage, kind);
      case CAMELLIA:
        return Rfc6803Kdf.derive(key.bytes(), constant, t.keyLength());
      case AES_SHA2: {
        int len = kind == Rfc3961Dk.KE ? t.keyLength() : (t.keyLength() == 16 ? 16 : 24);
        return Rfc8009Kdf.kdf(t.keyLength() == 16 ? "HmacSHA256" : "HmacSHA384", key.bytes(),
            constant, new byte[0], len);
      }
      default:
        throw new KrbCryptoException(Reason.UNSUPPORTED, "usage keys for " + t);
    }
  }
}

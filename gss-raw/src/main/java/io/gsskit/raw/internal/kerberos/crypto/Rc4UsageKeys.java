package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * arcfour-hmac (RFC 4757 §5), legacy and weak: {@code K1 = HMAC-MD5(K, T)} with T the translated
 * usage as 4-byte little-endian ({@link Rc4Usage}); {@code checksum = HMAC-MD5(K1, conf | data)}
 * with an 8-byte confounder; {@code K3 = HMAC-MD5(K1, checksum)}; ciphertext
 * {@code checksum | RC4(K3, conf | data)}. Checksums are hmac-md5 (-138). RC4 runs on the JDK's
 * {@code ARCFOUR} cipher, re-keyed per message as the construction requires. Not thread-safe.
 */
final class Rc4UsageKeys extends UsageKeys {

  private static final int CONF = 8;
  private static final int MAC = 16;

  private final byte[] confounder = new byte[CONF];
  private final byte[] trailerCipher = new byte[CbcCts.MAX_TRAILER];
  private final byte[] k3 = new byte[MAC];
  private @Nullable JceMac k1Mac;
  private @Nullable Cipher rc4;
  private @Nullable HmacMd5Checksum checksum;

  Rc4UsageKeys(EncType t, int usage, byte[] key, ConfounderSource confounders) {
    super(t, usage, key, confounders);
  }

  @Override
  public int confounderLength() {
    return CONF;
  }

  @Override
  public int macLength() {
    return MAC;
  }

  @Override
  public int bodyOffset() {
    return MAC + CONF;
  }

  @Override
  public int checksumLength() {
    return MAC;
  }

  private JceMac k1() throws KrbCryptoException {
    JceMac m = k1Mac;
    if (m == null) {
      byte[] k1 = JceMac.hmac("HmacMD5", baseKey, Rc4Usage.le32(Rc4Usage.translate(usage())));
      try {
        m = new JceMac("HmacMD5", k1);
        k1Mac = m;
      } finally {
        Arrays.fill(k1, (byte) 0);
      }
    }
    return m;
  }

  /** Keys RC4 with K3 = HMAC-MD5(K1, checksum). */
  private Cipher rc4(JceMac k1, byte[] cksum, int cksumOff, int mode) throws KrbCryptoException {
    k1.update(cksum, cksumOff, MAC);
    k1.doFinal(k3, 0);
    try {
      Cipher c = rc4;
      if (c == null) {
        c = Cipher.getInstance("ARCFOUR");
        rc4 = c;
      }
      c.init(mode, new SecretKeySpec(k3, "ARCFOUR"));
      return c;
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "ARCFOUR unavailable", e);
    } finally {
      Arrays.fill(k3, (byte) 0);
    }
  }

  private static void run(Cipher c, byte[] in, int off, int len, byte[] out, int outOff)
      throws KrbCryptoException {
    if (len == 0) {
      return;
    }
    try {
      int n = c.update(in, off, len, out, outOff);
      if (n != len) {
        throw new KrbCryptoException(Reason.INTERNAL, "RC4 update returned " + n + " of " + len);
      }
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "RC4 failed", e);
    }
  }

  @Override
  void doEncrypt(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2, byte[] out,
      int outOff) throws KrbCryptoException {
    JceMac k1 = k1();
    confounders.next(confounder, 0, CONF);
    k1.update(confounder, 0, CONF);
    k1.update(in1, off1, len1);
    k1.update(in2, off2, len2);
    byte[] tag = computed();
    k1.doFinal(tag, 0);
    Cipher c = rc4(k1, tag, 0, Cipher.ENCRYPT_MODE);
    int pos = outOff + MAC;
    run(c, confounder, 0, CONF, out, pos);
    run(c, in1, off1, len1, out, pos + CONF);
    run(c, in2, off2, len2, out, pos + CONF + len1);
    System.arraycopy(tag, 0, out, outOff, MAC);
  }

  @Override
  void doDecrypt(byte[] in, int off, int len, byte[] out, int outOff, int bodyLen,
      byte[] trailer, int trailerOff, int trailerLen) throws KrbCryptoException {
    JceMac k1 = k1();
    byte[] saved = received();
    System.arraycopy(in, off, saved, 0, MAC);
    System.arraycopy(in, off + MAC + CONF + bodyLen, trailerCipher, 0, trailerLen);
    Cipher c = rc4(k1, saved, 0, Cipher.DECRYPT_MODE);
    run(c, in, off + MAC, CONF, confounder, 0);
    run(c, in, off + MAC + CONF, bodyLen, out, outOff);
    run(c, trailerCipher, 0, trailerLen, trailer, trailerOff);
    k1.update(confounder, 0, CONF);
    k1.update(out, outOff, bodyLen);
    k1.update(trailer, trailerOff, trailerLen);
    k1.doFinal(computed(), 0);
    verifyTag(saved, 0, MAC);
  }

  @Override
  void computeChecksum(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] dst) throws KrbCryptoException {
    HmacMd5Checksum h = checksum;
    if (h == null) {
      h = new HmacMd5Checksum(baseKey, usage());
      checksum = h;
    }
    h.start();
    h.update(in1, off1, len1);
    h.update(in2, off2, len2);
    h.finish(dst, 0);
  }

  @Override
  void destroyEngines() {
    Arrays.fill(confounder, (byte) 0);
    Arrays.fill(trailerCipher, (byte) 0);
    if (k1Mac != null) {
      k1Mac.destroy();
    }
    if (checksum != null) {
      checksum.destroy();
    }
    k1Mac = null;
    rc4 = null;
    checksum = null;
  }
}

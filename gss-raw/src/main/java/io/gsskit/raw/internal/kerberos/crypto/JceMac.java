package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/** HMAC through the JDK's {@link Mac} ({@code HmacSHA1}, {@code HmacSHA256}, …). Not thread-safe. */
final class JceMac implements MacEngine {

  private final String algorithm;
  private final Mac mac;
  private boolean released;

  /**
   * @param algorithm a JCE Mac name such as {@code "HmacSHA1"}
   * @param key the key bytes; may be empty (HMAC allows it)
   */
  JceMac(String algorithm, byte[] key) throws KrbCryptoException {
    this.algorithm = algorithm;
    mac = JcePool.mac(algorithm);
    try {
      mac.init(new RawKey(algorithm, key));
    } catch (InvalidKeyException e) {
      throw new KrbCryptoException(Reason.BAD_KEY, algorithm + " key rejected", e);
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, algorithm + " unavailable", e);
    }
  }

  /** One-shot HMAC over the concatenation of the parts. */
  static byte[] hmac(String algorithm, byte[] key, byte[]... parts) throws KrbCryptoException {
    JceMac m = new JceMac(algorithm, key);
    for (byte[] p : parts) {
      m.update(p, 0, p.length);
    }
    byte[] out = new byte[m.length()];
    try {
      m.doFinal(out, 0);
    } finally {
      m.destroy();
    }
    return out;
  }

  @Override
  public int length() {
    return mac.getMacLength();
  }

  @Override
  public void update(byte[] in, int off, int len) {
    mac.update(in, off, len);
  }

  @Override
  public void doFinal(byte[] out, int off) throws KrbCryptoException {
    try {
      mac.doFinal(out, off);
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "MAC output buffer", e);
    }
  }

  @Override
  public void destroy() {
    mac.reset();
    if (!released) {
      // Back to the pool, re-keyed with a zero key there; this engine is unusable afterwards.
      released = true;
      JcePool.release(mac, algorithm);
    }
  }

  /**
   * A secret key over raw bytes, unlike {@code SecretKeySpec} also accepting an empty key (an
   * empty password in PBKDF2). The JCE copies the bytes at {@code init}.
   */
  private static final class RawKey implements SecretKey {
    private static final long serialVersionUID = 1L;
    private final String algorithm;
    private final byte[] key;

    RawKey(String algorithm, byte[] key) {
      this.algorithm = algorithm;
      this.key = key;
    }

    @Override
    public String getAlgorithm() {
      return algorithm;
    }

    @Override
    public String getFormat() {
      return "RAW";
    }

    @Override
    public byte[] getEncoded() {
      return key.clone();
    }
  }
}

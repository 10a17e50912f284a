package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.Mac;

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
    RawSecretKey k = new RawSecretKey(algorithm, key);
    try {
      mac.init(k);
    } catch (InvalidKeyException e) {
      throw new KrbCryptoException(Reason.BAD_KEY, algorithm + " key rejected", e);
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, algorithm + " unavailable", e);
    } finally {
      k.destroy();
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
}

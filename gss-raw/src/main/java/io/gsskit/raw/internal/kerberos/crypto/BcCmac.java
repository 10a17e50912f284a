package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import org.bouncycastle.crypto.engines.CamelliaEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** CMAC-Camellia (NIST SP 800-38B over RFC 3713) through Bouncy Castle's lightweight API. */
final class BcCmac implements MacEngine {

  private final CMac mac = new CMac(new CamelliaEngine());

  BcCmac(byte[] key) throws KrbCryptoException {
    if (key.length != 16 && key.length != 32) {
      throw new KrbCryptoException(Reason.BAD_KEY, "Camellia key of " + key.length + " bytes");
    }
    mac.init(new KeyParameter(key));
  }

  /** One-shot CMAC over the concatenation of the parts. */
  static byte[] cmac(byte[] key, byte[]... parts) throws KrbCryptoException {
    BcCmac m = new BcCmac(key);
    for (byte[] p : parts) {
      m.update(p, 0, p.length);
    }
    byte[] out = new byte[16];
    m.doFinal(out, 0);
    return out;
  }

  @Override
  public int length() {
    return 16;
  }

  @Override
  public void update(byte[] in, int off, int len) {
    mac.update(in, off, len);
  }

  @Override
  public void doFinal(byte[] out, int off) {
    mac.doFinal(out, off);
  }

  @Override
  public void destroy() {
    mac.reset();
  }
}

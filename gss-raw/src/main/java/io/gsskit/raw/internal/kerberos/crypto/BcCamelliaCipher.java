package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.util.Arrays;
import org.bouncycastle.crypto.engines.CamelliaEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Camellia (RFC 3713) through Bouncy Castle's lightweight {@link CamelliaEngine} (the JDK has no
 * Camellia), with CBC chaining done here. Not thread-safe.
 */
final class BcCamelliaCipher implements BlockCipher {

  private final CamelliaEngine enc = new CamelliaEngine();
  private final CamelliaEngine dec = new CamelliaEngine();
  private final byte[] chain = new byte[BLOCK];
  private final byte[] block = new byte[BLOCK];
  private final byte[] prev = new byte[BLOCK];
  private final byte[] cur = new byte[BLOCK];

  BcCamelliaCipher(byte[] key) throws KrbCryptoException {
    if (key.length != 16 && key.length != 32) {
      throw new KrbCryptoException(Reason.BAD_KEY, "Camellia key of " + key.length + " bytes");
    }
    enc.init(true, new KeyParameter(key));
    dec.init(false, new KeyParameter(key));
  }

  @Override
  public void cbcEncrypt(byte[] in, int inOff, int len, byte[] out, int outOff) {
    for (int i = 0; i < len; i += BLOCK) {
      for (int j = 0; j < BLOCK; j++) {
        block[j] = (byte) (in[inOff + i + j] ^ chain[j]);
      }
      enc.processBlock(block, 0, chain, 0);
      System.arraycopy(chain, 0, out, outOff + i, BLOCK);
    }
  }

  @Override
  public void cbcEncryptFinal(byte[] in, int inOff, int len, byte[] out, int outOff) {
    cbcEncrypt(in, inOff, len, out, outOff);
    Arrays.fill(chain, (byte) 0);
  }

  @Override
  public void cbcDecrypt(byte[] in, int inOff, int len, byte[] out, int outOff) {
    Arrays.fill(prev, (byte) 0);
    cbcDecryptMore(in, inOff, len, out, outOff);
    Arrays.fill(prev, (byte) 0);
  }

  @Override
  public void cbcDecryptMore(byte[] in, int inOff, int len, byte[] out, int outOff) {
    // Block by block, keeping the previous ciphertext block aside (the chain), so that any
    // overlap of input and output with out <= in is safe; a forward overlap (out > in) goes
    // through a copy.
    byte[] src = in;
    int srcOff = inOff;
    if (in == out && outOff > inOff && outOff < inOff + len) {
      src = Arrays.copyOfRange(in, inOff, inOff + len);
      srcOff = 0;
    }
    for (int i = 0; i < len; i += BLOCK) {
      System.arraycopy(src, srcOff + i, cur, 0, BLOCK);
      dec.processBlock(cur, 0, block, 0);
      for (int j = 0; j < BLOCK; j++) {
        out[outOff + i + j] = (byte) (block[j] ^ prev[j]);
      }
      System.arraycopy(cur, 0, prev, 0, BLOCK);
    }
  }

  @Override
  public void cbcDecryptEnd() {
    Arrays.fill(prev, (byte) 0);
  }

  @Override
  public void decryptBlock(byte[] in, int inOff, byte[] out, int outOff) {
    System.arraycopy(in, inOff, cur, 0, BLOCK);
    dec.processBlock(cur, 0, out, outOff);
  }

  @Override
  public void destroy() {
    enc.reset();
    dec.reset();
    Arrays.fill(chain, (byte) 0);
    Arrays.fill(block, (byte) 0);
    Arrays.fill(prev, (byte) 0);
  }
}

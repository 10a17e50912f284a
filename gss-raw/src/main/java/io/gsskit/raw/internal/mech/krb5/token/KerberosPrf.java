package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;

import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The krb5 {@code gss_pseudo_random} output (RFC 4401; RFC 7802 §2, which obsoletes RFC 4402),
 * shared by both token engines ({@link Rfc4121Prf} and {@link Rfc4757Protector}): the request
 * checks, the choice of key ({@code GSS_C_PRF_KEY_FULL} (0): the token key, {@code
 * GSS_C_PRF_KEY_PARTIAL} (1): the partial key, else the token key) and the counter-mode expansion
 * over the enctype's RFC 3961 PRF (for arcfour-hmac MIT's HMAC-SHA1 PRF).
 *
 * <p>Stateless; thread-safe.
 */
final class KerberosPrf {

  private KerberosPrf() {}

  /**
   * Checks a request and computes its output.
   *
   * @param key the token key
   * @param partialKey the {@code GSS_C_PRF_KEY_PARTIAL} key, or null for the token key
   * @param prfKey 0 or 1
   * @param outLen 0 to {@link Rfc4121Protector#MAX_PRF_OUTPUT}
   * @return the output
   * @throws TokenFailure {@code GSS_S_FAILURE}/BAD_PRF_REQUEST for a bad selector or length
   * @throws KrbCryptoException when the enctype's PRF fails (e.g. a destroyed key)
   */
  static byte[] output(KerberosKey key, @Nullable KerberosKey partialKey, int prfKey,
      byte[] input, int outLen) throws TokenFailure, KrbCryptoException {
    if ((prfKey != 0 && prfKey != 1) || outLen < 0 || outLen > Rfc4121Protector.MAX_PRF_OUTPUT
        || input.length > Integer.MAX_VALUE - 64) {
      throw new TokenFailure(GSS_S_FAILURE, Rfc4121Minor.BAD_PRF_REQUEST);
    }
    KerberosKey k = prfKey == 1 && partialKey != null ? partialKey : key;
    return expand(k, input, outLen);
  }

  /**
   * The RFC 4402/7802 §2 expansion: the first {@code outLen} bytes of {@code PRF(k, 0 | input) |
   * PRF(k, 1 | input) | ...}, the counter 4 bytes big-endian.
   *
   * @param outLen 0 to {@link Rfc4121Protector#MAX_PRF_OUTPUT} (checked by the caller)
   */
  static byte[] expand(KerberosKey k, byte[] input, int outLen) throws KrbCryptoException {
    byte[] result = new byte[outLen];
    byte[] in = new byte[4 + input.length];
    System.arraycopy(input, 0, in, 4, input.length);
    int pos = 0;
    for (int n = 0; pos < outLen; n++) {
      in[0] = (byte) (n >>> 24);
      in[1] = (byte) (n >>> 16);
      in[2] = (byte) (n >>> 8);
      in[3] = (byte) n;
      byte[] t = KerberosCrypto.prf(k, in);
      int c = Math.min(t.length, outLen - pos);
      System.arraycopy(t, 0, result, pos, c);
      Arrays.fill(t, (byte) 0);
      pos += c;
    }
    return result;
  }
}

package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import java.util.Arrays;

/**
 * {@code gss_pseudo_random} for krb5 (RFC 4401; RFC 7802 §2, which obsoletes RFC 4402): the
 * request checks, the choice of key ({@code GSS_C_PRF_KEY_FULL}: the token key, {@code
 * GSS_C_PRF_KEY_PARTIAL}: the builder's partial key, else the token key) and the counter-mode
 * expansion over the enctype's RFC 3961 PRF. The entry point is {@link
 * Rfc4121Protector#pseudoRandom}.
 *
 * <p>Stateless; thread-safe as the engine is.
 */
final class Rfc4121Prf {

  private Rfc4121Prf() {}

  /** See {@link Rfc4121Protector#pseudoRandom(MinorStatus, int, byte[], int, Buffer)}. */
  static int pseudoRandom(Rfc4121Protector p, MinorStatus minor, int prfKey, byte[] input,
      int outLen, Buffer out) {
    try {
      p.checkUsable(0);
      if ((prfKey != 0 && prfKey != 1) || outLen < 0 || outLen > Rfc4121Protector.MAX_PRF_OUTPUT
          || input.length > Integer.MAX_VALUE - 64) {
        throw new TokenFailure(GSS_S_FAILURE, Rfc4121Minor.BAD_PRF_REQUEST);
      }
      KerberosKey partial = p.partialKeyOrNull();
      KerberosKey k = prfKey == 1 && partial != null ? partial : p.key();
      out.set(expand(k, input, outLen));
      return Rfc4121Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    } catch (KrbCryptoException e) {
      return p.cryptoFailure(minor, e);
    }
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

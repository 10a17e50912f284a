package io.gsskit.raw.internal.mech.krb5.token;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;

/**
 * {@code gss_pseudo_random} for an RFC 4121 context (RFC 4401; RFC 7802 §2, which obsoletes RFC
 * 4402): the engine's state check and status mapping around {@link KerberosPrf}, which checks the
 * request, chooses the key ({@code GSS_C_PRF_KEY_FULL}: the token key, {@code
 * GSS_C_PRF_KEY_PARTIAL}: the builder's partial key, else the token key) and does the
 * counter-mode expansion over the enctype's RFC 3961 PRF. The entry point is {@link
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
      out.set(KerberosPrf.output(p.key(), p.partialKeyOrNull(), prfKey, input, outLen));
      return Rfc4121Protector.ok(minor);
    } catch (TokenFailure f) {
      return Rfc4121Protector.fail(minor, f);
    } catch (KrbCryptoException e) {
      return p.cryptoFailure(minor, e);
    }
  }
}

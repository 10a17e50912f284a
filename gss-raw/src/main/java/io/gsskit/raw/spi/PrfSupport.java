package io.gsskit.raw.spi;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.MinorStatus;

/** The GSS-API pseudo-random function, RFC 4401 ({@code gss_pseudo_random}). */
public interface PrfSupport {

  /**
   * {@code gss_pseudo_random}.
   *
   * @param minor minor status out
   * @param context the established context
   * @param prfKey {@code GSS_C_PRF_KEY_FULL} or {@code GSS_C_PRF_KEY_PARTIAL}
   * @param prfIn the input
   * @param desiredOutputLen output length in bytes, at least 0
   * @param prfOut receives exactly {@code desiredOutputLen} bytes
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CONTEXT}, {@code GSS_S_FAILURE}, ...
   */
  int pseudoRandom(MinorStatus minor, MechContext context, int prfKey, byte[] prfIn,
      int desiredOutputLen, Buffer prfOut);
}

package io.gsskit.raw.ext;

/**
 * Constants of the GSS-API pseudo-random function, RFC 4401 §2 ({@code gss_pseudo_random}); the
 * call is {@link io.gsskit.raw.Gss#pseudoRandom}. Kerberos defines the function in RFC 4402.
 */
public final class Rfc4401 {

  /** Use the full context key (for krb5, the acceptor subkey when present). */
  public static final int GSS_C_PRF_KEY_FULL = 0;
  /** Use the partial (initiator-visible) context key. */
  public static final int GSS_C_PRF_KEY_PARTIAL = 1;

  private Rfc4401() {}
}

package io.gsskit.raw.internal.mech.krb5.token;

/**
 * Which per-message token format a krb5 context uses, and which key protects it, following MIT
 * krb5's rules (facts from MIT krb5 {@code src/lib/gssapi/krb5}: {@code kg_setup_keys} in
 * {@code util_crypt.c}, the AP-REP handling in {@code init_sec_context.c} and
 * {@code accept_sec_context.c}):
 *
 * <ul>
 *   <li>The "context key" is the initiator's authenticator subkey, else the ticket session key.
 *   <li>A key of a "not newer" enctype (RFC 4121 §1: des-cbc-crc 1, des-cbc-md4 2, des-cbc-md5 3,
 *       des3-cbc-sha1 16, and — RFC 4757, although RFC 4121 forgets 24 — arcfour-hmac 23 and
 *       arcfour-hmac-exp 24) gives RFC 1964-style tokens (for RC4: RFC 4757 §7); every other
 *       enctype gives RFC 4121 tokens ({@code ctx->proto = 1}).
 *   <li>An acceptor generates an AP-REP subkey when the context key's format is RFC 4121, or for
 *       DCE_STYLE, or when RFC 4537 negotiated a newer (non-legacy) enctype than the ticket
 *       session key's (the subkey is then of that enctype; the krb5 mechanism's
 *       {@code EtypeNegotiation}); it never sends one of a legacy enctype for a legacy context
 *       key, because legacy tokens do not say which key protects them.
 *   <li>An initiator keeps the AP-REP subkey when the context key's format is RFC 4121, for
 *       DCE_STYLE, or when the subkey's enctype differs from the context key's; otherwise it
 *       ignores it. A kept acceptor subkey then decides the format and protects the tokens.
 * </ul>
 *
 * Stateless; thread-safe.
 */
public final class TokenFormat {

  private TokenFormat() {}

  /**
   * @param enctype an enctype number
   * @return true when a context key of this enctype uses legacy RFC 1964/4757 tokens
   */
  public static boolean isLegacy(int enctype) {
    return switch (enctype) {
      case 1, 2, 3, 16, 23, 24 -> true;
      default -> false;
    };
  }

  /**
   * The acceptor's choice without RFC 4537 negotiation (MIT {@code accept_sec_context.c},
   * {@code cfx_generate_subkey}); with it the krb5 mechanism's {@code EtypeNegotiation} decides.
   *
   * @param contextKeyEnctype the enctype of the initiator subkey, else of the session key
   * @param dceStyle whether the context is DCE_STYLE
   * @return true when a mutual-authentication AP-REP carries a new acceptor subkey
   */
  public static boolean acceptorSendsSubkey(int contextKeyEnctype, boolean dceStyle) {
    return !isLegacy(contextKeyEnctype) || dceStyle;
  }

  /**
   * The initiator's choice (MIT {@code init_sec_context.c}, "Keep acceptor's subkey"); applied by
   * both sides so that they agree on the token key.
   *
   * @param contextKeyEnctype the enctype of the initiator subkey, else of the session key
   * @param acceptorSubkeyEnctype the enctype of the AP-REP subkey
   * @param dceStyle whether the context is DCE_STYLE
   * @return true when the acceptor subkey protects the per-message tokens
   */
  public static boolean acceptorSubkeyInEffect(int contextKeyEnctype, int acceptorSubkeyEnctype,
      boolean dceStyle) {
    return !isLegacy(contextKeyEnctype) || dceStyle
        || acceptorSubkeyEnctype != contextKeyEnctype;
  }
}

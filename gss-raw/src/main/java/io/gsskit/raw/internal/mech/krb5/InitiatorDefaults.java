package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.Gss;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;

/**
 * The {@code [libdefaults]} relations the krb5 initiator reads per context, as MIT krb5 1.20
 * reads them: top-level {@code [libdefaults]} only (no per-realm subsection), booleans defaulting
 * to false.
 *
 * <ul>
 *   <li>{@code enforce_ok_as_delegate}: a request for {@code GSS_C_DELEG_FLAG} is treated as
 *       {@code GSS_C_DELEG_POLICY_FLAG}, so credentials are delegated only to services whose
 *       ticket has OK-AS-DELEGATE (MIT {@code init_ctx.c} reads it into the library context;
 *       {@code new_connection} in {@code src/lib/gssapi/krb5/init_sec_context.c} swaps the
 *       flags).
 *   <li>{@code client_aware_channel_bindings}: the authenticator carries KERB_AP_OPTIONS_CBT
 *       ({@link ApOptionsCbt}; MIT {@code krb5_generate_authenticator} in
 *       {@code src/lib/krb5/krb/mk_req_ext.c}).
 * </ul>
 *
 * Immutable, thread-safe.
 *
 * @param enforceOkAsDelegate {@code enforce_ok_as_delegate}
 * @param clientAwareChannelBindings {@code client_aware_channel_bindings}
 */
record InitiatorDefaults(boolean enforceOkAsDelegate, boolean clientAwareChannelBindings) {

  /** {@code krb5.conf} relation names (MIT {@code KRB5_CONF_*} in {@code k5-int.h}). */
  static final String ENFORCE_OK_AS_DELEGATE = "enforce_ok_as_delegate";
  static final String CLIENT_AWARE_CHANNEL_BINDINGS = "client_aware_channel_bindings";

  /**
   * Reads the relations.
   *
   * @param cfg the profile; not null
   * @return the values
   * @throws Krb5ConfigException when a value is not a boolean
   */
  static InitiatorDefaults of(Krb5Config cfg) throws Krb5ConfigException {
    return new InitiatorDefaults(
        cfg.bool("libdefaults", ENFORCE_OK_AS_DELEGATE).orElse(false),
        cfg.bool("libdefaults", CLIENT_AWARE_CHANNEL_BINDINGS).orElse(false));
  }

  /**
   * The request flags after {@code enforce_ok_as_delegate}.
   *
   * @param reqFlags the caller's GSS_C_*_FLAG bits
   * @return them, with DELEG replaced by DELEG_POLICY when enforcing
   */
  int requestFlags(int reqFlags) {
    if (enforceOkAsDelegate && (reqFlags & Gss.GSS_C_DELEG_FLAG) != 0) {
      return (reqFlags & ~Gss.GSS_C_DELEG_FLAG)
          | Gss.GSS_C_DELEG_POLICY_FLAG;
    }
    return reqFlags;
  }
}

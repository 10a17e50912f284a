package io.gsskit.raw.ext;

/**
 * The credential-store keys MIT krb5 defines for {@code gss_acquire_cred_from}, {@code
 * gss_add_cred_from} and {@code gss_store_cred_into}. A credential store is passed to {@link
 * io.gsskit.raw.Gss} as a {@code Map<String, String>}; a mechanism ignores keys it does not know.
 * Values name locations (ccache names such as {@code FILE:/tmp/krb5cc_1000}, keytab names such as
 * {@code FILE:/etc/krb5.keytab}) except {@link #PASSWORD}. All members are static.
 */
public final class CredStore {

  /** Credential cache name, e.g. {@code FILE:/tmp/cc}. */
  public static final String CCACHE = "ccache";
  /** Client keytab used to obtain initiator credentials. */
  public static final String CLIENT_KEYTAB = "client_keytab";
  /** Acceptor keytab. */
  public static final String KEYTAB = "keytab";
  /** Replay cache name. */
  public static final String RCACHE = "rcache";
  /** A password for initial credentials (MIT 1.19+). Never log the store when this is set. */
  public static final String PASSWORD = "password";
  /** Verify the obtained credentials against this keytab principal (MIT 1.19+). */
  public static final String VERIFY = "verify";

  /**
   * <b>GSSKit extension, not an MIT key</b> (MIT ignores it): krb5.conf files for this credential,
   * as a colon-separated list of files and directories with the meaning of {@code KRB5_CONFIG}
   * (missing entries skipped, but at least one must exist). Honoured by the krb5 mechanism for
   * initiator and acceptor credentials: the credential then uses that profile instead of the
   * process's ({@code KRB5_CONFIG}, {@code /etc/krb5.conf}) for the default ccache and keytab
   * names, the realm of the desired name and of the initiator's target name (when the name's
   * realm was not given explicitly), KDC lookup for AS and TGS exchanges, enctype policy, clock
   * skew and replay-cache defaults. Lets one process use several realms without environment
   * variables or system properties. The files are re-read when they change.
   */
  public static final String KRB5_CONFIG = "krb5_config";

  private CredStore() {}
}

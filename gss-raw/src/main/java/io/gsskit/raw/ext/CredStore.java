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

  private CredStore() {}
}

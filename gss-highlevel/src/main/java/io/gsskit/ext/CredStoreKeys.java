package io.gsskit.ext;

import io.gsskit.raw.ext.CredStore;

/**
 * The MIT credential-store keys understood by the Kerberos mechanism (MIT krb5
 * doc/appdev/gssapi.rst, "Credential store extensions"), for the store maps of {@code
 * io.gsskit.Credentials.acquire().store(...)} and {@code Credentials.store()}. Values are paths
 * or ccache/keytab names such as {@code FILE:/tmp/krb5cc_test}. Constants only.
 */
public final class CredStoreKeys {

  /** {@code ccache}: the credential cache to read initiator credentials from or store into. */
  public static final String CCACHE = CredStore.CCACHE;
  /** {@code client_keytab}: a keytab to obtain initiator credentials from. */
  public static final String CLIENT_KEYTAB = CredStore.CLIENT_KEYTAB;
  /** {@code keytab}: the acceptor keytab. */
  public static final String KEYTAB = CredStore.KEYTAB;
  /** {@code rcache}: the replay cache of the acceptor. */
  public static final String RCACHE = CredStore.RCACHE;
  /** {@code password}: a password to obtain initial credentials with (MIT 1.19+). */
  public static final String PASSWORD = CredStore.PASSWORD;
  /** {@code verify}: verify initial credentials against this keytab. */
  public static final String VERIFY = CredStore.VERIFY;
  /**
   * GSSKit extension, not an MIT key: the credential's own krb5.conf (colon-separated list, as
   * {@code KRB5_CONFIG}), so one process can use several realms without environment variables.
   */
  public static final String KRB5_CONFIG = CredStore.KRB5_CONFIG;

  private CredStoreKeys() {}
}

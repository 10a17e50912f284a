package io.gsskit.raw.internal.kerberos.config;

import java.util.Optional;

/**
 * The default credential cache, keytab and client keytab names, resolved in MIT's order:
 * the environment variable as given (no expansion; an empty value counts as unset), then the
 * {@code [libdefaults]} relation with parameter expansion, then MIT's compiled-in default with
 * parameter expansion.
 *
 * <p>Stateless and thread-safe.
 */
public final class DefaultNames {

  /** MIT's default credential cache name. */
  public static final String DEFAULT_CCACHE_NAME = "FILE:/tmp/krb5cc_%{uid}";
  /** MIT's default keytab name. */
  public static final String DEFAULT_KEYTAB_NAME = "FILE:/etc/krb5.keytab";
  /** MIT's default client keytab name (with {@code localstatedir=/var/lib}). */
  public static final String DEFAULT_CLIENT_KEYTAB_NAME =
      "FILE:/var/lib/krb5/user/%{euid}/client.keytab";

  private DefaultNames() {}

  /**
   * The default ccache name: {@code KRB5CCNAME}, {@code default_ccache_name},
   * {@link #DEFAULT_CCACHE_NAME}.
   *
   * @param env the environment; not null
   * @param cfg the configuration; not null
   * @return the name, e.g. {@code FILE:/tmp/krb5cc_1000}
   * @throws Krb5ConfigException when expansion fails (the message names the file and line of the
   *     relation)
   */
  public static String ccacheName(Environment env, Krb5Config cfg) throws Krb5ConfigException {
    return resolve(env, "KRB5CCNAME", cfg.libDefaults().defaultCcacheName(), DEFAULT_CCACHE_NAME);
  }

  /**
   * The default (acceptor) keytab name: {@code KRB5_KTNAME}, {@code default_keytab_name},
   * {@link #DEFAULT_KEYTAB_NAME}.
   *
   * @param env the environment; not null
   * @param cfg the configuration; not null
   * @return the name
   * @throws Krb5ConfigException when expansion fails
   */
  public static String keytabName(Environment env, Krb5Config cfg) throws Krb5ConfigException {
    return resolve(env, "KRB5_KTNAME", cfg.libDefaults().defaultKeytabName(),
        DEFAULT_KEYTAB_NAME);
  }

  /**
   * The default client keytab name: {@code KRB5_CLIENT_KTNAME},
   * {@code default_client_keytab_name}, {@link #DEFAULT_CLIENT_KEYTAB_NAME}.
   *
   * @param env the environment; not null
   * @param cfg the configuration; not null
   * @return the name
   * @throws Krb5ConfigException when expansion fails
   */
  public static String clientKeytabName(Environment env, Krb5Config cfg)
      throws Krb5ConfigException {
    return resolve(env, "KRB5_CLIENT_KTNAME", cfg.libDefaults().defaultClientKeytabName(),
        DEFAULT_CLIENT_KEYTAB_NAME);
  }

  private static String resolve(Environment env, String var, Optional<ConfigValue> configured,
      String builtIn) throws Krb5ConfigException {
    Optional<String> e = env.get(var).filter(s -> !s.isEmpty());
    if (e.isPresent()) {
      return e.get();
    }
    if (configured.isPresent()) {
      try {
        return ParameterExpansion.expand(configured.get().text(), env);
      } catch (Krb5ConfigException ex) {
        throw new Krb5ConfigException(configured.get().origin(), ex.problem());
      }
    }
    return ParameterExpansion.expand(builtIn, env);
  }
}

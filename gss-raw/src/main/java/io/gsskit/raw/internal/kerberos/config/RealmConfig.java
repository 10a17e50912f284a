package io.gsskit.raw.internal.kerberos.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed view of one realm's subsection of {@code [realms]}. Server lists keep the order of the
 * file (and continue into later files of {@code KRB5_CONFIG}, as in MIT).
 *
 * <p>Immutable and thread-safe.
 */
public final class RealmConfig {

  /** kadmin's port. */
  public static final int KADMIN_PORT = 749;
  /** kpasswd's port (RFC 3244). */
  public static final int KPASSWD_PORT = 464;

  private final Krb5Config cfg;
  private final String realm;

  RealmConfig(Krb5Config cfg, String realm) {
    this.cfg = cfg;
    this.realm = realm;
  }

  /** @return the realm name */
  public String realm() {
    return realm;
  }

  /** @return true when {@code [realms]} has a subsection for this realm */
  public boolean isConfigured() {
    return cfg.names("realms").contains(realm);
  }

  private List<KdcAddress> servers(String tag, int port) throws Krb5ConfigException {
    List<KdcAddress> out = new ArrayList<>();
    for (ConfigValue v : cfg.values("realms", realm, tag)) {
      out.add(KdcAddress.parse(v.text(), port, v.origin()));
    }
    return out;
  }

  /**
   * @return the {@code kdc} entries in order (default port 88)
   * @throws Krb5ConfigException when an entry is malformed
   */
  public List<KdcAddress> kdcs() throws Krb5ConfigException {
    return servers("kdc", KdcAddress.KERBEROS_PORT);
  }

  /**
   * @return the {@code master_kdc} entries (default port 88)
   * @throws Krb5ConfigException when an entry is malformed
   */
  public List<KdcAddress> masterKdcs() throws Krb5ConfigException {
    return servers("master_kdc", KdcAddress.KERBEROS_PORT);
  }

  /**
   * @return the {@code admin_server} entries (default port 749)
   * @throws Krb5ConfigException when an entry is malformed
   */
  public List<KdcAddress> adminServers() throws Krb5ConfigException {
    return servers("admin_server", KADMIN_PORT);
  }

  /**
   * @return the {@code kpasswd_server} entries (default port 464)
   * @throws Krb5ConfigException when an entry is malformed
   */
  public List<KdcAddress> kpasswdServers() throws Krb5ConfigException {
    return servers("kpasswd_server", KPASSWD_PORT);
  }

  /** @return {@code default_domain}, or empty */
  public Optional<String> defaultDomain() {
    return cfg.string("realms", realm, "default_domain");
  }

  /**
   * Any relation of this realm as text.
   *
   * @param tag the relation tag; not null
   * @return the first value, or empty
   */
  public Optional<String> string(String tag) {
    return cfg.string("realms", realm, tag);
  }
}

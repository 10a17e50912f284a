package io.gsskit.raw.internal.kerberos.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Typed view of {@code [libdefaults]} with MIT krb5 1.20's defaults ({@code krb5.conf(5)}). When
 * created for a realm, a relation in a {@code [libdefaults]} subsection named after the realm
 * overrides the section-wide one, as in MIT.
 *
 * <p>Every accessor throws {@link Krb5ConfigException} (with file and line) when the configured
 * value does not parse. Immutable and thread-safe.
 */
public final class LibDefaults {

  /** MIT's default maximum clock skew. */
  public static final Duration DEFAULT_CLOCKSKEW = Duration.ofMinutes(5);
  /** MIT's default ticket lifetime. */
  public static final Duration DEFAULT_TICKET_LIFETIME = Duration.ofDays(1);
  /** MIT's default {@code udp_preference_limit}. */
  public static final int DEFAULT_UDP_PREFERENCE_LIMIT = 1465;

  private final Krb5Config cfg;
  private final @Nullable String realm;

  LibDefaults(Krb5Config cfg, @Nullable String realm) {
    this.cfg = cfg;
    this.realm = realm;
  }

  private String[] path(String tag) {
    if (realm != null && cfg.value("libdefaults", realm, tag).isPresent()) {
      return new String[] {"libdefaults", realm, tag};
    }
    return new String[] {"libdefaults", tag};
  }

  /**
   * Any {@code [libdefaults]} relation as text.
   *
   * @param tag the relation tag; not null
   * @return the first value, or empty
   */
  public Optional<String> string(String tag) {
    return cfg.string(path(tag));
  }

  private boolean bool(String tag, boolean dflt) throws Krb5ConfigException {
    return cfg.bool(path(tag)).orElse(dflt);
  }

  /** A duration that must not be negative (a negative skew or lifetime makes no sense). */
  private Duration duration(String tag, Duration dflt) throws Krb5ConfigException {
    String[] p = path(tag);
    Optional<Duration> d = cfg.duration(p);
    if (d.isPresent() && d.get().isNegative()) {
      throw new Krb5ConfigException(cfg.value(p).orElseThrow().origin(),
          "'" + tag + "' must not be negative");
    }
    return d.orElse(dflt);
  }

  /** @return {@code default_realm}, or empty */
  public Optional<String> defaultRealm() {
    return string("default_realm");
  }

  /**
   * @return {@code clockskew} (a duration; default 300 s)
   * @throws Krb5ConfigException when the value is not a duration or is negative
   */
  public Duration clockSkew() throws Krb5ConfigException {
    return duration("clockskew", DEFAULT_CLOCKSKEW);
  }

  /** @return {@code ticket_lifetime} (default 1 day) */
  public Duration ticketLifetime() throws Krb5ConfigException {
    return duration("ticket_lifetime", DEFAULT_TICKET_LIFETIME);
  }

  /** @return {@code renew_lifetime} (default 0: not renewable) */
  public Duration renewLifetime() throws Krb5ConfigException {
    return duration("renew_lifetime", Duration.ZERO);
  }

  /** @return {@code forwardable} (default false) */
  public boolean forwardable() throws Krb5ConfigException {
    return bool("forwardable", false);
  }

  /** @return {@code proxiable} (default false) */
  public boolean proxiable() throws Krb5ConfigException {
    return bool("proxiable", false);
  }

  /** @return {@code dns_lookup_kdc} (default true, as in MIT builds with DNS support) */
  public boolean dnsLookupKdc() throws Krb5ConfigException {
    return bool("dns_lookup_kdc", true);
  }

  /** @return {@code dns_lookup_realm} (default false) */
  public boolean dnsLookupRealm() throws Krb5ConfigException {
    return bool("dns_lookup_realm", false);
  }

  /** @return {@code dns_canonicalize_hostname}: a boolean or {@code fallback} (default true) */
  public DnsCanonicalization dnsCanonicalizeHostname() throws Krb5ConfigException {
    String[] p = path("dns_canonicalize_hostname");
    Optional<ConfigValue> v = cfg.value(p);
    if (v.isPresent() && v.get().text().strip().toLowerCase(Locale.ROOT).equals("fallback")) {
      return DnsCanonicalization.FALLBACK;
    }
    return cfg.bool(p).orElse(true) ? DnsCanonicalization.TRUE : DnsCanonicalization.FALSE;
  }

  /** @return {@code rdns} (default true) */
  public boolean rdns() throws Krb5ConfigException {
    return bool("rdns", true);
  }

  /** @return {@code allow_weak_crypto} (default false) */
  public boolean allowWeakCrypto() throws Krb5ConfigException {
    return bool("allow_weak_crypto", false);
  }

  /** @return {@code udp_preference_limit} in bytes (default 1465; MIT caps it at 32700) */
  public int udpPreferenceLimit() throws Krb5ConfigException {
    OptionalInt v = cfg.integer(path("udp_preference_limit"));
    return v.isPresent() ? Math.min(v.getAsInt(), 32700) : DEFAULT_UDP_PREFERENCE_LIMIT;
  }

  /** @return {@code permitted_enctypes}; {@code DEFAULT} when unset */
  public EnctypeListSpec permittedEnctypes() {
    return cfg.enctypes(path("permitted_enctypes")).orElse(EnctypeListSpec.parse("DEFAULT"));
  }

  /** @return {@code default_tkt_enctypes}; {@link #permittedEnctypes()} when unset (MIT 1.18+) */
  public EnctypeListSpec defaultTktEnctypes() {
    return cfg.enctypes(path("default_tkt_enctypes")).orElseGet(this::permittedEnctypes);
  }

  /** @return {@code default_tgs_enctypes}; {@link #permittedEnctypes()} when unset (MIT 1.18+) */
  public EnctypeListSpec defaultTgsEnctypes() {
    return cfg.enctypes(path("default_tgs_enctypes")).orElseGet(this::permittedEnctypes);
  }

  /** @return {@code default_ccache_name} before parameter expansion, or empty */
  public Optional<ConfigValue> defaultCcacheName() {
    return cfg.value(path("default_ccache_name"));
  }

  /** @return {@code default_keytab_name} before parameter expansion, or empty */
  public Optional<ConfigValue> defaultKeytabName() {
    return cfg.value(path("default_keytab_name"));
  }

  /** @return {@code default_client_keytab_name} before parameter expansion, or empty */
  public Optional<ConfigValue> defaultClientKeytabName() {
    return cfg.value(path("default_client_keytab_name"));
  }

  /**
   * {@code kdc_timeout}: the per-KDC reply timeout. MIT has no such relation (it waits 1 s before
   * trying the next KDC); Heimdal and the JDK read it, so it is offered for their files.
   *
   * @return the timeout, or empty when unset (the KDC client chooses)
   */
  public Optional<Duration> kdcTimeout() throws Krb5ConfigException {
    return cfg.duration(path("kdc_timeout")).isPresent()
        ? Optional.of(duration("kdc_timeout", Duration.ZERO)) : Optional.empty();
  }

  /**
   * {@code max_retries}: how often each KDC is tried (JDK relation; MIT ignores it).
   *
   * @return the count, or empty when unset
   */
  public OptionalInt maxRetries() throws Krb5ConfigException {
    return cfg.integer(path("max_retries"));
  }

  /** @return {@code ccache_type}, the FILE ccache version to write (default 4) */
  public int ccacheType() throws Krb5ConfigException {
    return cfg.integer(path("ccache_type")).orElse(4);
  }
}

package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.config.LibDefaults;
import io.gsskit.raw.internal.kerberos.kdc.KdcTransportOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the KDC client reads from krb5.conf, plus the clock. Immutable, thread-safe; change a
 * value with the {@code with...} methods.
 *
 * @param config the configuration (realm KDC lists, {@code [capaths]}, {@code [domain_realm]})
 * @param clock the clock for request times and reply checks (tests inject a fixed or skewed one)
 * @param clockSkew the allowed difference between our clock and a KDC's ({@code clockskew})
 * @param ticketLifetime the requested lifetime ({@code ticket_lifetime})
 * @param renewLifetime the requested renewable lifetime, zero for none ({@code renew_lifetime})
 * @param forwardable request forwardable initial tickets by default ({@code forwardable})
 * @param proxiable request proxiable initial tickets by default ({@code proxiable})
 * @param enctypes the enctype policy
 * @param transport how requests travel ({@code udp_preference_limit}, {@code dns_lookup_kdc},
 *     {@code kdc_timeout}, {@code max_retries})
 * @param maxHops the most referral or cross-realm steps one service-ticket request may take
 * @param kdcTimesync follow the KDC's clock ({@code kdc_timesync}, MIT default on): record the
 *     offset from a KRB_AP_ERR_SKEW error (then retry once) or an AS reply, use it for later
 *     request times and write it into new ccaches (v4 header tag 1)
 */
public record KdcClientSettings(Krb5Config config, Clock clock, Duration clockSkew,
    Duration ticketLifetime, Duration renewLifetime, boolean forwardable, boolean proxiable,
    EnctypePolicy enctypes, KdcTransportOptions transport, int maxHops, boolean kdcTimesync) {

  /** MIT's limit on referral hops ({@code KRB5_REFERRAL_MAXHOPS}). */
  public static final int DEFAULT_MAX_HOPS = 10;

  /**
   * Checks the values.
   *
   * @param config the configuration; not null
   * @param clock the clock; not null
   * @param clockSkew not negative
   * @param ticketLifetime positive
   * @param renewLifetime not negative
   * @param forwardable default forwardable
   * @param proxiable default proxiable
   * @param enctypes the policy; not null
   * @param transport the transport options; not null
   * @param maxHops 1..64
   * @param kdcTimesync follow the KDC's clock
   * @throws IllegalArgumentException for values out of range
   */
  public KdcClientSettings {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(enctypes, "enctypes");
    Objects.requireNonNull(transport, "transport");
    if (clockSkew.isNegative() || ticketLifetime.isNegative() || ticketLifetime.isZero()
        || renewLifetime.isNegative()) {
      throw new IllegalArgumentException("negative or zero duration");
    }
    if (maxHops < 1 || maxHops > 64) {
      throw new IllegalArgumentException("maxHops out of range: " + maxHops);
    }
  }

  /**
   * Settings with {@code kdc_timesync} on (MIT's default).
   *
   * @param config the configuration; not null
   * @param clock the clock; not null
   * @param clockSkew not negative
   * @param ticketLifetime positive
   * @param renewLifetime not negative
   * @param forwardable default forwardable
   * @param proxiable default proxiable
   * @param enctypes the policy; not null
   * @param transport the transport options; not null
   * @param maxHops 1..64
   * @throws IllegalArgumentException for values out of range
   */
  public KdcClientSettings(Krb5Config config, Clock clock, Duration clockSkew,
      Duration ticketLifetime, Duration renewLifetime, boolean forwardable, boolean proxiable,
      EnctypePolicy enctypes, KdcTransportOptions transport, int maxHops) {
    this(config, clock, clockSkew, ticketLifetime, renewLifetime, forwardable, proxiable,
        enctypes, transport, maxHops, true);
  }

  /**
   * Reads the settings from a configuration.
   *
   * @param config the configuration; not null
   * @param clock the clock; not null
   * @return the settings
   * @throws Krb5ConfigException when a relation is malformed or no enctype remains
   */
  public static KdcClientSettings from(Krb5Config config, Clock clock)
      throws Krb5ConfigException {
    LibDefaults d = config.libDefaults();
    KdcTransportOptions t = KdcTransportOptions.defaults()
        .withUdpPreferenceLimit(d.udpPreferenceLimit())
        .withDnsLookupKdc(d.dnsLookupKdc());
    if (d.kdcTimeout().isPresent() && !d.kdcTimeout().get().isZero()) {
      t = t.withKdcTimeout(d.kdcTimeout().get());
    }
    if (d.maxRetries().isPresent()) {
      t = t.withMaxRetries(Math.max(1, Math.min(10, d.maxRetries().getAsInt())));
    }
    return new KdcClientSettings(config, clock, d.clockSkew(), d.ticketLifetime(),
        d.renewLifetime(), d.forwardable(), d.proxiable(), EnctypePolicy.from(d), t,
        DEFAULT_MAX_HOPS, config.bool("libdefaults", "kdc_timesync").orElse(true));
  }

  /**
   * @param c the new clock; not null
   * @return a copy with the clock changed
   */
  public KdcClientSettings withClock(Clock c) {
    return new KdcClientSettings(config, c, clockSkew, ticketLifetime, renewLifetime, forwardable,
        proxiable, enctypes, transport, maxHops, kdcTimesync);
  }

  /**
   * @param t the new transport options; not null
   * @return a copy with the transport options changed
   */
  public KdcClientSettings withTransport(KdcTransportOptions t) {
    return new KdcClientSettings(config, clock, clockSkew, ticketLifetime, renewLifetime,
        forwardable, proxiable, enctypes, t, maxHops, kdcTimesync);
  }

  /**
   * @param e the new policy; not null
   * @return a copy with the enctype policy changed
   */
  public KdcClientSettings withEnctypes(EnctypePolicy e) {
    return new KdcClientSettings(config, clock, clockSkew, ticketLifetime, renewLifetime,
        forwardable, proxiable, e, transport, maxHops, kdcTimesync);
  }

  /**
   * @param on whether to follow the KDC's clock
   * @return a copy with {@code kdc_timesync} changed
   */
  public KdcClientSettings withKdcTimesync(boolean on) {
    return new KdcClientSettings(config, clock, clockSkew, ticketLifetime, renewLifetime,
        forwardable, proxiable, enctypes, transport, maxHops, on);
  }

  /** @return the default options for initial tickets from these settings */
  public TicketOptions defaultOptions() {
    return new TicketOptions(forwardable, proxiable, ticketLifetime,
        renewLifetime.isZero() ? null : renewLifetime, false);
  }
}

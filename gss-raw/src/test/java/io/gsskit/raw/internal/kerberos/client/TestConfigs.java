package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.kdc.KdcTransportOptions;
import java.time.Clock;
import java.time.Duration;

/** Test support: krb5.conf texts and fast client settings for loopback KDCs. */
final class TestConfigs {

  private TestConfigs() {}

  /**
   * @param realm the default realm
   * @param realms the {@code [realms]} body, e.g. {@code R = { kdc = 127.0.0.1:88 }}
   * @param libdefaults extra {@code [libdefaults]} lines
   */
  static Krb5Config config(String realm, String realms, String libdefaults) throws Exception {
    String text = "[libdefaults]\n default_realm = " + realm + "\n dns_lookup_kdc = false\n"
        + " dns_lookup_realm = false\n" + libdefaults + "\n[realms]\n" + realms + "\n";
    return Krb5Config.parse(text, "test-krb5.conf");
  }

  static Krb5Config single(String realm, String kdc, String libdefaults) throws Exception {
    return config(realm, " " + realm + " = {\n  kdc = " + kdc + "\n }", libdefaults);
  }

  static KdcClientSettings settings(Krb5Config cfg) throws Exception {
    return settings(cfg, Clock.systemUTC());
  }

  static KdcClientSettings settings(Krb5Config cfg, Clock clock) throws Exception {
    KdcClientSettings s = KdcClientSettings.from(cfg, clock);
    KdcTransportOptions t = s.transport().withKdcTimeout(Duration.ofMillis(300))
        .withMaxRetries(2).withRequestTimeout(Duration.ofSeconds(5));
    return s.withTransport(t);
  }
}

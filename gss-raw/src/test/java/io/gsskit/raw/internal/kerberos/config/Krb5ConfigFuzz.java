package io.gsskit.raw.internal.kerberos.config;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** Coverage-guided fuzzing of the profile parser and the typed accessors. */
class Krb5ConfigFuzz {

  @FuzzTest
  void parse(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      Krb5Config cfg = Krb5Config.parse(text, "fuzz");
      LibDefaults lib = cfg.libDefaults();
      lib.defaultRealm();
      lib.clockSkew();
      lib.ticketLifetime();
      lib.forwardable();
      lib.udpPreferenceLimit();
      lib.dnsCanonicalizeHostname();
      for (String realm : cfg.names("realms")) {
        cfg.realm(realm).kdcs();
        cfg.realm(realm).adminServers();
      }
      cfg.realmForHost("host.example.com");
    } catch (Krb5ConfigException expected) {
      // the only defined failure
    }
  }

  @FuzzTest
  void kdcAddress(byte[] data) {
    String value = new String(data, StandardCharsets.UTF_8);
    ProfileOrigin at = new ProfileOrigin("fuzz", 1);
    try {
      KdcAddress a = KdcAddress.parse(value, KdcAddress.KERBEROS_PORT, at);
      KdcAddress again = KdcAddress.parse(a.toString(), KdcAddress.KERBEROS_PORT, at);
      if (!again.equals(a)) {
        throw new AssertionError("round trip changed " + a + " into " + again);
      }
    } catch (Krb5ConfigException expected) {
      // the only defined failure
    }
  }
}

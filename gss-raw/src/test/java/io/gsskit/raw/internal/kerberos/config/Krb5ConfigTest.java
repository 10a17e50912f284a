package io.gsskit.raw.internal.kerberos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Krb5ConfigTest {

  private static Environment env(Map<String, String> vars) {
    return Environment.of(vars, 1000, 1001, "alice");
  }

  @Test
  void missingConfigurationGivesMitDefaults() throws Exception {
    LibDefaults lib = Krb5Config.empty().libDefaults();
    assertThat(lib.defaultRealm()).isEmpty();
    assertThat(lib.clockSkew()).isEqualTo(Duration.ofSeconds(300));
    assertThat(lib.ticketLifetime()).isEqualTo(Duration.ofDays(1));
    assertThat(lib.renewLifetime()).isZero();
    assertThat(lib.forwardable()).isFalse();
    assertThat(lib.proxiable()).isFalse();
    assertThat(lib.dnsLookupKdc()).isTrue();
    assertThat(lib.dnsLookupRealm()).isFalse();
    assertThat(lib.dnsCanonicalizeHostname()).isEqualTo(DnsCanonicalization.TRUE);
    assertThat(lib.rdns()).isTrue();
    assertThat(lib.allowWeakCrypto()).isFalse();
    assertThat(lib.udpPreferenceLimit()).isEqualTo(1465);
    assertThat(lib.permittedEnctypes()).hasToString("DEFAULT");
    assertThat(lib.defaultTktEnctypes()).hasToString("DEFAULT");
    assertThat(lib.kdcTimeout()).isEmpty();
    assertThat(lib.maxRetries()).isEmpty();
    assertThat(lib.ccacheType()).isEqualTo(4);
    assertThat(Krb5Config.empty().realm("X").kdcs()).isEmpty();
    assertThat(Krb5Config.empty().realmForHost("a.b")).isEmpty();
  }

  @Test
  void typedLibdefaults() throws Exception {
    Krb5Config cfg = Krb5Config.parse("""
        [libdefaults]
         default_realm = EXAMPLE.COM
         clockskew = 120
         ticket_lifetime = 10h
         renew_lifetime = 7d
         forwardable = yes
         proxiable = on
         dns_lookup_kdc = false
         dns_lookup_realm = true
         dns_canonicalize_hostname = fallback
         rdns = false
         allow_weak_crypto = true
         udp_preference_limit = 1
         permitted_enctypes = aes256-cts-hmac-sha384-192 aes256-cts-hmac-sha1-96
         default_tgs_enctypes = DEFAULT -rc4-hmac
         kdc_timeout = 3s
         max_retries = 2
         default_ccache_name = DIR:%{TEMP}/cc_%{uid}
         default_keytab_name = FILE:/srv/%{username}.keytab
         EXAMPLE.COM = {
          forwardable = false
          clockskew = 1m
         }
        """, "k");
    LibDefaults lib = cfg.libDefaults();
    assertThat(lib.defaultRealm()).contains("EXAMPLE.COM");
    assertThat(lib.clockSkew()).isEqualTo(Duration.ofMinutes(2));
    assertThat(lib.ticketLifetime()).isEqualTo(Duration.ofHours(10));
    assertThat(lib.renewLifetime()).isEqualTo(Duration.ofDays(7));
    assertThat(lib.forwardable()).isTrue();
    assertThat(lib.proxiable()).isTrue();
    assertThat(lib.dnsLookupKdc()).isFalse();
    assertThat(lib.dnsLookupRealm()).isTrue();
    assertThat(lib.dnsCanonicalizeHostname()).isEqualTo(DnsCanonicalization.FALLBACK);
    assertThat(lib.rdns()).isFalse();
    assertThat(lib.allowWeakCrypto()).isTrue();
    assertThat(lib.udpPreferenceLimit()).isEqualTo(1);
    assertThat(lib.permittedEnctypes().tokens()).hasSize(2);
    assertThat(lib.defaultTktEnctypes()).isEqualTo(lib.permittedEnctypes());
    assertThat(lib.defaultTgsEnctypes()).hasToString("DEFAULT -rc4-hmac");
    assertThat(lib.kdcTimeout()).contains(Duration.ofSeconds(3));
    assertThat(lib.maxRetries()).hasValue(2);
    LibDefaults realm = cfg.libDefaults("EXAMPLE.COM");
    assertThat(realm.forwardable()).isFalse();
    assertThat(realm.clockSkew()).isEqualTo(Duration.ofMinutes(1));
    assertThat(realm.proxiable()).isTrue();
    assertThat(cfg.libDefaults("OTHER").forwardable()).isTrue();
    assertThat(DefaultNames.ccacheName(env(Map.of("TMPDIR", "/var/tmp")), cfg))
        .isEqualTo("DIR:/var/tmp/cc_1000");
    assertThat(DefaultNames.keytabName(env(Map.of()), cfg)).isEqualTo("FILE:/srv/alice.keytab");
  }

  @Test
  void realmsKeepKdcOrder() throws Exception {
    Krb5Config cfg = Krb5Config.parse("""
        [realms]
         EXAMPLE.COM = {
          kdc = kdc2.example.com
          kdc = tcp/kdc1.example.com:1088
          master_kdc = kdc1.example.com
          admin_server = kdc1.example.com
          kpasswd_server = [::1]
          default_domain = example.com
         }
        """, "k");
    RealmConfig r = cfg.realm("EXAMPLE.COM");
    assertThat(r.isConfigured()).isTrue();
    assertThat(r.kdcs()).extracting(KdcAddress::toString)
        .containsExactly("kdc2.example.com:88", "tcp/kdc1.example.com:1088");
    assertThat(r.masterKdcs()).extracting(KdcAddress::port).containsExactly(88);
    assertThat(r.adminServers()).extracting(KdcAddress::port).containsExactly(749);
    assertThat(r.kpasswdServers()).extracting(KdcAddress::toString).containsExactly("[::1]:464");
    assertThat(r.defaultDomain()).contains("example.com");
    assertThat(cfg.realm("OTHER").isConfigured()).isFalse();
  }

  @Test
  void domainRealmExactThenLongestSuffix() throws Exception {
    Krb5Config cfg = Krb5Config.parse("""
        [domain_realm]
         .example.com = EXAMPLE.COM
         example.com = BARE.EXAMPLE.COM
         .dev.example.com = DEV.EXAMPLE.COM
         special.dev.example.com = SPECIAL
         com = COM
        """, "k");
    assertThat(cfg.realmForHost("special.dev.example.com")).contains("SPECIAL");
    assertThat(cfg.realmForHost("Host.DEV.example.com.")).contains("DEV.EXAMPLE.COM");
    assertThat(cfg.realmForHost("host.example.com")).contains("EXAMPLE.COM");
    assertThat(cfg.realmForHost("example.com")).contains("BARE.EXAMPLE.COM");
    assertThat(cfg.realmForHost("other.com")).contains("COM");
    assertThat(cfg.realmForHost("other.org")).isEmpty();
    assertThat(cfg.realmForHost("...")).isEmpty();
  }

  @Test
  void filesMergeEarlierFirstAndFinalStopsLaterFiles(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.conf");
    Path b = dir.resolve("b.conf");
    Files.writeString(a, """
        [libdefaults]
         default_realm = A
        [realms]
         R = {
          kdc = a1
         }
         F* = {
          kdc = fa
         }
        [capaths]*
         X = {
         }
        [plugins]
         p* = 1
        """);
    Files.writeString(b, """
        [libdefaults]
         default_realm = B
         forwardable = true
        [realms]
         R = {
          kdc = b1
         }
         F = {
          kdc = fb
         }
         G = {
         }
        [capaths]
         Y = {
         }
        [plugins]
         p = 2
        """);
    Krb5Config cfg = Krb5Config.load(env(Map.of("KRB5_CONFIG",
        dir.resolve("missing") + ":" + a + "::" + b)));
    assertThat(cfg.files()).hasSize(2);
    assertThat(cfg.libDefaults().defaultRealm()).contains("A");
    assertThat(cfg.strings("libdefaults", "default_realm")).containsExactly("A", "B");
    assertThat(cfg.libDefaults().forwardable()).isTrue();
    assertThat(cfg.strings("realms", "R", "kdc")).containsExactly("a1", "b1");
    assertThat(cfg.strings("realms", "F", "kdc")).containsExactly("fa");
    assertThat(cfg.names("realms")).containsExactly("R", "F", "G");
    assertThat(cfg.names("capaths")).containsExactly("X");
    assertThat(cfg.strings("plugins", "p")).containsExactly("1");
    assertThat(cfg.value("realms", "R", "kdc").orElseThrow().origin())
        .isEqualTo(new ProfileOrigin(a.toString(), 5));
  }

  @Test
  void krb5ConfigDirectoryAndDefaultPath(@TempDir Path dir) throws Exception {
    Path d = Files.createDirectory(dir.resolve("d"));
    Files.writeString(d.resolve("10-a"), "[libdefaults]\n default_realm = FIRST\n");
    Files.writeString(d.resolve("20-b.conf"), "[libdefaults]\n default_realm = SECOND\n");
    Files.writeString(d.resolve("30.bak~"), "broken [");
    Krb5Config cfg = Krb5Config.load(env(Map.of("KRB5_CONFIG", d.toString())));
    assertThat(cfg.strings("libdefaults", "default_realm")).containsExactly("FIRST", "SECOND");
    assertThat(Krb5Config.load(env(Map.of("KRB5_CONFIG", dir.resolve("none").toString())))
        .files()).isEmpty();
  }

  @Test
  void syntaxErrorInAListedFileFails(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.conf");
    Files.writeString(a, "[libdefaults\n");
    assertThatThrownBy(() -> Krb5Config.load(env(Map.of("KRB5_CONFIG", a.toString()))))
        .isInstanceOf(Krb5ConfigException.class).hasMessageStartingWith(a + ":1: ");
  }

  @Test
  void defaultNamesFollowMitOrder() throws Exception {
    Krb5Config none = Krb5Config.empty();
    Krb5Config conf = Krb5Config.parse("""
        [libdefaults]
         default_ccache_name = KEYRING:persistent:%{uid}
         default_keytab_name = FILE:%{TEMP}/kt
         default_client_keytab_name = FILE:/c/%{euid}/%{USERID}/%{null}x
        """, "k");
    Environment bare = env(Map.of());
    assertThat(DefaultNames.ccacheName(bare, none)).isEqualTo("FILE:/tmp/krb5cc_1000");
    assertThat(DefaultNames.keytabName(bare, none)).isEqualTo("FILE:/etc/krb5.keytab");
    assertThat(DefaultNames.clientKeytabName(bare, none))
        .isEqualTo("FILE:/var/lib/krb5/user/1001/client.keytab");
    assertThat(DefaultNames.ccacheName(bare, conf)).isEqualTo("KEYRING:persistent:1000");
    assertThat(DefaultNames.keytabName(bare, conf)).isEqualTo("FILE:/tmp/kt");
    assertThat(DefaultNames.clientKeytabName(bare, conf)).isEqualTo("FILE:/c/1001/1001/x");
    Environment set = env(Map.of("KRB5CCNAME", "MEMORY:%{uid}", "KRB5_KTNAME", "/k",
        "KRB5_CLIENT_KTNAME", "WRFILE:/ck"));
    assertThat(DefaultNames.ccacheName(set, conf)).isEqualTo("MEMORY:%{uid}");
    assertThat(DefaultNames.keytabName(set, conf)).isEqualTo("/k");
    assertThat(DefaultNames.clientKeytabName(set, conf)).isEqualTo("WRFILE:/ck");
    assertThat(DefaultNames.ccacheName(env(Map.of("KRB5CCNAME", "")), none))
        .isEqualTo("FILE:/tmp/krb5cc_1000");
  }

  @Test
  void expansionErrorsNameTheRelation() throws Exception {
    Krb5Config conf = Krb5Config.parse("[libdefaults]\n\n default_ccache_name = FILE:%{LIBDIR}/x\n"
        + " default_keytab_name = FILE:%{uid\n", "k");
    assertThatThrownBy(() -> DefaultNames.ccacheName(env(Map.of()), conf))
        .isInstanceOf(Krb5ConfigException.class).hasMessageStartingWith("k:3: ")
        .hasMessageContaining("%{LIBDIR}");
    assertThatThrownBy(() -> DefaultNames.keytabName(env(Map.of()), conf))
        .hasMessageStartingWith("k:4: ").hasMessageContaining("closing");
    Environment noIds = new Environment() {
      @Override
      public java.util.Optional<String> get(String name) {
        return java.util.Optional.empty();
      }

      @Override
      public java.util.OptionalLong uid() {
        return java.util.OptionalLong.empty();
      }

      @Override
      public java.util.OptionalLong euid() {
        return java.util.OptionalLong.empty();
      }

      @Override
      public java.util.Optional<String> userName() {
        return java.util.Optional.empty();
      }
    };
    assertThatThrownBy(() -> DefaultNames.ccacheName(noIds, Krb5Config.empty()))
        .isInstanceOf(Krb5ConfigException.class).hasMessageContaining("%{uid}");
  }

  @Test
  void systemEnvironmentHasIdsOnLinux() {
    Environment sys = Environment.system();
    if (Files.isRegularFile(Path.of("/proc/self/status"))) {
      assertThat(sys.uid()).isPresent();
      assertThat(sys.euid()).isPresent();
    }
    assertThat(sys.get("PATH")).isEqualTo(java.util.Optional.ofNullable(System.getenv("PATH")));
  }

  @Test
  void valuesNeedASectionAndTag() {
    assertThatThrownBy(() -> Krb5Config.empty().values("libdefaults"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Krb5Config.of(List.of()).names("x")).isEmpty();
  }
}

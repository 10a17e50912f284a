package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.ext.CredStore;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.client.TicketGrant;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import io.gsskit.raw.testsupport.KerbyKdc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GSSKit credential-store key {@code krb5_config}: two Kerby KDCs with different realms in one
 * JVM, a mechanism whose own (process) profile knows neither realm, and credentials that each name
 * their realm's krb5.conf. No environment variable or system property points at either realm.
 */
class Krb5PerCredConfigTest {

  /** One realm: KDC, user with ccache (TGT + service ticket), service keytab, krb5.conf. */
  record Realm(KerbyKdc kdc, String user, String service, String host, Path ccache,
      Path tgtOnly, Path keytab, Path conf) {}

  static Path dir;
  static Realm alpha;
  static Realm beta;
  static Krb5Settings settings;
  static Glue glue;

  @BeforeAll
  static void start() throws Exception {
    dir = Files.createTempDirectory("gsskit-percred-");
    alpha = realm("ALPHA.TEST", "alice", "svc.alpha.test");
    beta = realm("BETA.TEST", "bob", "svc.beta.test");
    // the process profile: a file that does not exist, so no realm, KDC or default is known
    Map<String, String> env = Map.of("KRB5_CONFIG", dir.resolve("no-such-krb5.conf").toString(),
        "KRB5CCNAME", "FILE:" + dir.resolve("no-such-ccache"));
    settings = new Krb5Settings(Environment.of(env, 1000, 1000, "tester"), Clock.systemUTC(),
        new SecureRandom(), null);
    glue = Krb5Fixture.glue(settings);
  }

  private static Realm realm(String realm, String user, String host) throws Exception {
    KerbyKdc kdc = KerbyKdc.start(realm, KerbyKdc.DEFAULT_ENCTYPES);
    Path d = Files.createDirectories(dir.resolve(realm));
    String service = kdc.addPrincipal("HTTP/" + host);
    String u = kdc.addPrincipal(user, user + "-pw");
    Path keytab = d.resolve("http.keytab");
    kdc.exportKeytab(service, keytab);
    Path ccache = d.resolve("ccache");
    kdc.kinit(u, user + "-pw", ccache);
    Path tgtOnly = d.resolve("tgt-only");
    kdc.kinit(u, user + "-pw", tgtOnly);
    var client = kdc.server().getKrbClient();
    var sgt = client.requestSgt(ccache.toFile(), service);
    Path tmp = d.resolve("sgt");
    client.storeTicket(sgt, tmp.toFile());
    var ours = CredentialCaches.resolve("FILE:" + ccache);
    for (var c : CredentialCaches.resolve("FILE:" + tmp).credentials()) {
      ours.store(c);
    }
    Files.delete(tmp);
    Path conf = d.resolve("krb5.conf");
    Files.writeString(conf, "[libdefaults]\n default_realm = " + realm
        + "\n dns_canonicalize_hostname = false\n rdns = false\n"
        + " default_keytab_name = FILE:" + keytab + "\n"
        + "[realms]\n " + realm + " = {\n  kdc = 127.0.0.1:" + kdc.port() + "\n }\n"
        + "[domain_realm]\n " + host + " = " + realm + "\n", StandardCharsets.UTF_8);
    return new Realm(kdc, u, service, host, ccache, tgtOnly, keytab, conf);
  }

  @AfterAll
  static void stop() throws Exception {
    for (Realm r : new Realm[] {alpha, beta}) {
      if (r != null) {
        r.kdc().close();
      }
    }
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static CredHandle acquire(int usage, Map<String, String> store) {
    return Krb5Fixture.cred(glue, usage, store);
  }

  private static String establish(CredHandle ic, CredHandle ac, NameHandle target) {
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    Buffer tok = new Buffer();
    int flags = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG;
    int major = glue.contexts.initSecContext(minor, ic, ictx, target, Gss.GSS_MECH_KRB5, flags,
        0, null, null, null, tok, null, null);
    assertThat(major).as(glue.status.describe(major, minor))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    ContextHandle.Ref actx = new ContextHandle.Ref();
    NameHandle.Ref src = new NameHandle.Ref();
    Buffer rep = new Buffer();
    major = glue.contexts.acceptSecContext(minor, actx, ac, tok.value(), null, src, null, rep,
        null, null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    major = glue.contexts.initSecContext(minor, ic, ictx, target, Gss.GSS_MECH_KRB5, flags, 0,
        null, rep.value(), null, new Buffer(), null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    StringHolder s = new StringHolder();
    glue.names.displayName(minor, src.get(), s, new OidHolder());
    glue.contexts.deleteSecContext(minor, ictx, null);
    glue.contexts.deleteSecContext(minor, actx, null);
    return s.get();
  }

  @Test
  void twoRealmsEstablishConcurrentlyEachWithItsOwnKrb5Conf() throws Exception {
    List<Callable<List<String>>> jobs = new ArrayList<>();
    for (Realm r : new Realm[] {alpha, beta}) {
      CredHandle ic = acquire(Gss.GSS_C_INITIATE, Map.of(CredStore.CCACHE, "FILE:" + r.ccache(),
          CredStore.KRB5_CONFIG, r.conf().toString()));
      // the keytab comes from the credential's default_keytab_name
      CredHandle ac = acquire(Gss.GSS_C_ACCEPT, Map.of(CredStore.KRB5_CONFIG,
          r.conf().toString(), CredStore.RCACHE, "memory:" + r.kdc().realm()));
      NameHandle target = Krb5Fixture.name(glue, "HTTP@" + r.host(),
          Gss.GSS_C_NT_HOSTBASED_SERVICE);
      jobs.add(() -> {
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
          sources.add(establish(ic, ac, target));
        }
        return sources;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<String>>> results = pool.invokeAll(jobs);
      assertThat(results.get(0).get()).hasSize(20).containsOnly(alpha.user());
      assertThat(results.get(1).get()).hasSize(20).containsOnly(beta.user());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void passwordLoginAsksTheCredentialsKdcAndMapsTheDesiredNamesRealm() {
    Krb5Creds creds = new Krb5Creds(settings, new Krb5Kdc(settings));
    Holder<MechName> name = new Holder<>();
    MinorStatus minor = new MinorStatus();
    // "bob" has no realm: the process profile has no default realm, the credential's has
    assertThat(new Krb5Names(settings).importName(minor, "bob".getBytes(StandardCharsets.UTF_8),
        Gss.GSS_KRB5_NT_PRINCIPAL_NAME, name)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(((Krb5Name) name.get()).principal().realm()).isEmpty();
    Holder<MechCred> out = new Holder<>();
    int major = creds.acquire(minor, name.get(), 0, Gss.GSS_C_INITIATE,
        Map.of(CredStore.PASSWORD, "bob-pw", CredStore.KRB5_CONFIG, beta.conf().toString()), out,
        new IntHolder());
    assertThat(major).as("minor %s", minor.value()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Krb5Cred cred = (Krb5Cred) out.get();
    assertThat(cred.initiatorName().toString()).isEqualTo(beta.user());
    assertThat(cred.hasOwnConfig()).isTrue();
    cred.release();
    // without the key: no default realm, no KDC
    major = creds.acquire(minor, name.get(), 0, Gss.GSS_C_INITIATE,
        Map.of(CredStore.PASSWORD, "bob-pw"), new Holder<>(), new IntHolder());
    assertThat(major).isNotEqualTo(GssStatus.GSS_S_COMPLETE);
  }

  @Test
  void initiatorHooksMapTheTargetAndReachTheCredentialsKdc() throws Exception {
    Krb5Creds creds = new Krb5Creds(settings, new Krb5Kdc(settings));
    MinorStatus minor = new MinorStatus();
    Path tgtOnly = beta.tgtOnly();
    Holder<MechCred> out = new Holder<>();
    assertThat(creds.acquire(minor, null, 0, Gss.GSS_C_INITIATE, Map.of(CredStore.CCACHE,
        "FILE:" + tgtOnly, CredStore.KRB5_CONFIG, beta.conf().toString()), out,
        new IntHolder())).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Krb5Cred cred = (Krb5Cred) out.get();
    Holder<MechName> target = new Holder<>();
    new Krb5Names(settings).importName(minor, ("HTTP@" + beta.host())
        .getBytes(StandardCharsets.UTF_8), Gss.GSS_C_NT_HOSTBASED_SERVICE, target);
    Krb5Name t = (Krb5Name) target.get();
    // the process profile maps the host to the referral realm, the credential's to BETA.TEST
    assertThat(t.principal().realm()).isEmpty();
    KerberosPrincipal server = cred.targetPrincipal(t);
    assertThat(server.toString()).isEqualTo(beta.service());
    // an explicit realm is kept
    Krb5Name explicit = new Krb5Name(KerberosPrincipal.parse("HTTP/x@OTHER.TEST", "", 3)
        .orElseThrow());
    assertThat(cred.targetPrincipal(explicit).realm()).isEqualTo("OTHER.TEST");
    // TGS through the credential's KDC (BETA: with Kerby 2.1, a KDC started earlier in the
    // same JVM answers KDC_ERR_WRONG_REALM once a later one started, so KDC exchanges go to the
    // last one; ALPHA's tickets were obtained before BETA started); the mechanism's own
    // profile knows no KDC
    Krb5Kdc kdc = new Krb5Kdc(settings);
    var tickets = kdc.tickets(cred);
    TicketGrant g = tickets.getServiceTicket(cred.ccache(), server,
        tickets.client().settings().defaultOptions());
    try {
      assertThat(g.server().toString()).isEqualTo(beta.service());
    } finally {
      g.destroy();
    }
    // a credential without the key keeps the mechanism's profile
    assertThat(kdc.tickets().client().settings()).isNotNull();
    Krb5Cred plain = new Krb5Cred(Gss.GSS_C_INITIATE, cred.initiatorName(), cred.ccache(), null,
        null, null, null, false);
    assertThat(plain.targetPrincipal(t)).isEqualTo(t.principal());
    assertThat(plain.settingsOr(settings)).isSameAs(settings);
  }

  @Test
  void missingOrMalformedKrb5ConfigFails() throws Exception {
    MinorStatus minor = new MinorStatus();
    int major = glue.creds.acquireCredFrom(minor, null, 0, null, Gss.GSS_C_INITIATE,
        Map.of(CredStore.CCACHE, "FILE:" + alpha.ccache(), CredStore.KRB5_CONFIG,
            dir.resolve("absent.conf").toString()), new CredHandle.Ref(), null, null);
    assertThat(major).isEqualTo(GssStatus.GSS_S_FAILURE);
    Path bad = dir.resolve("bad.conf");
    Files.writeString(bad, "[libdefaults\n");
    major = glue.creds.acquireCredFrom(minor, null, 0, null, Gss.GSS_C_INITIATE,
        Map.of(CredStore.CCACHE, "FILE:" + alpha.ccache(), CredStore.KRB5_CONFIG,
            bad.toString()), new CredHandle.Ref(), null, null);
    assertThat(major).isEqualTo(GssStatus.GSS_S_FAILURE);
  }

  @Test
  void derivedSettingsShareTheReplayCacheResolverAndParsedProfile() throws Exception {
    Krb5Settings a = settings.withConfig(alpha.conf().toString());
    assertThat(settings.withConfig(alpha.conf().toString())).isSameAs(a);
    assertThat(a.withConfig(alpha.conf().toString())).isSameAs(a);
    assertThat(a.config()).isSameAs(a.config());
    assertThat(a.config().libDefaults().defaultRealm()).contains("ALPHA.TEST");
    var skew = java.time.Duration.ofMinutes(5);
    assertThat(a.rcacheResolver(skew)).isSameAs(settings.rcacheResolver(skew));
    assertThat(a.hasOwnConfig()).isTrue();
    assertThat(settings.hasOwnConfig()).isFalse();
    assertThat(new HashMap<>(Map.of(1, a)).get(1).env()).isSameAs(settings.env());
  }
}

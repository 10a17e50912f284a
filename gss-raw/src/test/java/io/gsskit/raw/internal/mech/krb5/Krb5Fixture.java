package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.glue.MechRegistry;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.testsupport.KerbyKdc;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Kerby KDC with a user {@code alice} (ccache with a TGT and a service ticket for {@code
 * HTTP/server.gsskit.test}) and the service's keytab, plus a krb5.conf and an injected
 * environment for the mechanism. Never reads the real {@code /etc/krb5.conf} or environment.
 */
final class Krb5Fixture implements AutoCloseable {

  static final String HOST = "server.gsskit.test";
  static final String PASSWORD = "alice-secret";

  final KerbyKdc kdc;
  final Path dir;
  final Path ccache;
  final Path keytab;
  final Path clientKeytab;
  final Path krb5Conf;
  final String service;
  final String alice;

  Krb5Fixture() throws Exception {
    kdc = KerbyKdc.start();
    dir = Files.createTempDirectory("gsskit-krb5-");
    service = kdc.addPrincipal("HTTP/" + HOST);
    alice = kdc.addPrincipal("alice", PASSWORD);
    keytab = dir.resolve("http.keytab");
    kdc.exportKeytab(service, keytab);
    clientKeytab = dir.resolve("alice.keytab");
    kdc.exportKeytab(alice, clientKeytab);
    ccache = dir.resolve("ccache");
    kdc.kinit(alice, PASSWORD, ccache);
    addServiceTicket(ccache, service);
    krb5Conf = dir.resolve("krb5.conf");
    Files.writeString(krb5Conf, "[libdefaults]\n default_realm = " + kdc.realm()
        + "\n dns_canonicalize_hostname = false\n rdns = false\n"
        + "[realms]\n " + kdc.realm() + " = {\n  kdc = 127.0.0.1:" + kdc.port() + "\n }\n"
        + "[domain_realm]\n .gsskit.test = " + kdc.realm() + "\n", StandardCharsets.UTF_8);
  }

  /** Gets a service ticket with Kerby's client and appends it to the ccache. */
  void addServiceTicket(Path cc, String server) throws Exception {
    var client = kdc.server().getKrbClient();
    var sgt = client.requestSgt(cc.toFile(), server);
    // Kerby rewrites the whole file; keep its TGT by merging through our ccache code.
    Path tmp = dir.resolve("sgt-" + System.nanoTime());
    client.storeTicket(sgt, tmp.toFile());
    var ours = io.gsskit.raw.internal.kerberos.ccache.CredentialCaches.resolve("FILE:" + cc);
    var theirs = io.gsskit.raw.internal.kerberos.ccache.CredentialCaches.resolve("FILE:" + tmp);
    for (var c : theirs.credentials()) {
      ours.store(c);
    }
    Files.delete(tmp);
  }

  Map<String, String> env() {
    Map<String, String> m = new HashMap<>();
    m.put("KRB5_CONFIG", krb5Conf.toString());
    m.put("KRB5CCNAME", "FILE:" + ccache);
    m.put("KRB5_KTNAME", "FILE:" + keytab);
    m.put("KRB5RCACHETYPE", "memory");
    return m;
  }

  Krb5Settings settings(Map<String, String> env, Clock clock) throws Exception {
    return new Krb5Settings(Environment.of(env, 1000, 1000, "tester"), clock, new SecureRandom(),
        Krb5Config.load(List.of(krb5Conf)));
  }

  Glue glue() throws Exception {
    return glue(Clock.systemUTC());
  }

  Glue glue(Clock clock) throws Exception {
    return glue(settings(env(), clock));
  }

  static Glue glue(Krb5Settings settings) {
    return new Glue(MechRegistry.of(List.of(new Krb5MechanismProvider(settings))));
  }

  static NameHandle name(Glue g, String text, io.gsskit.raw.Oid type) {
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref ref = new NameHandle.Ref();
    int major = g.names.importName(minor, text.getBytes(StandardCharsets.UTF_8), type, ref);
    if (major != GssStatus.GSS_S_COMPLETE) {
      throw new AssertionError("importName " + text + ": " + g.status.describe(major, minor));
    }
    return ref.orElseThrow();
  }

  static CredHandle cred(Glue g, int usage, Map<String, String> store) {
    MinorStatus minor = new MinorStatus();
    CredHandle.Ref ref = new CredHandle.Ref();
    int major = g.creds.acquireCredFrom(minor, null, 0, null, usage, store, ref, null, null);
    if (major != GssStatus.GSS_S_COMPLETE) {
      throw new AssertionError("acquire: " + g.status.describe(major, minor));
    }
    return ref.orElseThrow();
  }

  /** One initiator step; returns the output token, asserting the major status. */
  static byte[] init(Glue g, ContextHandle.Ref ctx, NameHandle target, int flags,
      byte[] input, int expected) {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    int major = g.contexts.initSecContext(minor, null, ctx, target, Gss.GSS_MECH_KRB5, flags, 0,
        null, input, null, out, null, null);
    if (major != expected) {
      throw new AssertionError("init: " + g.status.describe(major, minor));
    }
    return out.value();
  }

  File file(String name) {
    return dir.resolve(name).toFile();
  }

  @Override
  public void close() throws Exception {
    kdc.close();
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}

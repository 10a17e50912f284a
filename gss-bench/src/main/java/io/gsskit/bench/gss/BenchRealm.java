package io.gsskit.bench.gss;

import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.testsupport.KerbyKdc;
import io.gsskit.raw.testsupport.MitRealm;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One benchmark realm on 127.0.0.1 in a directory: {@code krb5.conf} (read by both GSSKit and
 * the JDK), the user's FILE ccache holding a TGT <em>and</em> a service ticket for the service,
 * the service's keytab, and {@code realm.properties} naming the principals.
 *
 * <p>aes256-cts-hmac-sha1-96 realms run on the embedded Apache Kerby KDC; Kerby lacks the RFC 8009
 * enctypes, so aes256-cts-hmac-sha384-192 realms run on a real MIT krb5 KDC ({@link MitRealm}).
 *
 * <p>A realm is either {@linkplain #create created} (the KDC runs in this JVM; {@link
 * RealmServer} does that once for a whole JMH run) or {@linkplain #open opened} from a directory
 * another process created. {@link #forEnctype} picks one of the two for a benchmark fork.
 */
public final class BenchRealm implements AutoCloseable {

  /** System property naming the directory of realms a {@link RealmServer} created. */
  public static final String REALMS_PROPERTY = "gsskit.bench.realms";
  /** The RFC 3962 enctype of the figures. */
  public static final String AES256_SHA1 = "aes256-cts-hmac-sha1-96";
  /** The RFC 8009 enctype of the figures. */
  public static final String AES256_SHA384 = "aes256-cts-hmac-sha384-192";

  static final String HOST = "server.gsskit.bench";
  private static final String PASSWORD = "bench-user-password";
  private static final Map<String, BenchRealm> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path dir;
  private final String enctype;
  private final String realm;
  private final String client;
  private final String service;
  private final AutoCloseable kdc;

  private BenchRealm(Path dir, String enctype, String realm, String client, String service,
      AutoCloseable kdc) {
    this.dir = dir;
    this.enctype = enctype;
    this.realm = realm;
    this.client = client;
    this.service = service;
    this.kdc = kdc;
  }

  /**
   * The realm for an enctype: opened from {@code -Dgsskit.bench.realms=DIR} when set, else
   * created once per JVM (closed at JVM exit).
   *
   * @param enctype {@link #AES256_SHA1} or {@link #AES256_SHA384}
   * @return the realm
   * @throws Exception when the KDC cannot be started or the directory is incomplete
   */
  public static BenchRealm forEnctype(String enctype) throws Exception {
    String base = System.getProperty(REALMS_PROPERTY);
    if (base != null && !base.isEmpty()) {
      return open(Path.of(base).resolve(enctype));
    }
    BenchRealm r = IN_PROCESS.get(enctype);
    if (r == null) {
      synchronized (IN_PROCESS) {
        r = IN_PROCESS.get(enctype);
        if (r == null) {
          Path dir = Files.createTempDirectory("gsskit-bench-" + enctype + "-");
          BenchRealm created = create(dir, enctype);
          Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(created)));
          IN_PROCESS.put(enctype, created);
          r = created;
        }
      }
    }
    return r;
  }

  /**
   * Starts a KDC for the enctype and writes the realm directory.
   *
   * @param dir an existing empty directory
   * @param enctype {@link #AES256_SHA1} (Kerby) or {@link #AES256_SHA384} (MIT)
   * @return the running realm; close it to stop the KDC
   * @throws Exception when the KDC cannot be started or a ticket cannot be obtained
   */
  public static BenchRealm create(Path dir, String enctype) throws Exception {
    Files.createDirectories(dir);
    Path ccache = dir.resolve("ccache");
    Path keytab = dir.resolve("service.keytab");
    String realm;
    String client;
    String service;
    AutoCloseable kdc;
    int port;
    if (enctype.equals(AES256_SHA1)) {
      KerbyKdc k = KerbyKdc.start("SHA1.GSSKIT.BENCH", enctype);
      kdc = k;
      realm = k.realm();
      port = k.port();
      client = k.addPrincipal("alice", PASSWORD);
      service = k.addPrincipal("HTTP/" + HOST);
      k.exportKeytab(service, keytab);
      k.kinit(client, PASSWORD, ccache);
      // Kerby rewrites the whole file when storing: merge its service ticket into our ccache.
      var kc = k.server().getKrbClient();
      var sgt = kc.requestSgt(ccache.toFile(), service);
      Path tmp = dir.resolve("sgt.tmp");
      kc.storeTicket(sgt, tmp.toFile());
      var ours = CredentialCaches.resolve("FILE:" + ccache);
      for (var c : CredentialCaches.resolve("FILE:" + tmp).credentials()) {
        ours.store(c);
      }
      Files.delete(tmp);
    } else if (enctype.equals(AES256_SHA384)) {
      MitRealm m = MitRealm.start("SHA384.GSSKIT.BENCH", List.of(enctype));
      kdc = m;
      realm = m.realm();
      port = m.port();
      client = m.addPrincipal("alice", PASSWORD);
      service = m.addRandKeyPrincipal("HTTP/" + HOST);
      m.ktadd(keytab, service);
      m.kinitPassword(client, PASSWORD, "FILE:" + ccache);
      m.kvno(service, "FILE:" + ccache).requireSuccess();
    } else {
      throw new IllegalArgumentException("no benchmark realm for " + enctype);
    }
    Files.writeString(dir.resolve("krb5.conf"), """
        [libdefaults]
         default_realm = %1$s
         dns_lookup_kdc = false
         dns_lookup_realm = false
         dns_canonicalize_hostname = false
         rdns = false
         udp_preference_limit = 1
         permitted_enctypes = %3$s
         default_tkt_enctypes = %3$s
         default_tgs_enctypes = %3$s
        [realms]
         %1$s = {
          kdc = 127.0.0.1:%2$d
         }
        [domain_realm]
         .gsskit.bench = %1$s
        """.formatted(realm, port, enctype), StandardCharsets.UTF_8);
    Properties p = new Properties();
    p.setProperty("enctype", enctype);
    p.setProperty("realm", realm);
    p.setProperty("client", client);
    p.setProperty("service", service);
    try (Writer w = Files.newBufferedWriter(dir.resolve("realm.properties"))) {
      p.store(w, "GSSKit benchmark realm");
    }
    return new BenchRealm(dir, enctype, realm, client, service, kdc);
  }

  /**
   * Opens a realm directory written by {@link #create} in another process.
   *
   * @param dir the directory
   * @return the realm (closing it does nothing)
   * @throws IOException when {@code realm.properties} is missing
   */
  public static BenchRealm open(Path dir) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve("realm.properties"))) {
      p.load(r);
    }
    return new BenchRealm(dir, p.getProperty("enctype"), p.getProperty("realm"),
        p.getProperty("client"), p.getProperty("service"), () -> { });
  }

  /** @return the directory */
  public Path dir() {
    return dir;
  }

  /** @return the only enctype of the realm (keys, tickets and session keys) */
  public String enctype() {
    return enctype;
  }

  /** @return the realm name */
  public String realm() {
    return realm;
  }

  /** @return the user principal, with realm */
  public String client() {
    return client;
  }

  /** @return the service principal {@code HTTP/server.gsskit.bench@REALM} */
  public String service() {
    return service;
  }

  /** @return the krb5.conf of the realm */
  public Path krb5Conf() {
    return dir.resolve("krb5.conf");
  }

  /** @return the user's FILE ccache (TGT and service ticket) */
  public Path ccache() {
    return dir.resolve("ccache");
  }

  /** @return the service's keytab */
  public Path keytab() {
    return dir.resolve("service.keytab");
  }

  @Override
  public void close() throws Exception {
    kdc.close();
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // JVM exit: nothing left to do
    }
  }
}

package io.gsskit.testkit;

import io.gsskit.ext.CredStoreKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import org.apache.kerby.kerberos.kerb.KrbException;
import org.apache.kerby.kerberos.kerb.ccache.Credential;
import org.apache.kerby.kerberos.kerb.ccache.CredentialCache;
import org.apache.kerby.kerberos.kerb.client.KrbClient;
import org.apache.kerby.kerberos.kerb.client.KrbConfigKey;
import org.apache.kerby.kerberos.kerb.type.ticket.SgtTicket;
import org.apache.kerby.kerberos.kerb.type.ticket.TgtTicket;
import org.apache.kerby.kerberos.kerb.server.KdcConfigKey;
import org.apache.kerby.kerberos.kerb.server.SimpleKdcServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension running an embedded Apache Kerby KDC on 127.0.0.1 (an ephemeral port, UDP
 * and TCP) with principals and keytabs in a private temporary directory, for testing code that
 * uses GSSKit against real Kerberos.
 *
 * {@snippet :
 * class MyServiceTest {
 *   @RegisterExtension
 *   static GssTestKdc kdc = GssTestKdc.create().realm("EXAMPLE.TEST");
 *
 *   @Test
 *   void authenticates() {
 *     kdc.addPrincipal("alice", "secret");
 *     kdc.addPrincipal("HTTP/localhost");
 *     Map<String, String> server = kdc.acceptorStore("HTTP/localhost");   // keytab=...
 *     Map<String, String> client = kdc.initiatorStore("alice"); // client_keytab + ccache
 *     // Credentials.acquire().store(server)..., SecurityContext.acceptor(...)
 *   }
 * }
 * }
 *
 * <p>Registered on a {@code static} field it starts before the first test of the class and stops
 * after the last; on an instance field, around each test. It never sets JVM-global state for
 * GSSKit: point GSSKit at the realm with the credential-store maps ({@link
 * #initiatorStore(String)}, {@link #passwordStore(String, String)}, {@link
 * #acceptorStore(String)}): each map carries GSSKit's {@code krb5_config} key naming this realm's
 * {@link #krb5Conf()}, so credentials find the KDC, the realm of host-based target names and the
 * clock skew without any environment variable. Names imported on their own (without a
 * credential) still use the process profile ({@code KRB5_CONFIG}); give them explicit realms, or
 * point {@code KRB5_CONFIG} at {@link #writeKrb5Conf(Path)}'s file, when that matters.
 * Run one GssTestKdc at a time per JVM: two Kerby KDCs running together interfere (one answered
 * for the other's realm, and stopping one stopped the other's listener).
 * Kerby's own start-up sets the system property {@code java.security.krb5.conf}; the extension
 * restores the previous value at once, so a JDK JGSS in the same JVM is not redirected.
 *
 * <p>Configuration ({@link #realm(String)}, {@link #enctypes(String)}, {@link
 * #ticketLifetimes(Duration, Duration)}) must happen before the KDC
 * starts. Principal and keytab calls are synchronized; the running KDC serves requests from any
 * thread. Closing (or the end of the class) stops the KDC and deletes the directory.
 */
public final class GssTestKdc implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    AfterEachCallback, AutoCloseable {

  /** The default realm. */
  public static final String DEFAULT_REALM = "GSSKIT.TEST";
  /** The default enctypes (RFC 3962 AES). */
  public static final String DEFAULT_ENCTYPES = "aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96";

  private static final String KRB5_CONF_PROPERTY = "java.security.krb5.conf";

  private String realm = DEFAULT_REALM;
  private String enctypes = DEFAULT_ENCTYPES;
  private @Nullable Duration minimumTicketLifetime;
  private @Nullable Duration maximumTicketLifetime;
  private @Nullable SimpleKdcServer server;
  private @Nullable Path workDir;
  private boolean perClass;
  private int ccaches;

  private GssTestKdc() {}

  /**
   * A new, stopped KDC with {@link #DEFAULT_REALM} and {@link #DEFAULT_ENCTYPES}.
   *
   * @return the extension
   */
  public static GssTestKdc create() {
    return new GssTestKdc();
  }

  /**
   * Sets the realm (before start).
   *
   * @param realm e.g. {@code EXAMPLE.TEST}; not null, not empty
   * @return this
   * @throws IllegalStateException when already started
   */
  public synchronized GssTestKdc realm(String realm) {
    requireStopped();
    if (Objects.requireNonNull(realm, "realm").isEmpty()) {
      throw new IllegalArgumentException("empty realm");
    }
    this.realm = realm;
    return this;
  }

  /**
   * Sets the enctypes the KDC issues (before start).
   *
   * @param enctypes space-separated MIT enctype names; not null
   * @return this
   * @throws IllegalStateException when already started
   */
  public synchronized GssTestKdc enctypes(String enctypes) {
    requireStopped();
    this.enctypes = Objects.requireNonNull(enctypes, "enctypes");
    return this;
  }

  /**
   * Sets the shortest and longest ticket lifetime the KDC grants (before start); Kerby's defaults
   * are 1 hour and 24 hours. A short minimum lets tests request tickets that expire within
   * seconds ({@code Credentials.acquire().lifetime(...)}), e.g. to provoke {@code
   * ExpiredContextException}.
   *
   * @param minimum at least 1 second
   * @param maximum at least {@code minimum}
   * @return this
   * @throws IllegalStateException when already started
   * @throws IllegalArgumentException when the bounds are out of order or under a second
   */
  public synchronized GssTestKdc ticketLifetimes(Duration minimum, Duration maximum) {
    requireStopped();
    if (minimum.getSeconds() < 1 || maximum.compareTo(minimum) < 0) {
      throw new IllegalArgumentException("need 1 s <= minimum <= maximum: " + minimum + ", "
          + maximum);
    }
    this.minimumTicketLifetime = minimum;
    this.maximumTicketLifetime = maximum;
    return this;
  }

  /**
   * Starts the KDC; called by JUnit, or by hand outside JUnit.
   *
   * @return this
   * @throws IllegalStateException when already started or Kerby cannot start
   */
  public synchronized GssTestKdc start() {
    requireStopped();
    String previous = System.getProperty(KRB5_CONF_PROPERTY);
    Path dir = null;
    try {
      dir = Files.createTempDirectory("gsskit-testkdc-");
      SimpleKdcServer kdc = new SimpleKdcServer();
      kdc.setWorkDir(dir.toFile());
      kdc.setKdcHost("127.0.0.1");
      kdc.setKdcRealm(realm);
      kdc.setAllowUdp(true);
      kdc.setAllowTcp(true);
      int port = freePort();
      kdc.setKdcTcpPort(port);
      kdc.setKdcUdpPort(port);
      kdc.getKdcConfig().setString(KdcConfigKey.ENCRYPTION_TYPES, enctypes);
      if (minimumTicketLifetime != null && maximumTicketLifetime != null) {
        kdc.getKdcConfig().setLong(KdcConfigKey.MINIMUM_TICKET_LIFETIME,
            minimumTicketLifetime.getSeconds());
        kdc.getKdcConfig().setLong(KdcConfigKey.MAXIMUM_TICKET_LIFETIME,
            maximumTicketLifetime.getSeconds());
      }
      kdc.getKrbClient().getKrbConfig().setString(KrbConfigKey.PERMITTED_ENCTYPES, enctypes);
      kdc.getKrbClient().getKrbConfig().setString(KrbConfigKey.DEFAULT_TGS_ENCTYPES, enctypes);
      kdc.getKrbClient().getKrbConfig().setString(KrbConfigKey.DEFAULT_TKT_ENCTYPES, enctypes);
      kdc.init();
      kdc.start();
      this.server = kdc;
      this.workDir = dir;
      return this;
    } catch (KrbException | IOException e) {
      if (dir != null) {
        deleteTree(dir);
      }
      throw new IllegalStateException("could not start the embedded Kerby KDC: " + e, e);
    } finally {
      if (previous == null) {
        System.clearProperty(KRB5_CONF_PROPERTY);
      } else {
        System.setProperty(KRB5_CONF_PROPERTY, previous);
      }
    }
  }

  /**
   * Whether the KDC is running.
   *
   * @return true when started and not closed
   */
  public synchronized boolean isRunning() {
    return server != null;
  }

  /**
   * The realm.
   *
   * @return the realm name
   */
  public synchronized String realm() {
    return realm;
  }

  /**
   * The port the KDC listens on at 127.0.0.1 (TCP and UDP).
   *
   * @return the port
   * @throws IllegalStateException when not running
   */
  public synchronized int port() {
    return running().getKdcTcpPort();
  }

  /**
   * The private directory holding the KDC's files, keytabs and ccaches (deleted on close).
   *
   * @return the directory
   * @throws IllegalStateException when not running
   */
  public synchronized Path workDir() {
    running();
    return Objects.requireNonNull(workDir);
  }

  /**
   * A krb5.conf (MIT profile syntax) for the realm, written on the first call: {@code
   * default_realm}, {@code kdc = 127.0.0.1:port}, forwardable TGTs (for delegation), no DNS or
   * reverse lookups, and {@code
   * [domain_realm]} entries mapping {@code localhost} and {@code .gsskit.test} to the realm. Point
   * the Kerberos mechanism or MIT tools at it with {@code KRB5_CONFIG}.
   *
   * @return the file
   * @throws IllegalStateException when not running
   */
  public synchronized Path krb5Conf() {
    Path file = workDir().resolve("gsskit-krb5.conf");
    if (!Files.exists(file)) {
      writeKrb5Conf(file);
    }
    return file;
  }

  /**
   * Writes the {@link #krb5Conf()} text to another file, e.g. the path the test JVM's {@code
   * KRB5_CONFIG} names (the Kerberos mechanism reads its profile on every use).
   *
   * @param file the target; replaced
   * @throws IllegalStateException when not running
   * @throws UncheckedIOException when writing fails
   */
  public synchronized void writeKrb5Conf(Path file) {
    String text = "[libdefaults]\n"
        + "  default_realm = " + realm + "\n"
        + "  dns_lookup_kdc = false\n"
        + "  dns_lookup_realm = false\n"
        + "  dns_canonicalize_hostname = false\n"
        + "  rdns = false\n"
        + "  forwardable = true\n"
        + "  permitted_enctypes = " + enctypes + "\n"
        + "[realms]\n"
        + "  " + realm + " = {\n"
        + "    kdc = 127.0.0.1:" + port() + "\n"
        + "  }\n"
        + "[domain_realm]\n"
        + "  localhost = " + realm + "\n"
        + "  .gsskit.test = " + realm + "\n"
        + "  gsskit.test = " + realm + "\n";
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Creates a principal with a password.
   *
   * @param principal without realm (e.g. {@code alice}, {@code HTTP/host}) or with
   * @param password the password; not null
   * @return the full name with {@code @REALM}
   * @throws IllegalStateException when not running or Kerby refuses
   */
  public synchronized String addPrincipal(String principal, String password) {
    String full = qualify(principal);
    try {
      running().createPrincipal(full, Objects.requireNonNull(password, "password"));
      return full;
    } catch (KrbException e) {
      throw new IllegalStateException("could not create " + full + ": " + e, e);
    }
  }

  /**
   * Creates a principal with a random key.
   *
   * @param principal without or with realm
   * @return the full name
   * @throws IllegalStateException when not running or Kerby refuses
   */
  public synchronized String addPrincipal(String principal) {
    String full = qualify(principal);
    try {
      running().createPrincipal(full);
      return full;
    } catch (KrbException e) {
      throw new IllegalStateException("could not create " + full + ": " + e, e);
    }
  }

  /**
   * The keytab of a principal ({@code <workDir>/<principal>.keytab}, MIT keytab v2), exported on
   * the first call.
   *
   * @param principal an existing principal, without or with realm
   * @return the keytab file
   * @throws IllegalStateException when not running or the export fails
   */
  public synchronized Path keytab(String principal) {
    String full = qualify(principal);
    Path file = workDir().resolve(fileName(full) + ".keytab");
    if (!Files.exists(file)) {
      try {
        running().exportPrincipal(full, file.toFile());
      } catch (KrbException e) {
        throw new IllegalStateException("could not export " + full + ": " + e, e);
      }
    }
    return file;
  }

  /**
   * The credential-store map for an acceptor: {@code krb5_config} and {@code keytab} = the
   * principal's keytab ({@link CredStoreKeys}).
   *
   * @param servicePrincipal an existing principal, e.g. {@code HTTP/localhost}
   * @return a new modifiable map
   */
  public synchronized Map<String, String> acceptorStore(String servicePrincipal) {
    Map<String, String> store = newStore();
    store.put(CredStoreKeys.KEYTAB, "FILE:" + keytab(servicePrincipal));
    return store;
  }

  /**
   * The credential-store map for an initiator that logs in with GSSKit's own KDC client: {@code
   * client_keytab} = the principal's keytab and {@code ccache} = a private FILE ccache (empty
   * until GSSKit's AS exchange fills it on {@code Credentials.acquire()}); service tickets come
   * from GSSKit's TGS exchange on the first {@code step()}. Acquire with no name (the keytab's
   * principal is used) or with the principal's name.
   *
   * @param principal an existing principal
   * @return a new modifiable map
   * @throws IllegalStateException when not running or the keytab export fails
   */
  public synchronized Map<String, String> initiatorStore(String principal) {
    String full = qualify(principal);
    Map<String, String> store = newStore();
    store.put(CredStoreKeys.CLIENT_KEYTAB, "FILE:" + keytab(full));
    store.put(CredStoreKeys.CCACHE, "FILE:" + freshCcache(full, "gsskit"));
    return store;
  }

  /**
   * The credential-store map for an initiator that logs in with a password through GSSKit's own
   * KDC client: {@code password} and a private FILE {@code ccache} for the TGT. MIT (and GSSKit)
   * need the client's name for a password login: acquire with {@code
   * .name(Name.of(principal@REALM, NameType.KERBEROS_PRINCIPAL))}.
   *
   * @param principal an existing principal, created with {@link #addPrincipal(String, String)}
   * @param password its password (or a wrong one, to test failures); not null
   * @return a new modifiable map
   * @throws IllegalStateException when not running
   */
  public synchronized Map<String, String> passwordStore(String principal, String password) {
    String full = qualify(principal);
    Map<String, String> store = newStore();
    store.put(CredStoreKeys.PASSWORD, Objects.requireNonNull(password, "password"));
    store.put(CredStoreKeys.CCACHE, "FILE:" + freshCcache(full, "password"));
    return store;
  }

  /**
   * The credential-store map for an initiator whose ccache was made by another Kerberos
   * implementation: {@code ccache} = a private MIT FILE ccache holding a TGT of {@code principal}
   * and service tickets for {@code services}, obtained from this KDC with Kerby's client and the
   * principal's keytab. For tests about foreign-made ccaches; otherwise use {@link
   * #initiatorStore(String)}. Calling again rewrites the ccache.
   *
   * @param principal an existing principal
   * @param services existing service principals, e.g. {@code HTTP/localhost}
   * @return a new modifiable map
   * @throws IllegalStateException when not running or the KDC refuses
   */
  public synchronized Map<String, String> kerbyInitiatorStore(String principal,
      String... services) {
    String full = qualify(principal);
    Path ccache = workDir().resolve(fileName(full) + ".kerby.ccache");
    try {
      KrbClient client = running().getKrbClient();
      TgtTicket tgt = client.requestTgt(full, keytab(full).toFile());
      CredentialCache cc = new CredentialCache(tgt);
      for (String service : services) {
        SgtTicket sgt = client.requestSgt(tgt, qualify(service));
        cc.addCredential(new Credential(sgt, tgt.getClientPrincipal()));
      }
      cc.store(ccache.toFile());
    } catch (KrbException | IOException e) {
      throw new IllegalStateException("could not get tickets for " + full + ": " + e, e);
    }
    Map<String, String> store = newStore();
    store.put(CredStoreKeys.CCACHE, "FILE:" + ccache);
    return store;
  }

  /** A store that points the credential at this realm's krb5.conf (GSSKit key krb5_config). */
  private Map<String, String> newStore() {
    Map<String, String> store = new LinkedHashMap<>();
    store.put(CredStoreKeys.KRB5_CONFIG, krb5Conf().toString());
    return store;
  }

  /** A ccache path in the work directory that does not exist yet (a previous one is removed). */
  private Path freshCcache(String principal, String purpose) {
    Path ccache = workDir().resolve(fileName(principal) + "." + purpose + "." + (++ccaches)
        + ".ccache");
    try {
      Files.deleteIfExists(ccache);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ccache;
  }

  /** Stops the KDC and deletes its directory; idempotent. */
  @Override
  public synchronized void close() {
    SimpleKdcServer s = server;
    Path dir = workDir;
    server = null;
    workDir = null;
    if (s != null) {
      try {
        s.stop();
      } catch (KrbException e) {
        // Stopping is best effort; the directory is removed anyway.
      }
    }
    if (dir != null) {
      deleteTree(dir);
    }
  }

  /**
   * JUnit: starts the KDC for the class (static field registration).
   *
   * @param context the JUnit context
   */
  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    if (server == null) {
      start();
      perClass = true;
    }
  }

  /**
   * JUnit: stops the KDC after the class.
   *
   * @param context the JUnit context
   */
  @Override
  public synchronized void afterAll(ExtensionContext context) {
    if (perClass) {
      perClass = false;
      close();
    }
  }

  /**
   * JUnit: starts the KDC for the test when not started for the class (instance field).
   *
   * @param context the JUnit context
   */
  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    if (server == null) {
      start();
    }
  }

  /**
   * JUnit: stops a per-test KDC.
   *
   * @param context the JUnit context
   */
  @Override
  public synchronized void afterEach(ExtensionContext context) {
    if (!perClass) {
      close();
    }
  }

  /** @return a description with realm and port */
  @Override
  public synchronized String toString() {
    SimpleKdcServer s = server;
    return "GssTestKdc[" + realm + (s == null ? ", stopped" : ", 127.0.0.1:" + s.getKdcTcpPort())
        + "]";
  }

  private String qualify(String principal) {
    Objects.requireNonNull(principal, "principal");
    if (principal.isEmpty()) {
      throw new IllegalArgumentException("empty principal");
    }
    return principal.contains("@") ? principal : principal + "@" + realm;
  }

  private static String fileName(String principal) {
    return principal.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private SimpleKdcServer running() {
    SimpleKdcServer s = server;
    if (s == null) {
      throw new IllegalStateException("the KDC is not running");
    }
    return s;
  }

  private void requireStopped() {
    if (server != null) {
      throw new IllegalStateException("the KDC is already running");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // Best effort: a leftover temp directory is harmless.
    }
  }
}

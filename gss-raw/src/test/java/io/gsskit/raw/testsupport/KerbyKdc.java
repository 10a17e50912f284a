package io.gsskit.raw.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.kerby.kerberos.kerb.KrbException;
import org.apache.kerby.kerberos.kerb.client.KrbConfigKey;
import org.apache.kerby.kerberos.kerb.server.KdcConfigKey;
import org.apache.kerby.kerberos.kerb.server.SimpleKdcServer;

/**
 * An embedded Apache Kerby KDC on 127.0.0.1 for tests: a real KDC speaking RFC 4120 over UDP and
 * TCP, with its own realm, principals and keytab export, in a private temp directory.
 *
 * <p>Kerby's {@code init()} writes {@code workDir/krb5.conf} and sets the JVM-global system
 * property {@code java.security.krb5.conf}; this fixture restores the previous value on
 * {@link #close()}. Give each test class its own KDC and do not share one across threads that
 * also run the JDK's JGSS against another KDC.
 *
 * <p>Not thread-safe for configuration; the running KDC serves requests concurrently.
 */
public final class KerbyKdc implements AutoCloseable {

  /** The default realm of the fixture. */
  public static final String DEFAULT_REALM = "GSSKIT.TEST";
  /** The enctypes the fixture issues and accepts by default (RFC 3962 AES and RC4). */
  public static final String DEFAULT_ENCTYPES = "aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96";

  private final SimpleKdcServer server;
  private final Path workDir;
  private final String realm;
  private final String previousKrb5Conf;

  private KerbyKdc(SimpleKdcServer server, Path workDir, String realm, String previousKrb5Conf) {
    this.server = server;
    this.workDir = workDir;
    this.realm = realm;
    this.previousKrb5Conf = previousKrb5Conf;
  }

  /**
   * Starts a KDC for {@link #DEFAULT_REALM} with {@link #DEFAULT_ENCTYPES}, UDP and TCP.
   *
   * @return the running KDC
   */
  public static KerbyKdc start() {
    return start(DEFAULT_REALM, DEFAULT_ENCTYPES);
  }

  /**
   * Starts a KDC.
   *
   * @param realm the realm name, e.g. {@code EXAMPLE.TEST}
   * @param enctypes space-separated MIT enctype names the KDC issues and the client permits
   * @return the running KDC; close it in a {@code finally} or {@code @AfterAll}
   */
  public static KerbyKdc start(String realm, String enctypes) {
    String previous = System.getProperty("java.security.krb5.conf");
    Path dir = null;
    try {
      dir = Files.createTempDirectory("gsskit-kerby-");
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
      kdc.getKrbClient().getKrbConfig().setString(KrbConfigKey.PERMITTED_ENCTYPES, enctypes);
      kdc.getKrbClient().getKrbConfig().setString(KrbConfigKey.DEFAULT_TGS_ENCTYPES, enctypes);
      kdc.getKrbClient().getKrbConfig().setString(KrbConfigKey.DEFAULT_TKT_ENCTYPES, enctypes);
      kdc.init();
      kdc.start();
      return new KerbyKdc(kdc, dir, realm, previous);
    } catch (KrbException | IOException e) {
      restore(previous);
      if (dir != null) {
        deleteTree(dir);
      }
      throw new IllegalStateException("could not start the embedded Kerby KDC: " + e, e);
    }
  }

  /** @return the realm */
  public String realm() {
    return realm;
  }

  /** @return the TCP (and UDP) port the KDC listens on at 127.0.0.1 */
  public int port() {
    return server.getKdcTcpPort();
  }

  /** @return the private work directory (deleted on close) */
  public Path workDir() {
    return workDir;
  }

  /** @return the krb5.conf Kerby wrote for this realm ({@code kdc = localhost:port}) */
  public Path krb5Conf() {
    return workDir.resolve("krb5.conf");
  }

  /** @return the underlying Kerby server, for its client and kadmin */
  public SimpleKdcServer server() {
    return server;
  }

  /**
   * Creates a principal with a password.
   *
   * @param principal name without realm (e.g. {@code alice} or {@code HTTP/host.test})
   * @param password the password
   * @return the full principal name with {@code @REALM}
   */
  public String addPrincipal(String principal, String password) {
    try {
      String full = principal.contains("@") ? principal : principal + "@" + realm;
      server.createPrincipal(full, password);
      return full;
    } catch (KrbException e) {
      throw new IllegalStateException("could not create principal " + principal + ": " + e, e);
    }
  }

  /**
   * Creates a principal with a random key.
   *
   * @param principal name without realm
   * @return the full principal name with {@code @REALM}
   */
  public String addPrincipal(String principal) {
    try {
      String full = principal.contains("@") ? principal : principal + "@" + realm;
      server.createPrincipal(full);
      return full;
    } catch (KrbException e) {
      throw new IllegalStateException("could not create principal " + principal + ": " + e, e);
    }
  }

  /**
   * Exports one principal's keys to a keytab file (MIT format, written by Kerby).
   *
   * @param principal full or realm-less principal name
   * @param keytab target file; appended to if it exists
   */
  public void exportKeytab(String principal, Path keytab) {
    try {
      String full = principal.contains("@") ? principal : principal + "@" + realm;
      server.exportPrincipal(full, keytab.toFile());
    } catch (KrbException e) {
      throw new IllegalStateException("could not export " + principal + ": " + e, e);
    }
  }

  /**
   * Gets a TGT with a password and stores it in an MIT FILE ccache written by Kerby.
   *
   * @param principal full or realm-less principal name
   * @param password its password
   * @param ccache target file
   */
  public void kinit(String principal, String password, Path ccache) {
    try {
      String full = principal.contains("@") ? principal : principal + "@" + realm;
      var tgt = server.getKrbClient().requestTgt(full, password);
      server.getKrbClient().storeTicket(tgt, ccache.toFile());
    } catch (KrbException e) {
      throw new IllegalStateException("kinit " + principal + " failed: " + e, e);
    }
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (KrbException e) {
      throw new IllegalStateException("could not stop the embedded KDC: " + e, e);
    } finally {
      restore(previousKrb5Conf);
      deleteTree(workDir);
    }
  }

  /** A port free for both TCP and UDP on 127.0.0.1 (a small race with other processes remains). */
  private static int freePort() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        int port = tcp.getLocalPort();
        try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
          return port;
        } catch (IOException busy) {
          // UDP side taken: try another port
        }
      }
    }
    throw new IOException("no port free for both TCP and UDP on 127.0.0.1");
  }

  private static void restore(String previous) {
    if (previous == null) {
      System.clearProperty("java.security.krb5.conf");
    } else {
      System.setProperty("java.security.krb5.conf", previous);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

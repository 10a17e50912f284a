package io.gsskit.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.testsupport.KerbyKdc;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GSSKit's tools with the embedded Kerby KDC (no MIT program needed): password and ccache
 * initiators, malformed frames against a running server, {@code -inetd} behind a
 * socket-activation style listener, and the options GSSKit refuses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KerbyToolsTest {

  private static final String SERVICE = "gsstest@localhost";

  private KerbyKdc kdc;
  private String password;
  private Map<String, String> serverEnv;
  private Map<String, String> clientEnv;
  private Tools.Server server;

  @BeforeAll
  void start() {
    kdc = KerbyKdc.start();
    password = "pw-" + Long.toHexString(System.nanoTime());
    kdc.addPrincipal("alice", password);
    kdc.addPrincipal("gsstest/localhost");
    Path keytab = kdc.workDir().resolve("service.keytab");
    kdc.exportKeytab("gsstest/localhost", keytab);
    Path ccache = kdc.workDir().resolve("alice.ccache");
    kdc.kinit("alice", password, ccache);
    Map<String, String> base = new HashMap<>();
    base.put("KRB5_CONFIG", kdc.krb5Conf().toString());
    base.put("KRB5RCACHEDIR", kdc.workDir().toString());
    serverEnv = new HashMap<>(base);
    serverEnv.put("KRB5_KTNAME", "FILE:" + keytab);
    clientEnv = new HashMap<>(base);
    clientEnv.put("KRB5CCNAME", "FILE:" + ccache);
    server = new Tools.Server(Tools.ours("gss-server"), List.of("-port", "0", SERVICE),
        serverEnv);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (kdc != null) {
      kdc.close();
    }
  }

  private Tools.Result client(Map<String, String> env, String... args) {
    List<String> all = new java.util.ArrayList<>(List.of(args));
    all.addAll(0, List.of("-port", Integer.toString(server.port())));
    return Tools.run(Tools.ours("gss-client"), all, env);
  }

  @Test
  void ccacheInitiator() {
    Tools.Result r = client(clientEnv, "-seq", "127.0.0.1", SERVICE, "from the ccache");
    assertThat(r.exitCode()).as("%s", r).isZero();
    assertThat(r.output()).contains("Signature verified.");
    server.await(s -> s.contains("Received message: \"from the ccache\""), 20);
  }

  @Test
  void passwordInitiator() {
    Map<String, String> env = new HashMap<>(clientEnv);
    env.put("KRB5CCNAME", "FILE:" + kdc.workDir().resolve("no-such.ccache"));
    Tools.Result r = client(env, "-user", "alice", "-pass", password, "127.0.0.1", SERVICE,
        "with a password");
    assertThat(r.exitCode()).as("%s", r).isZero();
    assertThat(r.output()).contains("Signature verified.").doesNotContain(password);
    server.await(s -> s.contains("Received message: \"with a password\""), 20);
  }

  @Test
  void wrongPasswordFailsCleanly() {
    Map<String, String> env = new HashMap<>(clientEnv);
    env.put("KRB5CCNAME", "FILE:" + kdc.workDir().resolve("no-such.ccache"));
    Tools.Result r = client(env, "-user", "alice", "-pass", "wrong", "127.0.0.1", SERVICE, "x");
    assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
    assertThat(r.output()).contains("GSS-API error acquiring creds").doesNotContain("Exception");
  }

  @Test
  void messageFromFile() throws IOException {
    Path file = kdc.workDir().resolve("message.bin");
    byte[] content = new byte[100_000];
    new java.util.Random(6).nextBytes(content);
    Files.write(file, content);
    Tools.Result r = client(clientEnv, "-f", "-mcount", "2", "127.0.0.1", SERVICE,
        file.toString());
    assertThat(r.exitCode()).as("%s", r).isZero();
    assertThat(Tools.count(r.output(), "Signature verified.")).isEqualTo(2);
  }

  @Test
  void malformedFramesCloseOnlyTheirConnection() throws IOException {
    // Length over 1 MiB.
    send(new byte[] {0x11, 0, 0, 0, 0}, new byte[] {0x02, 0x7f, (byte) 0xff, (byte) 0xff,
        (byte) 0xff});
    server.await(s -> s.contains("closing connection: malformed frame"), 20);
    // First frame is not NOOP.
    send(new byte[] {0x04, 0, 0, 0, 0});
    server.await(s -> s.contains("Expected NOOP token, got 4 token instead"), 20);
    // Short read: 100 bytes announced, 3 sent.
    send(new byte[] {0x11, 0, 0, 0, 0}, new byte[] {0x02, 0, 0, 0, 100, 1, 2, 3});
    server.await(s -> s.contains("closing connection: short read"), 20);
    // A DATA frame where a context token belongs.
    send(new byte[] {0x11, 0, 0, 0, 0}, new byte[] {0x04, 0, 0, 0, 1, 'x'});
    server.await(s -> s.contains("unexpected flags 0x04 while establishing the context"), 20);
    // Unauthenticated client asking for a MIC.
    send(new byte[] {0x01, 0, 0, 0, 0}, new byte[] {(byte) 0x84, 0, 0, 0, 1, 'x'});
    server.await(s -> s.contains("Unauthenticated client requested authenticated services!"),
        20);
    // The server still serves.
    Tools.Result r = client(clientEnv, "127.0.0.1", SERVICE, "still serving");
    assertThat(r.exitCode()).as("%s\nserver:\n%s", r, server.output()).isZero();
    server.await(s -> s.contains("Received message: \"still serving\""), 20);
  }

  private void send(byte[]... chunks) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = s.getOutputStream();
      for (byte[] c : chunks) {
        out.write(c);
      }
      out.flush();
      s.shutdownOutput();
      s.setSoTimeout(20_000);
      s.getInputStream().readAllBytes(); // until the server closes the connection
    }
  }

  /** inetd: a listener accepts, then starts {@code gss-server -inetd} on the connection. */
  @Test
  void inetdOnStdinAndStdout() throws Exception {
    Path log = kdc.workDir().resolve("inetd.log");
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread clientThread;
      Tools.Result[] result = new Tools.Result[1];
      clientThread = new Thread(() -> result[0] = Tools.run(Tools.ours("gss-client"),
          List.of("-port", Integer.toString(listener.getLocalPort()), "-mcount", "2",
              "127.0.0.1", SERVICE, "via inetd"), clientEnv));
      clientThread.start();
      try (Socket conn = listener.accept()) {
        Process p = Tools.builder(Tools.ours("gss-server"),
            List.of("-inetd", "-logfile", log.toString(), SERVICE), serverEnv)
            .redirectErrorStream(false).start();
        Thread up = pump(conn.getInputStream(), p.getOutputStream());
        Thread down = pump(p.getInputStream(), conn.getOutputStream());
        String stderr = new String(p.getErrorStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        down.join(10_000);
        clientThread.join(60_000);
        assertThat(p.exitValue()).as("inetd server: %s%s", stderr,
            Files.exists(log) ? Files.readString(log) : "").isZero();
        assertThat(stderr).as("nothing on stderr in -inetd mode").isEmpty();
        up.interrupt();
      }
      assertThat(result[0].exitCode()).as("%s", result[0]).isZero();
      assertThat(Tools.count(result[0].output(), "Signature verified.")).isEqualTo(2);
      String logText = Files.readString(log);
      assertThat(Tools.count(logText, "Received message: \"via inetd\"")).as(logText)
          .isEqualTo(2);
      assertThat(logText).contains("NOOP token");
    }
  }

  private static Thread pump(InputStream in, OutputStream out) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[8192];
      try (in; out) {
        int n;
        while ((n = in.read(buf)) > 0) {
          out.write(buf, 0, n);
          out.flush(); // a process's stdin is buffered
        }
      } catch (IOException e) {
        // the other side closed
      }
    }, "inetd-pump");
    t.setDaemon(true);
    t.start();
    return t;
  }

  @ParameterizedTest
  @ValueSource(strings = {"-v1", "-dce", "-spnego", "-iakerb", "-bogus"})
  void clientRefusesWhatItCannotHonour(String option) {
    Tools.Result r = Tools.run(Tools.ours("gss-client"),
        List.of(option, "127.0.0.1", SERVICE, "x"), clientEnv);
    assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
    assertThat(r.output()).startsWith("gss-client: ").contains("Usage: gss-client")
        .doesNotContain("Exception");
  }

  @Test
  void serverRefusesSpnego() {
    Tools.Result r = Tools.run(Tools.ours("gss-server"), List.of("-mech", "spnego", SERVICE),
        serverEnv);
    assertThat(r.exitCode()).as("%s", r).isEqualTo(1);
    assertThat(r.output()).contains("SPNEGO is not available yet");
  }
}

package io.gsskit.samples.demo;

import io.gsskit.samples.tools.GssServer;
import io.gsskit.testkit.GssTestKdc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one-command demo. Starts an embedded KDC on 127.0.0.1 (gss-testkit's {@link GssTestKdc},
 * Apache Kerby) with a user and a service principal, its krb5.conf and the service's keytab, then
 * runs GSSKit's {@code gss-server} ({@link GssServer}, on a free loopback port, serving one
 * connection) and {@link DemoClient} as two separate processes pointed at them
 * through {@code KRB5_CONFIG}, {@code KRB5_KTNAME} and {@code KRB5CCNAME} — exactly as two
 * programs on a real realm would be — and relays what each prints.
 *
 * <p>Exit status: 0 when the client verified the server's MIC, 1 otherwise.
 */
public final class Demo {

  private static final String REALM = "GSSKIT.DEMO";
  private static final String USER = "alice";
  private static final String SERVICE = "gssdemo";
  private static final String HOST = "localhost";
  private static final String ENCTYPES = "aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96";

  private Demo() {}

  /**
   * Runs the demo.
   *
   * @param args an optional message to send (default: a greeting)
   * @throws Exception when the KDC or a process cannot be started
   */
  public static void main(String[] args) throws Exception {
    String message = args.length > 0 ? String.join(" ", args)
        : "Hello from GSSKit, protected by Kerberos v5";
    Path dir = Files.createTempDirectory("gsskit-demo-");
    int status = 1;
    try (GssTestKdc kdc = GssTestKdc.create().realm(REALM).enctypes(ENCTYPES).start()) {
      String password = "demo-" + Long.toHexString(System.nanoTime());
      kdc.addPrincipal(USER, password);
      String service = kdc.addPrincipal(SERVICE + "/" + HOST);
      Path keytab = kdc.keytab(service);
      Path krb5Conf = kdc.krb5Conf();
      step("embedded KDC for realm " + REALM + " on 127.0.0.1:" + kdc.port() + " (UDP and TCP)");
      step("principals " + USER + "@" + REALM + " (password) and " + service
          + " (random key, exported to " + keytab.getFileName() + ")");
      step("krb5.conf: " + krb5Conf);

      Map<String, String> common = Map.of(
          "KRB5_CONFIG", krb5Conf.toString(),
          "KRB5RCACHEDIR", dir.toString());
      Process server = start(GssServer.class,
          List.of("-port", "0", "-once", SERVICE + "@" + HOST), common,
          Map.of("KRB5_KTNAME", "FILE:" + keytab));
      BufferedReader serverOut = new BufferedReader(
          new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
      int serverPort = awaitPort(serverOut, server);
      CompletableFuture<Void> serverRelay = relay("server", serverOut);

      Process client = start(DemoClient.class,
          List.of(Integer.toString(serverPort), SERVICE + "@" + HOST, USER, "-", message), common,
          Map.of("KRB5CCNAME", "FILE:" + dir.resolve("client.ccache"),
              "DEMO_PASSWORD", password));
      CompletableFuture<Void> clientRelay = relay("client", new BufferedReader(
          new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8)));
      boolean clientDone = client.waitFor(60, TimeUnit.SECONDS);
      boolean serverDone = server.waitFor(10, TimeUnit.SECONDS);
      clientRelay.join();
      serverRelay.join();
      if (!clientDone || !serverDone) {
        client.destroyForcibly();
        server.destroyForcibly();
        step("FAILED: a process did not finish in time");
      } else if (client.exitValue() == 0 && server.exitValue() == 0) {
        step("done: the client and the server authenticated each other and exchanged a "
            + "wrapped message and a MIC");
        status = 0;
      } else {
        step("FAILED: client exit " + client.exitValue() + ", server exit "
            + server.exitValue());
      }
    } finally {
      deleteTree(dir);
    }
    System.exit(status);
  }

  private static Process start(Class<?> main, List<String> args, Map<String, String> common,
      Map<String, String> own) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("KRB5"));
    env.putAll(common);
    env.putAll(own);
    return pb.start();
  }

  private static int awaitPort(BufferedReader out, Process server) throws IOException {
    String line;
    while ((line = out.readLine()) != null) {
      System.out.println("[server] " + line);
      int at = line.lastIndexOf(" port ");
      if (line.startsWith("listening on ") && at > 0) {
        return Integer.parseInt(line.substring(at + " port ".length()).trim());
      }
    }
    throw new IOException("the server exited before listening (exit " + waitExit(server) + ")");
  }

  private static int waitExit(Process p) {
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static CompletableFuture<Void> relay(String who, BufferedReader out) {
    // A thread per relay: the shared pool can be a single thread on a 2-CPU machine, and the
    // client's lines would then wait until the server exits.
    return CompletableFuture.runAsync(() -> {
      try {
        String line;
        while ((line = out.readLine()) != null) {
          System.out.println("[" + who + "] " + line);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, task -> {
      Thread t = new Thread(task, "demo-relay-" + who);
      t.setDaemon(true);
      t.start();
    });
  }

  private static void step(String text) {
    System.out.println("[demo]   " + text);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

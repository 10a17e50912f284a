package io.gsskit.raw.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real MIT krb5 KDC for tests, on 127.0.0.1 and a free port, in a private temporary directory.
 *
 * <p>{@link #start} writes {@code krb5.conf} and {@code kdc.conf} into the directory (database,
 * stash, ACL and logs there too), runs {@code kdb5_util create -s}, starts {@code krb5kdc -n}
 * (foreground; killed by {@link #close()}) and waits until it accepts TCP connections. Every MIT
 * program is run with {@code KRB5_CONFIG}, {@code KRB5_KDC_PROFILE}, {@code KRB5CCNAME},
 * {@code KRB5_KTNAME}, {@code KRB5_CLIENT_KTNAME} and {@code KRB5RCACHEDIR} pointing into the
 * directory and every other {@code KRB5*} variable removed, so nothing under {@code /etc} or the
 * user's default caches is read or written.
 *
 * <p>When the MIT programs are missing, {@link #start} (and {@link #assumeAvailable()}) skips the
 * calling test with a JUnit assumption, unless the environment variable
 * {@code GSSKIT_REQUIRE_MIT=1} is set (as in CI): then it fails the test.
 *
 * <p>Typical start-up takes about 0.1–0.3 s. Not thread-safe for administration calls; the KDC
 * itself serves requests concurrently.
 */
public final class MitRealm implements AutoCloseable {

  /** The default realm name. */
  public static final String DEFAULT_REALM = "MIT.TEST";
  /** The default {@code supported_enctypes} (all with the normal salt): RFC 8009 and RFC 3962. */
  public static final List<String> DEFAULT_ENCTYPES = List.of("aes256-cts-hmac-sha384-192",
      "aes128-cts-hmac-sha256-128", "aes256-cts-hmac-sha1-96", "aes128-cts-hmac-sha1-96");
  /** The master key password of the database. */
  public static final String MASTER_PASSWORD = "gsskit-master-pw";

  /** Programs the fixture runs. */
  static final List<String> PROGRAMS = List.of("kdb5_util", "krb5kdc", "kadmin.local", "kinit",
      "klist", "kvno", "ktutil");

  private static final List<String> SEARCH = List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin",
      "/usr/local/sbin", "/usr/local/bin");
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
  /**
   * Threads that drain programs' stdout and stderr at the same time (the common pool can be a
   * single thread on a 2-CPU machine, and one drain then waits behind the other).
   */
  private static final java.util.concurrent.ExecutorService DRAINS =
      java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mit-realm-drain");
        t.setDaemon(true);
        return t;
      });

  private final Path dir;
  private final String realm;
  private final int port;
  private final List<String> enctypes;
  private final Map<String, Path> programs;
  private final Process kdc;

  private MitRealm(Path dir, String realm, int port, List<String> enctypes,
      Map<String, Path> programs, Process kdc) {
    this.dir = dir;
    this.realm = realm;
    this.port = port;
    this.enctypes = List.copyOf(enctypes);
    this.programs = programs;
    this.kdc = kdc;
  }

  /** The outcome of running an MIT program. */
  public record Result(List<String> command, int exitCode, String stdout, String stderr) {

    /**
     * @return this result
     * @throws IllegalStateException when the program did not exit with 0 (the message has the
     *     command, exit code and both outputs)
     */
    public Result requireSuccess() {
      if (exitCode != 0) {
        throw new IllegalStateException(this.toString());
      }
      return this;
    }

    @Override
    public String toString() {
      return String.join(" ", command) + " exited with " + exitCode + "\n--- stdout:\n" + stdout
          + "--- stderr:\n" + stderr;
    }
  }

  // ---------------------------------------------------------------- availability

  /** @return true when all MIT programs the fixture needs are installed */
  public static boolean isAvailable() {
    return missing(MitRealm::findProgram).isEmpty();
  }

  /**
   * Skips the calling test when MIT krb5 is not installed, or fails it when
   * {@code GSSKIT_REQUIRE_MIT=1}.
   */
  public static void assumeAvailable() {
    assumeAvailable(MitRealm::findProgram, System.getenv());
  }

  static void assumeAvailable(Function<String, Optional<Path>> finder, Map<String, String> env) {
    List<String> missing = missing(finder);
    if (missing.isEmpty()) {
      return;
    }
    String message = "MIT krb5 not installed: missing " + String.join(", ", missing)
        + " (Debian: apt-get install krb5-kdc krb5-admin-server krb5-user)";
    if ("1".equals(env.get("GSSKIT_REQUIRE_MIT"))) {
      throw new AssertionError(message + "; GSSKIT_REQUIRE_MIT=1 makes this a failure");
    }
    Assumptions.assumeTrue(false, message);
  }

  private static List<String> missing(Function<String, Optional<Path>> finder) {
    List<String> out = new ArrayList<>();
    for (String p : PROGRAMS) {
      if (finder.apply(p).isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  static Optional<Path> findProgram(String name) {
    List<String> dirs = new ArrayList<>(SEARCH);
    String path = System.getenv("PATH");
    if (path != null) {
      dirs.addAll(0, List.of(path.split(File.pathSeparator)));
    }
    for (String d : dirs) {
      if (d.isEmpty()) {
        continue;
      }
      Path p = Path.of(d, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- start / stop

  /**
   * Starts a realm {@link #DEFAULT_REALM} with {@link #DEFAULT_ENCTYPES}.
   *
   * @return the running realm
   */
  public static MitRealm start() {
    return start(DEFAULT_REALM, DEFAULT_ENCTYPES);
  }

  /**
   * Starts a realm.
   *
   * @param realm the realm name
   * @param enctypes the KDC's {@code supported_enctypes} (MIT names, normal salt), also the
   *     clients' {@code permitted_enctypes}, e.g. {@code aes256-cts-hmac-sha384-192}
   * @return the running realm; close it (try-with-resources or {@code @AfterAll})
   */
  public static MitRealm start(String realm, List<String> enctypes) {
    return start(realm, enctypes, "");
  }

  /**
   * Starts a realm whose {@code krb5.conf} (read by the KDC and the tools) ends with extra text,
   * e.g. {@code [domain_realm]} entries mapping hosts to another realm so that the KDC issues
   * referrals, or {@code [capaths]}.
   *
   * @param realm the realm name
   * @param enctypes as {@link #start(String, List)}
   * @param extraKrb5Conf profile text appended to the generated krb5.conf; may be empty
   * @return the running realm; close it
   */
  public static MitRealm start(String realm, List<String> enctypes, String extraKrb5Conf) {
    return start(realm, enctypes, extraKrb5Conf, "");
  }

  /**
   * Starts a realm whose {@code krb5.conf} and {@code kdc.conf} end with extra text, e.g.
   * {@code [kdcdefaults] pkinit_identity = ...} for PKINIT ({@link MitPkinit}). MIT's profile
   * library merges a section that appears twice.
   *
   * @param realm the realm name
   * @param enctypes as {@link #start(String, List)}
   * @param extraKrb5Conf profile text appended to the generated krb5.conf; may be empty
   * @param extraKdcConf profile text appended to the generated kdc.conf; may be empty
   * @return the running realm; close it
   */
  public static MitRealm start(String realm, List<String> enctypes, String extraKrb5Conf,
      String extraKdcConf) {
    assumeAvailable();
    Map<String, Path> programs = new HashMap<>();
    for (String p : PROGRAMS) {
      programs.put(p, findProgram(p).orElseThrow());
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("gsskit-mit-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return startIn(dir, realm, enctypes, programs, extraKrb5Conf, extraKdcConf);
      } catch (IllegalStateException e) {
        last = e; // most likely the port was taken meanwhile: new port, fresh database
        deleteContents(dir);
      } catch (IOException e) {
        deleteTree(dir);
        throw new UncheckedIOException(e);
      }
    }
    deleteTree(dir);
    throw last;
  }

  private static MitRealm startIn(Path dir, String realm, List<String> enctypes,
      Map<String, Path> programs, String extraKrb5Conf, String extraKdcConf)
      throws IOException {
    int port = freePort();
    writeConfig(dir, realm, port, enctypes);
    if (!extraKrb5Conf.isEmpty()) {
      Files.writeString(dir.resolve("krb5.conf"), "\n" + extraKrb5Conf + "\n",
          java.nio.file.StandardOpenOption.APPEND);
    }
    if (!extraKdcConf.isEmpty()) {
      Files.writeString(dir.resolve("kdc.conf"), "\n" + extraKdcConf + "\n",
          java.nio.file.StandardOpenOption.APPEND);
    }
    Map<String, String> env = environment(dir);
    Result create = run(programs.get("kdb5_util"), List.of("create", "-s", "-r", realm, "-P",
        MASTER_PASSWORD), null, env, dir);
    if (create.exitCode() != 0) {
      throw new IOException("kdb5_util create failed: " + create);
    }
    ProcessBuilder pb = new ProcessBuilder(programs.get("krb5kdc").toString(), "-n", "-r", realm)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("krb5kdc.out").toFile());
    scrub(pb.environment(), env);
    Process p = pb.start();
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (true) {
      if (!p.isAlive()) {
        throw new IllegalStateException("krb5kdc exited with " + p.exitValue() + "\n"
            + logs(dir));
      }
      if (accepts(port)) {
        return new MitRealm(dir, realm, port, enctypes, programs, p);
      }
      if (System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IllegalStateException("krb5kdc did not answer on 127.0.0.1:" + port
            + " within " + STARTUP_TIMEOUT.toSeconds() + " s\n" + logs(dir));
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.destroyForcibly();
        throw new IllegalStateException("interrupted while starting krb5kdc", e);
      }
    }
  }

  private static void writeConfig(Path dir, String realm, int port, List<String> enctypes)
      throws IOException {
    String supported = String.join(" ", enctypes.stream().map(e -> e + ":normal").toList());
    Files.writeString(dir.resolve("kdc.conf"), """
        [kdcdefaults]
         kdc_listen = 127.0.0.1:%2$d
         kdc_tcp_listen = 127.0.0.1:%2$d
        [realms]
         %1$s = {
          database_name = %3$s/principal
          key_stash_file = %3$s/stash
          acl_file = %3$s/kadm5.acl
          dict_file = %3$s/dict
          supported_enctypes = %4$s
          max_life = 10h
          max_renewable_life = 7d
         }
        [logging]
         kdc = FILE:%3$s/kdc.log
         admin_server = FILE:%3$s/kadmin.log
         default = FILE:%3$s/krb5lib.log
        """.formatted(realm, port, dir, supported));
    Files.writeString(dir.resolve("krb5.conf"), """
        [libdefaults]
         default_realm = %1$s
         dns_lookup_kdc = false
         dns_lookup_realm = false
         dns_canonicalize_hostname = false
         rdns = false
         udp_preference_limit = 1
         permitted_enctypes = %4$s
         default_ccache_name = FILE:%3$s/ccache
         default_keytab_name = FILE:%3$s/keytab
         default_client_keytab_name = FILE:%3$s/client.keytab
        [realms]
         %1$s = {
          kdc = 127.0.0.1:%2$d
         }
        [domain_realm]
         localhost = %1$s
        """.formatted(realm, port, dir, String.join(" ", enctypes)));
    Files.writeString(dir.resolve("kadm5.acl"), "");
  }

  private static Map<String, String> environment(Path dir) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("KRB5_CONFIG", dir.resolve("krb5.conf").toString());
    env.put("KRB5_KDC_PROFILE", dir.resolve("kdc.conf").toString());
    env.put("KRB5CCNAME", "FILE:" + dir.resolve("ccache"));
    env.put("KRB5_KTNAME", "FILE:" + dir.resolve("keytab"));
    env.put("KRB5_CLIENT_KTNAME", "FILE:" + dir.resolve("client.keytab"));
    env.put("KRB5RCACHEDIR", dir.toString());
    return env;
  }

  /** Removes every inherited KRB5* variable, then sets ours. */
  private static void scrub(Map<String, String> target, Map<String, String> ours) {
    target.keySet().removeIf(k -> k.startsWith("KRB5") || k.equals("GSS_MECH_CONFIG"));
    target.putAll(ours);
  }

  private static boolean accepts(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port free for both TCP and UDP on 127.0.0.1 (a small race with other processes remains). */
  private static int freePort() throws IOException {
    for (int attempt = 0; attempt < 20; attempt++) {
      try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        int p = tcp.getLocalPort();
        try (DatagramSocket udp = new DatagramSocket(p, InetAddress.getLoopbackAddress())) {
          return udp.getLocalPort();
        } catch (IOException busy) {
          // UDP side taken: try another port
        }
      }
    }
    throw new IOException("no port free for both TCP and UDP on 127.0.0.1");
  }

  /** Stops the KDC and deletes the directory. */
  @Override
  public void close() {
    kdc.destroy();
    try {
      if (!kdc.waitFor(5, TimeUnit.SECONDS)) {
        kdc.destroyForcibly();
        kdc.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kdc.destroyForcibly();
    } finally {
      deleteTree(dir);
    }
  }

  // ---------------------------------------------------------------- accessors

  /** @return the realm name */
  public String realm() {
    return realm;
  }

  /** @return the KDC port (TCP and UDP) on 127.0.0.1 */
  public int port() {
    return port;
  }

  /** @return the enctypes the KDC supports */
  public List<String> enctypes() {
    return enctypes;
  }

  /** @return the private directory (deleted on close) */
  public Path workDir() {
    return dir;
  }

  /** @return the clients' {@code krb5.conf} */
  public Path krb5Conf() {
    return dir.resolve("krb5.conf");
  }

  /** @return the KDC's {@code kdc.conf} */
  public Path kdcConf() {
    return dir.resolve("kdc.conf");
  }

  /**
   * @return the environment MIT programs run with ({@code KRB5_CONFIG}, {@code KRB5_KDC_PROFILE},
   *     {@code KRB5CCNAME}, {@code KRB5_KTNAME}, {@code KRB5_CLIENT_KTNAME},
   *     {@code KRB5RCACHEDIR}); usable as an injected environment for GSSKit code
   */
  public Map<String, String> environment() {
    return environment(dir);
  }

  /**
   * @param name principal text without or with realm
   * @return the principal with {@code @REALM}
   */
  public String qualify(String name) {
    return name.contains("@") ? name : name + "@" + realm;
  }

  /** @return the KDC's log so far (for failure messages) */
  public String kdcLog() {
    return logs(dir);
  }

  private static String logs(Path dir) {
    StringBuilder sb = new StringBuilder();
    for (String f : List.of("krb5kdc.out", "kdc.log")) {
      Path p = dir.resolve(f);
      try {
        if (Files.exists(p)) {
          String s = Files.readString(p, StandardCharsets.UTF_8);
          sb.append("--- ").append(f).append(":\n")
              .append(s.length() > 20_000 ? s.substring(s.length() - 20_000) : s);
        }
      } catch (IOException e) {
        sb.append("--- ").append(f).append(": ").append(e).append('\n');
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- administration

  /**
   * Runs {@code kadmin.local -r REALM -q query}.
   *
   * @param query the kadmin query
   * @return the result, successful
   */
  public Result kadmin(String query) {
    Result r = run("kadmin.local", List.of("-r", realm, "-q", query), null).requireSuccess();
    // kadmin.local exits 0 even when the query fails; it reports on stderr
    if (r.stderr().lines().anyMatch(l -> l.contains(" while ") || l.startsWith("kadmin.local:"))) {
      throw new IllegalStateException("kadmin.local query failed: " + r);
    }
    return r;
  }

  /**
   * Creates a principal with a password.
   *
   * @param name principal name, realm optional
   * @param password its password
   * @return the qualified principal name
   */
  public String addPrincipal(String name, String password) {
    String p = qualify(name);
    kadmin("addprinc -pw " + password + " " + p);
    return p;
  }

  /**
   * Creates a principal with random keys.
   *
   * @param name principal name, realm optional
   * @return the qualified principal name
   */
  public String addRandKeyPrincipal(String name) {
    String p = qualify(name);
    kadmin("addprinc -randkey " + p);
    return p;
  }

  /**
   * Randomizes a principal's keys (new kvno) and adds them to a keytab:
   * {@code ktadd -k file [-e enc:normal,...] principal}.
   *
   * @param keytab the keytab file (created or appended to by MIT)
   * @param principal the principal
   * @param enctypes the enctypes to generate; empty for the realm's supported enctypes
   * @return the result
   */
  public Result ktadd(Path keytab, String principal, String... enctypes) {
    StringBuilder q = new StringBuilder("ktadd -k ").append(keytab);
    if (enctypes.length > 0) {
      q.append(" -e ").append(String.join(",", Stream.of(enctypes).map(e -> e + ":normal")
          .toList()));
    }
    return kadmin(q.append(' ').append(qualify(principal)).toString());
  }

  /**
   * Adds a principal's current keys to a keytab without changing them ({@code -norandkey}).
   *
   * @param keytab the keytab file
   * @param principal the principal
   * @return the result
   */
  public Result ktaddCurrentKeys(Path keytab, String principal) {
    return kadmin("ktadd -k " + keytab + " -norandkey " + qualify(principal));
  }

  /**
   * Removes entries from a keytab in place with {@code kadmin.local ktremove} (MIT leaves a
   * hole).
   *
   * @param keytab the keytab file
   * @param principal the principal
   * @param which a kvno, {@code all} or {@code old}
   * @return the result
   */
  public Result ktremove(Path keytab, String principal, String which) {
    return kadmin("ktremove -k " + keytab + " " + qualify(principal) + " " + which);
  }

  /**
   * Runs {@code ktutil} with commands on stdin (a final {@code quit} is added).
   *
   * @param commands e.g. {@code "rkt /x"}, {@code "delent 1"}, {@code "wkt /y"}
   * @return the result, successful
   */
  public Result ktutil(String... commands) {
    String in = String.join("\n", commands) + "\nquit\n";
    Result r = run("ktutil", List.of(), in).requireSuccess();
    if (!r.stderr().isBlank()) { // ktutil exits 0 and reports errors on stderr
      throw new IllegalStateException("ktutil reported an error: " + r);
    }
    return r;
  }

  // ---------------------------------------------------------------- client programs

  /**
   * {@code kinit} with a password given on stdin.
   *
   * @param principal the client principal
   * @param password the password
   * @param ccacheName the ccache name, e.g. {@code FILE:/tmp/x}
   * @param flags extra flags such as {@code -f}, {@code -r 1d}
   * @return the result, successful
   */
  public Result kinitPassword(String principal, String password, String ccacheName,
      String... flags) {
    List<String> args = new ArrayList<>(List.of(flags));
    args.addAll(List.of("-c", ccacheName, qualify(principal)));
    return run("kinit", args, password + "\n").requireSuccess();
  }

  /**
   * {@code kinit -k -t keytab}.
   *
   * @param principal the client principal
   * @param keytab the keytab file
   * @param ccacheName the ccache name
   * @return the result (not checked: callers assert on failures too)
   */
  public Result kinitKeytab(String principal, Path keytab, String ccacheName) {
    return run("kinit", List.of("-k", "-t", keytab.toString(), "-c", ccacheName,
        qualify(principal)), null);
  }

  /**
   * {@code kvno -c ccache service}: gets a service ticket into the cache.
   *
   * @param service the service principal
   * @param ccacheName the ccache name
   * @return the result (not checked)
   */
  public Result kvno(String service, String ccacheName) {
    return run("kvno", List.of("-c", ccacheName, qualify(service)), null);
  }

  /**
   * {@code klist -c ccache [flags]}.
   *
   * @param ccacheName the ccache name
   * @param flags e.g. {@code -e}, {@code -f}, {@code -C} (config entries)
   * @return the result (not checked)
   */
  public Result klist(String ccacheName, String... flags) {
    List<String> args = new ArrayList<>(List.of(flags));
    args.addAll(List.of("-c", ccacheName));
    return run("klist", args, null);
  }

  /**
   * {@code klist -k -e -t -K keytab}: entries with timestamps, enctypes and key bytes.
   *
   * @param keytabName the keytab name, e.g. {@code FILE:/tmp/kt}
   * @return the result (not checked)
   */
  public Result klistKeytab(String keytabName) {
    return run("klist", List.of("-k", "-e", "-t", "-K", keytabName), null);
  }

  /**
   * Runs one of the fixture's MIT programs in the realm's environment.
   *
   * @param program a name from {@link #PROGRAMS}
   * @param args its arguments
   * @param stdin text for standard input, or null for none
   * @return the result (not checked)
   */
  public Result run(String program, List<String> args, String stdin) {
    Path exe = programs.get(program);
    if (exe == null) {
      throw new IllegalArgumentException("not an MIT program of the fixture: " + program);
    }
    try {
      return run(exe, args, stdin, environment(dir), dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs one of the fixture's MIT programs in the realm's environment but with another
   * {@code krb5.conf} (e.g. one listing several realms' KDCs for cross-realm tests).
   *
   * @param krb5Conf the configuration file for {@code KRB5_CONFIG}
   * @param program a name from {@link #PROGRAMS}
   * @param args its arguments
   * @param stdin text for standard input, or null for none
   * @return the result (not checked)
   */
  public Result runWithConfig(Path krb5Conf, String program, List<String> args, String stdin) {
    Path exe = programs.get(program);
    if (exe == null) {
      throw new IllegalArgumentException("not an MIT program of the fixture: " + program);
    }
    Map<String, String> env = environment(dir);
    env.put("KRB5_CONFIG", krb5Conf.toString());
    try {
      return run(exe, args, stdin, env, dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Result run(Path exe, List<String> args, String stdin, Map<String, String> env,
      Path dir) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(exe.toString());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    scrub(pb.environment(), env);
    Process p = pb.start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(p.getInputStream()),
        DRAINS);
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(p.getErrorStream()),
        DRAINS);
    try (var in = p.getOutputStream()) {
      if (stdin != null) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // the program exited before reading its input; its output says why
    }
    try {
      if (!p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException(cmd + " did not finish within " + COMMAND_TIMEOUT.toSeconds()
            + " s");
      }
      return new Result(cmd, p.exitValue(), out.join(), err.join());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted while running " + cmd, e);
    }
  }

  private static String drain(java.io.InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "<" + e + ">";
    }
  }

  private static void deleteContents(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).map(Path::toFile)
          .forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    deleteContents(dir);
    try {
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

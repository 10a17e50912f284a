package io.gsskit.raw.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * A GSS-API peer running MIT krb5's own {@code libgssapi_krb5} in a child process (Debian's
 * {@code python3-gssapi} over {@code mit_gss_peer.py}), for interop tests of features MIT's
 * {@code gss-client}/{@code gss-server} samples cannot drive: DCE_STYLE, IOV and AEAD wrapping
 * (SIGN_ONLY buffers), ticket-flag and authorization-data inquiries, anonymous and delegated
 * credentials.
 *
 * <p>The peer is driven one request at a time ({@link #call}); contexts and credentials live in
 * the child under names chosen by the test ({@code ctx=…}, {@code cred=…}). Arguments are
 * key/value pairs: a {@code byte[]} value is sent as base64 ({@link #utf8} for text the script
 * decodes, such as names), anything else as its {@code toString()} word. The child runs with
 * every inherited {@code KRB5*} variable removed and the given environment set (for example
 * {@link MitRealm#environment()} plus {@code KRB5_KTNAME}/{@code KRB5CCNAME} of the test).
 * The script's header lists the operations and their arguments.
 *
 * <p>When {@code /usr/bin/python3} or its {@code gssapi} module is missing, {@link #start}
 * skips the calling test, unless {@code GSSKIT_REQUIRE_MIT=1} (CI): then it fails. Not
 * thread-safe; one test thread drives one peer.
 */
public final class MitGssPeer implements AutoCloseable {

  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String SCRIPT = "mit_gss_peer.py";
  private static final long TIMEOUT_SECONDS = 30;

  private final Process process;
  private final BufferedReader replies;
  private final Writer requests;
  /**
   * Own threads for the child's output: the stderr drain blocks until the child exits, so on a
   * small machine the shared pool that {@code CompletableFuture.supplyAsync} would use can be
   * one thread, already taken by it (seen on JDK 25 with 2 CPUs).
   */
  private final ExecutorService io = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "mit-gss-peer-io");
    t.setDaemon(true);
    return t;
  });
  private final CompletableFuture<String> errors;

  private MitGssPeer(Process process) {
    this.process = process;
    this.replies = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.errors = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()), io);
  }

  /**
   * One answer of the peer.
   *
   * @param ok true for {@code ok}, false for {@code err}
   * @param fields the key/value words after it (values still encoded)
   */
  public record Reply(boolean ok, Map<String, String> fields) {

    /** @return the decoded base64 value of {@code key} (empty for {@code -}) */
    public byte[] bytes(String key) {
      String value = field(key);
      return value.equals("-") ? new byte[0] : Base64.getDecoder().decode(value);
    }

    /** @return the base64 value of {@code key} decoded as UTF-8 text */
    public String text(String key) {
      return new String(bytes(key), StandardCharsets.UTF_8);
    }

    /** @return the decimal value of {@code key} */
    public long number(String key) {
      return Long.parseLong(field(key));
    }

    /** @return whether the answer has {@code key} */
    public boolean has(String key) {
      return fields.containsKey(key);
    }

    /** @return the GSS major status of an error answer ({@code -1}: the request failed) */
    public long major() {
      return number("major");
    }

    /** @return the mechanism minor status of an error answer */
    public long minor() {
      return number("minor");
    }

    /** @return the error text of an error answer */
    public String message() {
      return text("msg");
    }

    private String field(String key) {
      String value = fields.get(key);
      if (value == null) {
        throw new IllegalStateException("the MIT peer's answer has no " + key + ": " + this);
      }
      return value;
    }

    @Override
    public String toString() {
      return (ok ? "ok " : "err ") + (ok || !fields.containsKey("msg") ? fields : message());
    }
  }

  /** @return true when python3 and its MIT-backed {@code gssapi} module are installed */
  public static boolean isAvailable() {
    if (!Files.isExecutable(PYTHON)) {
      return false;
    }
    try {
      Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import gssapi.raw")
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Starts a peer.
   *
   * @param environment the {@code KRB5*} variables the MIT library reads
   * @return the running peer (skips or fails the test when it cannot run, see the class doc)
   */
  public static MitGssPeer start(Map<String, String> environment) {
    if (!isAvailable()) {
      String message = "python3-gssapi (MIT krb5's GSS-API for python) not installed"
          + " (Debian: apt-get install python3-gssapi)";
      if ("1".equals(System.getenv("GSSKIT_REQUIRE_MIT"))) {
        throw new AssertionError(message + "; GSSKIT_REQUIRE_MIT=1 makes this a failure");
      }
      Assumptions.assumeTrue(false, message);
    }
    try {
      Path script = Files.createTempFile("mit_gss_peer", ".py");
      try (InputStream in = MitGssPeer.class.getResourceAsStream(SCRIPT)) {
        if (in == null) {
          throw new IllegalStateException(SCRIPT + " is missing from the test resources");
        }
        Files.write(script, in.readAllBytes());
      }
      script.toFile().deleteOnExit();
      ProcessBuilder pb = new ProcessBuilder(PYTHON.toString(), "-u", script.toString());
      pb.environment().keySet().removeIf(k -> k.startsWith("KRB5") || k.equals("GSS_MECH_CONFIG"));
      pb.environment().putAll(environment);
      MitGssPeer peer = new MitGssPeer(pb.start());
      String first = peer.readLine();
      if (!"ready".equals(first)) {
        peer.close();
        throw new IllegalStateException("the MIT peer did not start: " + first + "\n"
            + peer.errors.getNow(""));
      }
      return peer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param text text the script decodes as UTF-8 (names and other text values)
   * @return its UTF-8 bytes, to pass as a value
   */
  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Sends one request and waits for its answer.
   *
   * @param op the operation (see the script)
   * @param keyValues alternating keys and values
   * @return the answer, {@code ok} or {@code err}
   * @throws IllegalStateException when the peer died or did not answer within 30 s
   */
  public Reply call(String op, Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must alternate");
    }
    StringBuilder line = new StringBuilder(op);
    for (int i = 0; i < keyValues.length; i += 2) {
      line.append(' ').append(keyValues[i]).append('=').append(encode(keyValues[i + 1]));
    }
    try {
      requests.write(line.append('\n').toString());
      requests.flush();
    } catch (IOException e) {
      throw new IllegalStateException("the MIT peer is gone: " + errors.getNow(""), e);
    }
    return parse(readLine());
  }

  /**
   * Like {@link #call} but requires success.
   *
   * @param op the operation
   * @param keyValues alternating keys and values
   * @return the {@code ok} answer
   * @throws IllegalStateException when the peer answered with an error
   */
  public Reply require(String op, Object... keyValues) {
    Reply reply = call(op, keyValues);
    if (!reply.ok()) {
      throw new IllegalStateException("MIT peer: " + op + " failed: " + reply);
    }
    return reply;
  }

  @Override
  public void close() {
    try {
      requests.close();
    } catch (IOException e) {
      // the child is being stopped anyway
    }
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } finally {
      io.shutdownNow();
    }
  }

  private static String encode(Object value) {
    if (value instanceof byte[] bytes) {
      return bytes.length == 0 ? "-" : Base64.getEncoder().encodeToString(bytes);
    }
    String word = String.valueOf(value);
    if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not a single word (pass text as utf8(...)): " + word);
    }
    return word;
  }

  private static Reply parse(String line) {
    String[] words = line.split(" ");
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 1; i < words.length; i++) {
      int eq = words[i].indexOf('=');
      if (eq > 0) {
        fields.put(words[i].substring(0, eq), words[i].substring(eq + 1));
      }
    }
    return new Reply(words[0].equals("ok"), fields);
  }

  private String readLine() {
    CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> {
      try {
        return replies.readLine();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, io);
    try {
      String line = next.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (line == null) {
        throw new IllegalStateException("the MIT peer exited: " + errors.getNow(""));
      }
      return line;
    } catch (TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("the MIT peer did not answer within " + TIMEOUT_SECONDS
          + " s", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading from the MIT peer failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String drain(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}

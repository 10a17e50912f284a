package io.gsskit.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the sample programs as processes: GSSKit's through {@code gss-samples/bin} (built by the
 * reactor's package phase before this module's tests) and MIT's from {@code /usr/bin}, each with
 * only the {@code KRB5*} variables given (the inherited ones are removed).
 */
final class Tools {

  /** JVM options that make the short-lived tool processes start faster. */
  static final String JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto";

  private static final Pattern PORT = Pattern.compile("listening on \\S+ port (\\d+)");

  private Tools() {}

  /** @return GSSKit's launcher for {@code gss-server} or {@code gss-client} */
  static Path ours(String tool) {
    Path bin = Path.of(System.getProperty("gsskit.samples.dir", "../gss-samples"))
        .toAbsolutePath().normalize().resolve("bin").resolve(tool);
    assertThat(bin).as("launcher").isExecutable();
    assertThat(bin.getParent().resolveSibling("target/lib")).as("gss-samples packaged")
        .isDirectory();
    return bin;
  }

  /** @return MIT's program, skipping (or failing under GSSKIT_REQUIRE_MIT=1) when missing */
  static Path mit(String tool) {
    Optional<Path> found = List.of("/usr/bin", "/usr/sbin", "/usr/local/bin").stream()
        .map(d -> Path.of(d, tool)).filter(Files::isExecutable).findFirst();
    if (found.isEmpty()) {
      String message = "MIT krb5 not installed: missing " + tool
          + " (Debian: apt-get install krb5-gss-samples)";
      if ("1".equals(System.getenv("GSSKIT_REQUIRE_MIT"))) {
        throw new AssertionError(message + "; GSSKIT_REQUIRE_MIT=1 makes this a failure");
      }
      Assumptions.assumeTrue(false, message);
    }
    return found.get();
  }

  /** The result of a finished process. */
  record Result(List<String> command, int exitCode, String output) {
    @Override
    public String toString() {
      return String.join(" ", command) + " -> exit " + exitCode + "\n" + output;
    }
  }

  static ProcessBuilder builder(Path program, List<String> args, Map<String, String> env) {
    List<String> command = new ArrayList<>();
    command.add(program.toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("KRB5") || k.equals("GSS_MECH_CONFIG"));
    pb.environment().putAll(env);
    pb.environment().put("GSSKIT_JAVA_OPTS", JAVA_OPTS);
    return pb;
  }

  /** Runs a program to completion (60 s at most), output and errors merged. */
  static Result run(Path program, List<String> args, Map<String, String> env) {
    ProcessBuilder pb = builder(program, args, env);
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("timed out: " + pb.command());
      }
      return new Result(pb.command(), p.exitValue(), new String(out, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A long-running server process whose output is collected as it comes. */
  static final class Server implements AutoCloseable {
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final List<String> command;

    Server(Path program, List<String> args, Map<String, String> env) {
      ProcessBuilder pb = builder(program, args, env);
      command = pb.command();
      try {
        process = pb.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread reader = new Thread(() -> pump(process.getInputStream()), "server-output");
      reader.setDaemon(true);
      reader.start();
      await(s -> s.contains("starting..."), 30);
    }

    private void pump(InputStream in) {
      byte[] buf = new byte[4096];
      try {
        int n;
        while ((n = in.read(buf)) > 0) {
          output.append(new String(buf, 0, n, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        output.append("\n[output closed: ").append(e).append("]\n");
      }
    }

    /** @return the port from GSSKit's {@code listening on … port N} line */
    int port() {
      Matcher m = PORT.matcher(output);
      assertThat(m.find()).as("port line in %s", output).isTrue();
      return Integer.parseInt(m.group(1));
    }

    String output() {
      return output.toString();
    }

    /** Waits until the output satisfies the condition, failing after the timeout. */
    String await(Predicate<String> condition, int seconds) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (System.nanoTime() < deadline) {
        String now = output.toString();
        if (condition.test(now)) {
          return now;
        }
        if (!process.isAlive() && condition.negate().test(output.toString())) {
          throw new AssertionError("server exited with " + process.exitValue() + ": "
              + String.join(" ", command) + "\n" + output);
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError(e);
        }
      }
      throw new AssertionError("server output did not show the expected text within "
          + seconds + " s: " + String.join(" ", command) + "\n" + output);
    }

    Process process() {
      return process;
    }

    @Override
    public void close() {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  /** @return a TCP port free on 127.0.0.1 right now */
  static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return how often {@code needle} occurs in {@code text} */
  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}

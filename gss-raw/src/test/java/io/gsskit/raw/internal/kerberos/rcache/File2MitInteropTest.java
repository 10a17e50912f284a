package io.gsskit.raw.internal.kerberos.rcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.testsupport.KerbyKdc;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shares one file2 replay cache with MIT krb5: MIT's {@code gss-server} (acceptor) records the
 * authenticators of {@code gss-client} in the file, then this implementation must find every record
 * MIT wrote (same seed handling, SipHash, table layout and slot index). Also the other way round:
 * a file pre-filled by this implementation is then used by MIT, and MIT's records are still found.
 */
class File2MitInteropTest {

  private static boolean mitInstalled() {
    for (String tool : List.of("gss-server", "gss-client")) {
      boolean found = false;
      for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
          found = true;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static void assumeMit() {
    boolean required = "1".equals(System.getenv("GSSKIT_REQUIRE_MIT"));
    boolean present = mitInstalled();
    if (required) {
      assertThat(present).as("GSSKIT_REQUIRE_MIT=1 but gss-server/gss-client not on PATH").isTrue();
    }
    Assumptions.assumeTrue(present, "MIT krb5 not installed: gss-server/gss-client missing");
  }

  @Test
  void findsEveryRecordMitWroteAndMitUsesOurFile(@TempDir Path tmp) throws Exception {
    assumeMit();
    Path rcache = tmp.resolve("shared.rcache2");
    // Pre-fill with our own records so MIT must read our seed and walk several tables.
    Clock clock = Clock.systemUTC();
    File2ReplayCache ours =
        File2ReplayCache.file2(rcache, clock, Duration.ofSeconds(300), File2ReplayCache.MAX_FILE_SIZE);
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) {
      byte[] tag = new byte[12];
      random.nextBytes(tag);
      assertThat(ours.checkAndStore(ReplayTag.of(tag))).isEqualTo(ReplayStatus.FRESH);
    }
    List<byte[]> before = liveTags(rcache);

    try (KerbyKdc kdc = KerbyKdc.start()) {
      kdc.addPrincipal("alice", "alice-pw");
      kdc.addPrincipal("host/localhost");
      Path keytab = tmp.resolve("server.keytab");
      kdc.exportKeytab("host/localhost", keytab);
      Path conf = tmp.resolve("krb5.conf");
      Files.writeString(
          conf,
          "[libdefaults]\n default_realm = " + kdc.realm() + "\n dns_lookup_kdc = false\n"
              + " dns_lookup_realm = false\n rdns = false\n dns_canonicalize_hostname = false\n"
              + " default_tkt_enctypes = aes256-cts-hmac-sha1-96\n"
              + " default_tgs_enctypes = aes256-cts-hmac-sha1-96\n"
              + "[realms]\n " + kdc.realm() + " = {\n  kdc = 127.0.0.1:" + kdc.port() + "\n }\n"
              + "[domain_realm]\n localhost = " + kdc.realm() + "\n",
          StandardCharsets.UTF_8);
      int port = freePort();
      Map<String, String> env =
          Map.of(
              "KRB5_CONFIG", conf.toString(),
              "KRB5_KDC_PROFILE", tmp.resolve("kdc.conf").toString(),
              "KRB5CCNAME", "FILE:" + tmp.resolve("cc"),
              "KRB5_KTNAME", "FILE:" + keytab,
              "KRB5RCACHENAME", "file2:" + rcache);
      ProcessBuilder server =
          new ProcessBuilder(
                  "gss-server", "-port", Integer.toString(port), "-keytab",
                  keytab.toString(), "host@localhost")
              .redirectErrorStream(true)
              .redirectOutput(tmp.resolve("server.log").toFile());
      server.environment().putAll(env);
      Process serverProcess = server.start();
      try {
        Thread.sleep(300);
        for (int i = 0; i < 4; i++) {
          ProcessBuilder client =
              new ProcessBuilder(
                      "gss-client", "-port", Integer.toString(port), "-user", "alice", "-pass",
                      "alice-pw", "localhost", "host@localhost", "hello")
                  .redirectErrorStream(true)
                  .redirectOutput(tmp.resolve("client.log").toFile());
          client.environment().putAll(env);
          Process clientProcess = client.start();
          assertThat(clientProcess.waitFor(30, TimeUnit.SECONDS)).isTrue();
          assertThat(clientProcess.exitValue())
              .as("gss-client log:\n%s\nserver log:\n%s", read(tmp.resolve("client.log")),
                  read(tmp.resolve("server.log")))
              .isZero();
        }
      } finally {
        serverProcess.destroy();
        serverProcess.waitFor(5, TimeUnit.SECONDS);
      }
    }

    List<byte[]> after = liveTags(rcache);
    List<byte[]> written = new ArrayList<>();
    for (byte[] t : after) {
      if (before.stream().noneMatch(b -> Arrays.equals(b, t))) {
        written.add(t);
      }
    }
    assertThat(written).as("records MIT's acceptor wrote").hasSizeGreaterThanOrEqualTo(4);
    for (byte[] t : written) {
      assertThat(ours.checkAndStore(ReplayTag.of(t)))
          .as("MIT-written tag found at the slot this implementation computes")
          .isEqualTo(ReplayStatus.REPLAY);
    }
    // Our earlier records survived MIT's writes.
    for (byte[] t : before) {
      assertThat(ours.checkAndStore(ReplayTag.of(t))).isEqualTo(ReplayStatus.REPLAY);
    }
  }

  /** Every record with a non-zero timestamp, scanning the file in 16-byte records after the seed. */
  private static List<byte[]> liveTags(Path file) throws IOException {
    ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(file));
    List<byte[]> tags = new ArrayList<>();
    for (int off = 16; off + 16 <= all.capacity(); off += 16) {
      if (all.getInt(off + 12) != 0) {
        byte[] tag = new byte[12];
        all.get(off, tag);
        tags.add(tag);
      }
    }
    return tags;
  }

  private static String read(Path p) {
    try {
      return Files.exists(p) ? Files.readString(p) : "(none)";
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}

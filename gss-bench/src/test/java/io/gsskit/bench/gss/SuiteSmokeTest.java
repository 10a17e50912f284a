package io.gsskit.bench.gss;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.bench.report.ReportAccess;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI smoke check of the GSSKit-vs-JDK suite: the benchmarks are compiled and registered with
 * JMH, and every {@code @Benchmark} method runs once, with its {@code @Setup} done by hand, over
 * an in-process Kerby realm (aes256-cts-hmac-sha1-96). Asserts results, never timings.
 */
class SuiteSmokeTest {

  private static final String SHA1 = BenchRealm.AES256_SHA1;

  @Test
  void jmhKnowsEveryBenchmark() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/BenchmarkList")) {
      assertThat(in).as("JMH annotation processing ran").isNotNull();
      String list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String m : new String[] {"MessageBench.gsskitWrapUnwrap", "MessageBench.jdkWrapUnwrap",
          "MessageBench.gsskitMic", "MessageBench.jdkMic", "OneWayBench.gsskitWrap",
          "OneWayBench.jdkWrap", "OneWayBench.gsskitUnwrap", "OneWayBench.jdkUnwrap",
          "EstablishBench.gsskitEstablish", "EstablishBench.jdkEstablish"}) {
        // JMH's generated stub for the method: jmh_generated.Class_method_jmhTest
        assertThat(list).contains("io.gsskit.bench.gss.jmh_generated." + m.replace('.', '_')
            + "_jmhTest");
      }
    }
  }

  @Test
  void everyBenchmarkMethodRunsOnce() throws Exception {
    MessageBench mb = new MessageBench();
    mb.size = 64;
    mb.setUp();
    GssKitContexts g = new GssKitContexts();
    g.enctype = SHA1;
    g.setUp();
    JdkContexts j = new JdkContexts();
    j.enctype = SHA1;
    j.setUp();
    try {
      assertThat(mb.gsskitWrapUnwrap(g)).isEqualTo(mb.msg);
      assertThat(mb.jdkWrapUnwrap(j)).isEqualTo(mb.msg);
      assertThat(mb.gsskitMic(g)).isZero();
      assertThat(mb.jdkMic(j)).isZero();
      // a token from one implementation is a valid token for the other's code too: the JDK's
      // wrap token has the RFC 4121 layout GSSKit's contexts produce
      assertThat(g.wrap(mb.msg)[0]).isEqualTo((byte) 0x05);
      assertThat(j.wrap(mb.msg)[0]).isEqualTo((byte) 0x05);
    } finally {
      g.tearDown();
      j.tearDown();
    }

    OneWayBench ow = new OneWayBench();
    ow.setUp();
    GssKitContexts.Unsequenced gu = new GssKitContexts.Unsequenced();
    gu.enctype = SHA1;
    gu.setUp();
    JdkContexts.Unsequenced ju = new JdkContexts.Unsequenced();
    ju.enctype = SHA1;
    ju.setUp();
    try {
      assertThat(ow.gsskitWrap(gu)).hasSizeGreaterThan(OneWayBench.SIZE);
      assertThat(ow.jdkWrap(ju)).hasSizeGreaterThan(OneWayBench.SIZE);
      // the same token twice: the unsequenced contexts accept it again
      assertThat(ow.gsskitUnwrap(gu)).isEqualTo(ow.msg);
      assertThat(ow.gsskitUnwrap(gu)).isEqualTo(ow.msg);
      assertThat(ow.jdkUnwrap(ju)).isEqualTo(ow.msg);
      assertThat(ow.jdkUnwrap(ju)).isEqualTo(ow.msg);
    } finally {
      gu.tearDown();
      ju.tearDown();
    }

    EstablishBench eb = new EstablishBench();
    EstablishBench.GssKit es = new EstablishBench.GssKit();
    es.enctype = SHA1;
    es.replayCache = "on";
    es.setUp(); // checks that a replayed AP-REQ is refused
    assertThat(eb.gsskitEstablish(es)).isNotNull();
    EstablishBench.Jdk ej = new EstablishBench.Jdk();
    ej.enctype = SHA1;
    ej.replayCache = "on"; // the JDK reads its replay cache type once per JVM
    ej.setUp();
    assertThat(eb.jdkEstablish(ej)).isNotNull();
  }

  @Test
  void reportPrintsTheTableAndDrawsTheChart(@TempDir Path dir) throws Exception {
    String entry = """
        {"benchmark":"io.gsskit.bench.gss.MessageBench.%sWrapUnwrap","mode":"thrpt",
         "params":{"enctype":"aes256-cts-hmac-sha1-96","size":"%d"},
         "primaryMetric":{"score":%s,"scoreError":"NaN","scoreUnit":"ops/s"},
         "secondaryMetrics":{"gc.alloc.rate.norm":{"score":%s,"scoreUnit":"B/op"}}}""";
    String json = "[" + String.join(",", entry.formatted("gsskit", 64, "800000.0", "300.5"),
        entry.formatted("jdk", 64, "100000.0", "9000"),
        entry.formatted("gsskit", 1024, "300000.0", "2500"),
        entry.formatted("jdk", 1024, "50000.0", "20000")) + "]";
    Path result = dir.resolve("result.json");
    Files.writeString(result, json);
    Path cold = dir.resolve("cold.txt");
    Files.writeString(cold, "gsskit 500\ngsskit 700\ngsskit 600\njdk 900\n");
    Path png = dir.resolve("chart.png");
    String table = ReportAccess.run(result, cold, png);
    assertThat(table).contains("| wrap+unwrap conf 64 B aes256-sha1 (ops/s) | 800,000 | 100,000 "
        + "| 8.00 | ≥ 4.00 met |");
    assertThat(table).contains("| alloc wrap+unwrap 1 KiB aes256-sha1 (B/op) | 2,500 | 20,000 |");
    assertThat(table).contains("| cold start: JVM start to first context, median (ms) | 600 | 900");
    assertThat(ImageIO.read(png.toFile()).getWidth()).isPositive();
  }
}

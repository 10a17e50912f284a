package io.gsskit.bench.report;

import io.gsskit.bench.gss.BenchRealm;
import io.gsskit.bench.gss.GssKitContexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH {@code -rf json} result of the {@code io.gsskit.bench.gss} suite into a Markdown
 * table (figure, GSSKit, JDK, ratio GSSKit/JDK, target) and a PNG chart of wrap+unwrap throughput
 * against message size.
 *
 * <p>{@code Report RESULT.json [--cold FILE] [--chart OUT.png]}; the cold-start file has lines
 * {@code gsskit MILLIS} / {@code jdk MILLIS} (one per process run; the median is shown).
 */
public final class Report {

  private static final String PKG = "io.gsskit.bench.gss.";
  private static final List<String> ENCTYPES =
      List.of(BenchRealm.AES256_SHA1, BenchRealm.AES256_SHA384);
  private static final int[] SIZES = {64, 1024, 16384, 1048576};

  private final List<Map<String, Object>> results;

  private Report(List<Map<String, Object>> results) {
    this.results = results;
  }

  /**
   * Entry point.
   *
   * @param args see the class comment
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path json = Path.of(args[0]);
    Path cold = null;
    Path chart = null;
    for (int a = 1; a + 1 < args.length; a += 2) {
      switch (args[a]) {
        case "--cold" -> cold = Path.of(args[a + 1]);
        case "--chart" -> chart = Path.of(args[a + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[a]);
      }
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) (List<?>)
        Json.parse(Files.readString(json, StandardCharsets.UTF_8));
    Report r = new Report(results);
    System.out.print(r.table(cold));
    if (chart != null) {
      List<Chart.Series> series = new ArrayList<>();
      for (String e : ENCTYPES) {
        for (String impl : List.of("gsskit", "jdk")) {
          List<double[]> pts = new ArrayList<>();
          for (int size : SIZES) {
            Double ops = r.score("MessageBench." + impl + "WrapUnwrap", e, "size",
                String.valueOf(size));
            if (ops != null) {
              pts.add(new double[] {size, ops * size / 1e6});
            }
          }
          if (!pts.isEmpty()) {
            series.add(new Chart.Series((impl.equals("gsskit") ? "GSSKit " : "JDK ") + e, pts,
                impl.equals("gsskit"), e.equals(BenchRealm.AES256_SHA1)));
          }
        }
      }
      Chart.write(chart, "wrap + unwrap (confidentiality), MB/s of payload", series);
    }
  }

  private String table(Path cold) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("GSSKit per-message path: ").append(GssKitContexts.messagePath()).append('\n');
    b.append('\n');
    b.append("| figure | GSSKit | JDK | GSSKit/JDK | target |\n");
    b.append("|---|---:|---:|---:|---|\n");
    for (String e : ENCTYPES) {
      String tag = e.equals(BenchRealm.AES256_SHA1) ? "aes256-sha1" : "aes256-sha384";
      for (int size : SIZES) {
        double target = size <= 1024 ? 4.0
            : size == 1048576 ? (tag.equals("aes256-sha1") ? 1.1 : 1.8) : Double.NaN;
        pair(b, "wrap+unwrap conf " + bytes(size) + " " + tag + " (ops/s)", "MessageBench",
            "WrapUnwrap", e, "size", String.valueOf(size), false, target);
      }
      for (int size : SIZES) {
        pair(b, "getMIC+verifyMIC " + bytes(size) + " " + tag + " (ops/s)", "MessageBench",
            "Mic", e, "size", String.valueOf(size), false, Double.NaN);
      }
      pair(b, "wrap 64 B " + tag + " (ns/op)", "OneWayBench", "Wrap", e, null, null, true, 0.125);
      pair(b, "unwrap 64 B " + tag + " (ns/op)", "OneWayBench", "Unwrap", e, null, null, true,
          Double.NaN);
      alloc(b, "alloc wrap 64 B " + tag + " (B/op)", "OneWayBench", "Wrap", e, null, null);
      alloc(b, "alloc unwrap 64 B " + tag + " (B/op)", "OneWayBench", "Unwrap", e, null, null);
      alloc(b, "alloc wrap+unwrap 1 KiB " + tag + " (B/op)", "MessageBench", "WrapUnwrap", e,
          "size", "1024");
      for (String rc : List.of("on", "off")) {
        pair(b, "establish (mutual) rcache " + rc + " " + tag + " (ops/s)", "EstablishBench",
            "Establish", e, "replayCache", rc, false, 2.5);
      }
    }
    if (cold != null && Files.exists(cold)) {
      double g = median(cold, "gsskit");
      double j = median(cold, "jdk");
      row(b, "cold start: JVM start to first context, median (ms)", g, j, true, Double.NaN);
    }
    return b.toString();
  }

  private void pair(StringBuilder b, String label, String bench, String op, String enctype,
      String param, String value, boolean time, double target) {
    Double g = score(bench + ".gsskit" + op, enctype, param, value);
    Double j = score(bench + ".jdk" + op, enctype, param, value);
    if (g == null && j == null) {
      return;
    }
    row(b, label, g == null ? Double.NaN : g, j == null ? Double.NaN : j, time, target);
  }

  private void alloc(StringBuilder b, String label, String bench, String op, String enctype,
      String param, String value) {
    Double g = secondary(bench + ".gsskit" + op, enctype, param, value, "gc.alloc.rate.norm");
    Double j = secondary(bench + ".jdk" + op, enctype, param, value, "gc.alloc.rate.norm");
    if (g == null && j == null) {
      return;
    }
    row(b, label, g == null ? Double.NaN : g, j == null ? Double.NaN : j, true, Double.NaN);
  }

  private static void row(StringBuilder b, String label, double g, double j, boolean time,
      double target) {
    double ratio = g / j;
    String t = "";
    if (!Double.isNaN(target) && !Double.isNaN(ratio)) {
      boolean met = time ? ratio <= target : ratio >= target;
      t = (time ? "≤ " : "≥ ") + fmt(target) + (met ? " met" : " NOT met");
    }
    b.append("| ").append(label).append(" | ").append(fmt(g)).append(" | ").append(fmt(j))
        .append(" | ").append(Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f",
            ratio)).append(" | ").append(t).append(" |\n");
  }

  private Map<String, Object> find(String bench, String enctype, String param, String value) {
    for (Map<String, Object> r : results) {
      if (!(PKG + bench).equals(r.get("benchmark"))) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> params = (Map<String, Object>) r.get("params");
      if (params == null || !enctype.equals(params.get("enctype"))) {
        continue;
      }
      if (param != null && !value.equals(params.get(param))) {
        continue;
      }
      return r;
    }
    return null;
  }

  Double score(String bench, String enctype, String param, String value) {
    Map<String, Object> r = find(bench, enctype, param, value);
    if (r == null) {
      return null;
    }
    return number(((Map<?, ?>) r.get("primaryMetric")).get("score"));
  }

  private Double secondary(String bench, String enctype, String param, String value,
      String metric) {
    Map<String, Object> r = find(bench, enctype, param, value);
    if (r == null || !(r.get("secondaryMetrics") instanceof Map<?, ?> sec)
        || !(sec.get(metric) instanceof Map<?, ?> m)) {
      return null;
    }
    return number(m.get("score"));
  }

  private static Double number(Object o) {
    return o instanceof Double d ? d : null;
  }

  private static double median(Path file, String impl) throws IOException {
    double[] v = Files.readAllLines(file).stream().map(String::trim)
        .filter(l -> l.startsWith(impl + " ")).mapToDouble(l -> Double.parseDouble(
            l.substring(impl.length() + 1).trim())).sorted().toArray();
    if (v.length == 0) {
      return Double.NaN;
    }
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static String bytes(int size) {
    return size >= 1048576 ? size / 1048576 + " MiB" : size >= 1024 ? size / 1024 + " KiB"
        : size + " B";
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (v >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }
}

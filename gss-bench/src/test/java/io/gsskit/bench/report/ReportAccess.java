package io.gsskit.bench.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs {@link Report#main} and returns what it printed. */
public final class ReportAccess {

  private ReportAccess() {}

  /**
   * @param json the JMH result
   * @param cold the cold-start file
   * @param png the chart to write
   * @return the printed table
   * @throws Exception when the report fails
   */
  public static synchronized String run(Path json, Path cold, Path png) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      Report.main(new String[] {json.toString(), "--cold", cold.toString(), "--chart",
          png.toString()});
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}

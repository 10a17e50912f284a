package io.gsskit.bench.gss;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the benchmark realms for a whole JMH run (so forks need not start KDCs): {@code
 * RealmServer DIR [enctype...]} creates {@code DIR/<enctype>/} for each enctype (default both),
 * prints {@code READY DIR} on standard output, and keeps the KDCs running until standard input
 * reaches end of file or the process is terminated. Forks then get {@code
 * -Dgsskit.bench.realms=DIR}.
 */
public final class RealmServer {

  private RealmServer() {}

  /**
   * Entry point.
   *
   * @param args the base directory, then optional enctypes
   * @throws Exception when a realm cannot be created
   */
  public static void main(String[] args) throws Exception {
    Path base = Path.of(args[0]);
    Files.createDirectories(base);
    List<String> enctypes = args.length > 1 ? List.of(args).subList(1, args.length)
        : List.of(BenchRealm.AES256_SHA1, BenchRealm.AES256_SHA384);
    List<BenchRealm> realms = new ArrayList<>();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      for (BenchRealm r : realms) {
        try {
          r.close();
        } catch (Exception e) {
          // exiting anyway
        }
      }
    }));
    for (String e : enctypes) {
      long t0 = System.nanoTime();
      realms.add(BenchRealm.create(base.resolve(e), e));
      System.err.printf("realm %s ready in %d ms%n", e, (System.nanoTime() - t0) / 1_000_000);
    }
    System.out.println("READY " + base);
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for EOF
    }
    System.exit(0);
  }
}

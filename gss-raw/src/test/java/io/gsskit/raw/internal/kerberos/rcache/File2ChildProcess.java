package io.gsskit.raw.internal.kerberos.rcache;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A second process for {@link File2ReplayCacheTest}: {@code PATH EPOCH_SECOND START_AT_MILLIS
 * TAG_HEX...}. Waits until the start time, checks each tag in the shared file and prints one line
 * per tag: {@code HEX FRESH|REPLAY|ERROR reason}.
 */
public final class File2ChildProcess {

  private File2ChildProcess() {}

  /**
   * Entry point.
   *
   * @param args path, epoch second, start time in millis, tags in hex
   * @throws Exception on a setup failure
   */
  public static void main(String[] args) throws Exception {
    Path path = Path.of(args[0]);
    MutableClock clock = new MutableClock(Long.parseLong(args[1]));
    long startAt = Long.parseLong(args[2]);
    File2ReplayCache rc =
        File2ReplayCache.file2(path, clock, Duration.ofSeconds(300), File2ReplayCache.MAX_FILE_SIZE);
    long wait = startAt - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 3; i < args.length; i++) {
      try {
        ReplayStatus s = rc.checkAndStore(ReplayTag.of(HexFormat.of().parseHex(args[i])));
        out.append(args[i]).append(' ').append(s).append('\n');
      } catch (ReplayCacheException e) {
        out.append(args[i]).append(" ERROR ").append(e.reason()).append('\n');
      }
    }
    System.out.print(out);
    System.out.flush();
  }
}

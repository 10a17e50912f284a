package io.gsskit.raw.internal.kerberos.rcache;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Any file content is a usable file2 replay cache: a tag just stored is a replay on the next check,
 * and nothing but the defined answers comes out. Replays committed inputs in a normal build.
 */
class File2ReplayCacheFuzz {

  @FuzzTest
  void anyFileContent(byte[] data) throws Exception {
    Path dir = Files.createTempDirectory("gsskit-rc-fuzz");
    Path file = dir.resolve("rc2");
    try {
      int split = data.length > 0 ? (data[0] & 0xff) % 17 : 0;
      int tagLen = Math.min(split, data.length);
      byte[] tag = java.util.Arrays.copyOfRange(data, 0, tagLen);
      Files.write(file, java.util.Arrays.copyOfRange(data, tagLen, data.length));
      long now = 1_700_000_000L + (data.length > 1 ? data[1] : 0);
      File2ReplayCache rc =
          File2ReplayCache.file2(file, new MutableClock(now), Duration.ofSeconds(300), 1 << 20);
      if (tag.length == 0) {
        tag = new byte[] {1};
      }
      try {
        rc.checkAndStore(ReplayTag.of(tag));
        if (rc.checkAndStore(ReplayTag.of(tag)) != ReplayStatus.REPLAY) {
          throw new AssertionError("stored tag not found again");
        }
      } catch (ReplayCacheException e) {
        if (e.reason() != ReplayCacheException.Reason.FULL) {
          throw e;
        }
      }
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}

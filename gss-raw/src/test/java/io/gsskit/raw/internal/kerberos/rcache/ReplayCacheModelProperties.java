package io.gsskit.raw.internal.kerberos.rcache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The memory and file2 caches against a model (a map from tag to the time it was recorded; a tag
 * is a replay while {@code now <= recorded + skew}), over seeded random schedules of tags and clock
 * moves, forwards and backwards.
 */
class ReplayCacheModelProperties {

  private static final long SKEW = 300;

  @TempDir Path tmp;

  @Test
  void cachesAgreeWithTheModel() throws Exception {
    long baseSeed = Long.getLong("gsskit.seed", 0x5eed_2019L);
    for (int run = 0; run < 20; run++) {
      long seed = baseSeed + run;
      runOnce(seed, tmp.resolve("rc-" + run));
    }
  }

  @Test
  void anyFileContentIsUsable() throws Exception {
    long baseSeed = Long.getLong("gsskit.seed", 0x5eed_2019L);
    for (int run = 0; run < 150; run++) {
      long seed = baseSeed + run;
      Random rnd = new Random(seed);
      Path file = tmp.resolve("junk-" + run);
      int len = rnd.nextInt(4) == 0 ? rnd.nextInt(40) : rnd.nextInt(70_000);
      byte[] junk = new byte[len];
      rnd.nextBytes(junk);
      if (rnd.nextBoolean() && len > 0) {
        // runs of zeros and of 0xff, as a crash or a bad disk leaves them
        int from = rnd.nextInt(len);
        java.util.Arrays.fill(junk, from, Math.min(len, from + rnd.nextInt(5000)),
            (byte) (rnd.nextBoolean() ? 0 : 0xff));
      }
      Files.write(file, junk);
      MutableClock clock = new MutableClock(rnd.nextInt() & 0xffffffffL);
      File2ReplayCache rc =
          File2ReplayCache.file2(file, clock, Duration.ofSeconds(SKEW), File2ReplayCache.MAX_FILE_SIZE);
      for (int op = 0; op < 20; op++) {
        byte[] t = new byte[1 + rnd.nextInt(20)];
        rnd.nextBytes(t);
        ReplayTag tag = ReplayTag.of(t);
        String where = "seed " + seed + " op " + op + " len " + len;
        ReplayStatus first = rc.checkAndStore(tag);
        assertThat(first).as(where).isNotNull();
        assertThat(rc.checkAndStore(tag)).as(where).isEqualTo(ReplayStatus.REPLAY);
      }
      Files.deleteIfExists(file);
    }
  }

  private void runOnce(long seed, Path file) throws Exception {
    Random rnd = new Random(seed);
    MutableClock clock = new MutableClock(1_600_000_000L + rnd.nextInt(1 << 20));
    MemoryReplayCache memory = new MemoryReplayCache("m", clock, Duration.ofSeconds(SKEW), 1 << 20);
    File2ReplayCache fileCache =
        File2ReplayCache.file2(file, clock, Duration.ofSeconds(SKEW), File2ReplayCache.MAX_FILE_SIZE);
    Model memoryModel = new Model();
    Model fileModel = new Model();
    int pool = 50 + rnd.nextInt(2000);
    int steps = 1500;
    for (int step = 0; step < steps; step++) {
      int move = rnd.nextInt(100);
      if (move < 10) {
        clock.advance(Duration.ofSeconds(rnd.nextInt(400)));
      } else if (move < 12) {
        clock.advance(Duration.ofSeconds(-rnd.nextInt(200))); // clock stepped back
      } else if (move < 40) {
        clock.advance(Duration.ofSeconds(rnd.nextInt(3)));
      }
      byte[] t = new byte[12];
      int id = rnd.nextInt(pool);
      t[0] = (byte) id;
      t[1] = (byte) (id >> 8);
      t[5] = (byte) seed;
      ReplayTag tag = ReplayTag.of(t);
      long now = clock.seconds();
      String where = "seed " + seed + " step " + step + " now " + now;
      memoryModel.check(ByteBuffer.wrap(t), now, memory.checkAndStore(tag), "memory, " + where);
      fileModel.check(ByteBuffer.wrap(t), now, fileCache.checkAndStore(tag), "file2, " + where);
    }
    Files.deleteIfExists(file);
  }

  /**
   * A tag recorded at {@code r} must be a replay while {@code now <= r + skew}, provided no earlier
   * operation saw a time past {@code r + skew} (a cache may drop an entry once it has expired; if
   * the clock later steps back, either answer is allowed). Outside the window it must be fresh.
   */
  private static final class Model {
    private final Map<ByteBuffer, Long> recorded = new HashMap<>();
    private long highWater = Long.MIN_VALUE;

    void check(ByteBuffer key, long now, ReplayStatus actual, String where) {
      highWater = Math.max(highWater, now);
      Long r = recorded.get(key);
      String facts = where + " recorded " + r + " highWater " + highWater;
      if (r == null || now > r + SKEW) {
        assertThat(actual).as(facts).isEqualTo(ReplayStatus.FRESH);
      } else if (highWater <= r + SKEW) {
        assertThat(actual).as(facts).isEqualTo(ReplayStatus.REPLAY);
      }
      if (actual == ReplayStatus.FRESH) {
        recorded.put(key, now);
      }
    }
  }
}

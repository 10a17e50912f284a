package io.gsskit.raw.internal.kerberos.rcache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The behaviour every replay cache type shares, run against memory and file2. */
class ReplayCacheContractTest {

  private static final long T0 = 1_700_000_000L;

  @TempDir Path tmp;

  static Stream<Arguments> caches() {
    BiFunction<Path, MutableClock, ReplayCache> memory =
        (dir, clock) -> new MemoryReplayCache("t", clock, Duration.ofSeconds(300), 1000);
    BiFunction<Path, MutableClock, ReplayCache> file =
        (dir, clock) ->
            File2ReplayCache.file2(
                dir.resolve("rc2"), clock, Duration.ofSeconds(300), File2ReplayCache.MAX_FILE_SIZE);
    return Stream.of(Arguments.of("memory", memory), Arguments.of("file2", file));
  }

  private static ReplayTag tag(int i) throws ReplayCacheException {
    byte[] b = new byte[12];
    for (int k = 0; k < 4; k++) {
      b[k] = (byte) (i >>> (8 * k));
    }
    b[11] = 0x5a;
    return ReplayTag.of(b);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caches")
  void secondUseWithinTheWindowIsAReplay(String type, BiFunction<Path, MutableClock, ReplayCache> f)
      throws Exception {
    MutableClock clock = new MutableClock(T0);
    ReplayCache rc = f.apply(tmp, clock);
    assertThat(rc.checkAndStore(tag(1))).isEqualTo(ReplayStatus.FRESH);
    assertThat(rc.checkAndStore(tag(2))).isEqualTo(ReplayStatus.FRESH);
    assertThat(rc.checkAndStore(tag(1))).isEqualTo(ReplayStatus.REPLAY);
    clock.advance(Duration.ofSeconds(300)); // now == stamp + skew: still live
    assertThat(rc.checkAndStore(tag(1))).isEqualTo(ReplayStatus.REPLAY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caches")
  void sameTagAfterTheWindowIsFreshAndLiveAgain(
      String type, BiFunction<Path, MutableClock, ReplayCache> f) throws Exception {
    MutableClock clock = new MutableClock(T0);
    ReplayCache rc = f.apply(tmp, clock);
    assertThat(rc.checkAndStore(tag(7))).isEqualTo(ReplayStatus.FRESH);
    clock.advance(Duration.ofSeconds(301));
    assertThat(rc.checkAndStore(tag(7))).isEqualTo(ReplayStatus.FRESH);
    assertThat(rc.checkAndStore(tag(7))).isEqualTo(ReplayStatus.REPLAY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caches")
  void manyThreadsWithOneTagExactlyOneWins(
      String type, BiFunction<Path, MutableClock, ReplayCache> f) throws Exception {
    MutableClock clock = new MutableClock(T0);
    ReplayCache rc = f.apply(tmp, clock);
    int threads = 32;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 20; round++) {
        ReplayTag t = tag(1000 + round);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ReplayStatus>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return rc.checkAndStore(t);
                  }));
        }
        start.countDown();
        int fresh = 0;
        for (Future<ReplayStatus> r : results) {
          if (r.get(10, TimeUnit.SECONDS) == ReplayStatus.FRESH) {
            fresh++;
          }
        }
        assertThat(fresh).as("round %d", round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("caches")
  void shuffledFreshAndReplayStormFromManyThreads(
      String type, BiFunction<Path, MutableClock, ReplayCache> f) throws Exception {
    MutableClock clock = new MutableClock(T0);
    ReplayCache rc = f.apply(tmp, clock);
    int tags = 300;
    List<Integer> work = new ArrayList<>();
    for (int i = 0; i < tags; i++) {
      work.add(i);
      work.add(i); // each tag presented twice
    }
    java.util.Collections.shuffle(work, new java.util.Random(42));
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<ReplayStatus>> results = new ArrayList<>();
      for (int i : work) {
        results.add(pool.submit(() -> rc.checkAndStore(tag(i))));
      }
      int fresh = 0;
      int replay = 0;
      for (Future<ReplayStatus> r : results) {
        if (r.get(10, TimeUnit.SECONDS) == ReplayStatus.FRESH) {
          fresh++;
        } else {
          replay++;
        }
      }
      assertThat(fresh).isEqualTo(tags);
      assertThat(replay).isEqualTo(tags);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tagIsTheChecksumAtTheEndOfTheCiphertext() throws Exception {
    byte[] cipher = new byte[40];
    for (int i = 0; i < cipher.length; i++) {
      cipher[i] = (byte) i;
    }
    ReplayTag t = ReplayTag.fromCiphertext(cipher, 12);
    assertThat(t.bytes()).containsExactly(28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39);
    assertThat(t.toString()).isEqualTo("ReplayTag[12 bytes]");
    assertThat(ReplayTag.fromCiphertext(cipher, 40).length()).isEqualTo(40);
    assertThatThrownBy(() -> ReplayTag.fromCiphertext(cipher, 41))
        .isInstanceOf(ReplayCacheException.class)
        .extracting(e -> ((ReplayCacheException) e).reason())
        .isEqualTo(ReplayCacheException.Reason.INVALID_TAG);
    assertThatThrownBy(() -> ReplayTag.fromCiphertext(cipher, 0))
        .isInstanceOf(ReplayCacheException.class);
    assertThatThrownBy(() -> ReplayTag.of(new byte[0])).isInstanceOf(ReplayCacheException.class);
  }

  @Test
  void shortAndLongTagsAreCoercedToTwelveBytesInTheFile() throws Exception {
    MutableClock clock = new MutableClock(T0);
    ReplayCache rc =
        File2ReplayCache.file2(tmp.resolve("c"), clock, Duration.ofSeconds(300), 1 << 20);
    assertThat(rc.checkAndStore(ReplayTag.of(new byte[] {1, 2, 3}))).isEqualTo(ReplayStatus.FRESH);
    // right-padded with zeros: the same 12 bytes
    assertThat(rc.checkAndStore(ReplayTag.of(new byte[] {1, 2, 3, 0, 0})))
        .isEqualTo(ReplayStatus.REPLAY);
    byte[] longTag = new byte[24];
    longTag[0] = 9;
    assertThat(rc.checkAndStore(ReplayTag.of(longTag))).isEqualTo(ReplayStatus.FRESH);
    longTag[20] = 1; // beyond the first 12 bytes: same file tag
    assertThat(rc.checkAndStore(ReplayTag.of(longTag))).isEqualTo(ReplayStatus.REPLAY);
  }

  @Test
  void noneNeverReportsAReplay() throws Exception {
    assertThat(NoneReplayCache.INSTANCE.checkAndStore(tag(1))).isEqualTo(ReplayStatus.FRESH);
    assertThat(NoneReplayCache.INSTANCE.checkAndStore(tag(1))).isEqualTo(ReplayStatus.FRESH);
    assertThat(NoneReplayCache.INSTANCE.name()).isEqualTo("none:");
  }

  @Test
  void memoryCacheFailsClosedWhenFullAndRecoversAfterTheWindow() throws Exception {
    MutableClock clock = new MutableClock(T0);
    MemoryReplayCache rc = new MemoryReplayCache("m", clock, Duration.ofSeconds(300), 100);
    for (int i = 0; i < 100; i++) {
      assertThat(rc.checkAndStore(tag(i))).isEqualTo(ReplayStatus.FRESH);
    }
    assertThatThrownBy(() -> rc.checkAndStore(tag(100)))
        .isInstanceOf(ReplayCacheException.class)
        .extracting(e -> ((ReplayCacheException) e).reason())
        .isEqualTo(ReplayCacheException.Reason.FULL);
    // a known live tag is still answered
    assertThat(rc.checkAndStore(tag(5))).isEqualTo(ReplayStatus.REPLAY);
    clock.advance(Duration.ofSeconds(301));
    assertThat(rc.checkAndStore(tag(100))).isEqualTo(ReplayStatus.FRESH);
    assertThat(rc.size()).isEqualTo(1);
  }

  @Test
  void memoryCacheStaysBoundedUnderOneHundredThousandInserts() throws Exception {
    MutableClock clock = new MutableClock(T0);
    MemoryReplayCache rc = new MemoryReplayCache("m", clock, Duration.ofSeconds(300), 1 << 20);
    int max = 0;
    for (int i = 0; i < 100_000; i++) {
      if (i % 100 == 0) {
        clock.advance(Duration.ofSeconds(1));
      }
      assertThat(rc.checkAndStore(tag(i))).isEqualTo(ReplayStatus.FRESH);
      max = Math.max(max, rc.size());
    }
    // ~30 100 live entries at a time (301 s x 100/s); purging keeps the map within 2x of that
    assertThat(max).isLessThanOrEqualTo(2 * 30_200 + 1024);
  }
}

package io.gsskit.raw.internal.kerberos.rcache;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A process-local replay cache (type {@code memory}, a GSSKit extension; MIT keeps a similar
 * in-memory cache for KRB-SAFE/KRB-PRIV). Entries live for one clock-skew window; expired entries
 * are purged when the map has doubled since the last purge, so memory stays proportional to the
 * live entries. When more than {@code maxEntries} entries are live the cache refuses new tags with
 * {@link ReplayCacheException.Reason#FULL} (fail closed, never "not a replay"); the limit is
 * approximate under concurrency by at most the number of racing threads.
 *
 * <p>Thread-safe: {@link #checkAndStore(ReplayTag)} is one atomic map operation per tag, so of
 * several threads presenting the same tag exactly one gets {@link ReplayStatus#FRESH}.
 */
public final class MemoryReplayCache implements ReplayCache {

  /** Default limit on live entries. */
  public static final int DEFAULT_MAX_ENTRIES = 1 << 20;

  private static final int MIN_PURGE_THRESHOLD = 1024;

  private final String name;
  private final Clock clock;
  private final long skewSeconds;
  private final int maxEntries;
  private final ConcurrentHashMap<ByteBuffer, Long> entries = new ConcurrentHashMap<>();
  private final Object purgeLock = new Object();
  private volatile int purgeThreshold = MIN_PURGE_THRESHOLD;

  /**
   * Creates an empty cache.
   *
   * @param name the residual name (shown in {@link #name()} as {@code memory:name})
   * @param clock the time source
   * @param skew the clock-skew window entries live for
   * @param maxEntries the limit on live entries, positive
   * @throws IllegalArgumentException when skew is negative or maxEntries not positive
   */
  public MemoryReplayCache(String name, Clock clock, Duration skew, int maxEntries) {
    this.name = Objects.requireNonNull(name, "name");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.skewSeconds = ReplayTimes.skewSeconds(skew);
    if (maxEntries <= 0) {
      throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
    }
    this.maxEntries = maxEntries;
  }

  /**
   * Creates an empty cache with the system clock, a 300 s skew and {@link #DEFAULT_MAX_ENTRIES}.
   *
   * @param name the residual name
   */
  public MemoryReplayCache(String name) {
    this(name, Clock.systemUTC(), ReplayTimes.DEFAULT_SKEW, DEFAULT_MAX_ENTRIES);
  }

  @Override
  public ReplayStatus checkAndStore(ReplayTag tag) throws ReplayCacheException {
    long now = ReplayTimes.now(clock);
    ByteBuffer key = ByteBuffer.wrap(tag.bytes());
    maybePurge(now);
    if (entries.size() >= maxEntries && !entries.containsKey(key)) {
      purge(now);
      if (entries.size() >= maxEntries) {
        throw new ReplayCacheException(
            ReplayCacheException.Reason.FULL,
            "memory replay cache " + name + " holds " + maxEntries + " live entries");
      }
    }
    boolean[] replay = new boolean[1];
    entries.compute(
        key,
        (k, stamp) -> {
          if (stamp != null && !ReplayTimes.expired(stamp, now, skewSeconds)) {
            replay[0] = true;
            return stamp;
          }
          return now;
        });
    return replay[0] ? ReplayStatus.REPLAY : ReplayStatus.FRESH;
  }

  /** @return the number of entries held, live or not yet purged (for tests and monitoring) */
  public int size() {
    return entries.size();
  }

  private void maybePurge(long now) {
    if (entries.size() >= purgeThreshold) {
      purge(now);
    }
  }

  private void purge(long now) {
    synchronized (purgeLock) {
      entries.values().removeIf(stamp -> ReplayTimes.expired(stamp, now, skewSeconds));
      purgeThreshold = Math.max(MIN_PURGE_THRESHOLD, entries.size() * 2);
    }
  }

  @Override
  public String name() {
    return "memory:" + name;
  }

  @Override
  public String toString() {
    return "ReplayCache[" + name() + "]";
  }
}

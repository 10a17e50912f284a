package io.gsskit.raw.internal.kerberos.rcache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A test clock whose time is set by the test; thread-safe. */
final class MutableClock extends Clock {

  private final AtomicLong epochSecond;

  MutableClock(long epochSecond) {
    this.epochSecond = new AtomicLong(epochSecond);
  }

  void set(long second) {
    epochSecond.set(second);
  }

  void advance(Duration d) {
    epochSecond.addAndGet(d.getSeconds());
  }

  long seconds() {
    return epochSecond.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(epochSecond.get());
  }
}

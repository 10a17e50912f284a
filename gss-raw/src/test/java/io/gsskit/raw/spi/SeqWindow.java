package io.gsskit.raw.spi;

import io.gsskit.raw.GssStatus;

/**
 * A 64-entry replay and sequence window, as RFC 4121 §4.2.6 describes for krb5: returns the
 * supplementary status bits for a received sequence number. Thread-safe.
 */
final class SeqWindow {

  private long highest = -1;
  private long seen; // bit i: highest - i was received

  synchronized int check(long seq) {
    if (seq < 0) {
      return GssStatus.GSS_S_DEFECTIVE_TOKEN;
    }
    if (seq > highest) {
      long gap = seq - highest;
      seen = gap >= 64 ? 0 : seen << gap;
      seen |= 1;
      int bits = highest >= 0 && gap > 1 || highest < 0 && seq > 0 ? GssStatus.GSS_S_GAP_TOKEN : 0;
      highest = seq;
      return bits;
    }
    long back = highest - seq;
    if (back >= 64) {
      return GssStatus.GSS_S_OLD_TOKEN;
    }
    long bit = 1L << back;
    if ((seen & bit) != 0) {
      return GssStatus.GSS_S_DUPLICATE_TOKEN;
    }
    seen |= bit;
    return GssStatus.GSS_S_UNSEQ_TOKEN;
  }

  synchronized long[] state() {
    return new long[] {highest, seen};
  }

  synchronized void restore(long h, long s) {
    highest = h;
    seen = s;
  }
}

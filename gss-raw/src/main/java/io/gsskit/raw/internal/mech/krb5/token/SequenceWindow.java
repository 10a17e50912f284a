package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_GAP_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_OLD_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_UNSEQ_TOKEN;

/**
 * The receive-side replay and sequence window of RFC 2743 §1.2.3 over 64-bit sequence numbers
 * (RFC 4121 §4.2.6), with the semantics of MIT krb5's sequence state:
 *
 * <ul>
 *   <li>Neither replay nor sequence detection: every token is {@code GSS_S_COMPLETE}.
 *   <li>{@code seq == next}: complete; {@code next = seq + 1}.
 *   <li>{@code seq > next} (a later token; differences are taken modulo 2^64 as a signed 64-bit
 *       value): {@code GSS_S_GAP_TOKEN} with sequence detection, else complete;
 *       {@code next = seq + 1}.
 *   <li>{@code seq < next}, within the last {@link #SIZE} numbers and not yet seen:
 *       {@code GSS_S_UNSEQ_TOKEN} with sequence detection, else complete; remembered as seen.
 *   <li>within the window and already seen: {@code GSS_S_DUPLICATE_TOKEN}; state unchanged.
 *   <li>older than the window: {@code GSS_S_OLD_TOKEN} (cannot be checked for duplication);
 *       state unchanged.
 * </ul>
 *
 * <p>The supplementary bits are informational: the message is still returned (MIT and the JDK
 * behave the same), and the caller decides whether to drop a duplicate.
 *
 * <p>The initial expected number comes from the context (the peer's initial sequence number) or,
 * in "learn" mode, from the first accepted token (used when the peer's initial number is not
 * known, e.g. interop tests against a peer whose state is opaque).
 *
 * <p>Thread-safe: {@link #check(long)} is synchronized and short; callers invoke it only after
 * the token's integrity has been verified, so rejected tokens never change the state.
 */
final class SequenceWindow {

  /** Window size in sequence numbers (the bitmap width). */
  static final int SIZE = 64;

  private final boolean replay;
  private final boolean sequence;
  private boolean learn;
  private long next;
  /** Bit k set: sequence number {@code next - 1 - k} was received. */
  private long seen;

  SequenceWindow(boolean replay, boolean sequence, long next, boolean learn) {
    this(replay, sequence, next, 0L, learn);
  }

  SequenceWindow(boolean replay, boolean sequence, long next, long seen, boolean learn) {
    this.replay = replay;
    this.sequence = sequence;
    this.next = next;
    this.seen = seen;
    this.learn = learn;
  }

  /**
   * Records a verified token's sequence number.
   *
   * @param seq the token's SND_SEQ
   * @return {@code GSS_S_COMPLETE} or one supplementary status bit
   */
  synchronized int check(long seq) {
    if (learn) {
      learn = false;
      next = seq + 1;
      seen = 1L;
      return GSS_S_COMPLETE;
    }
    if (!replay && !sequence) {
      return GSS_S_COMPLETE;
    }
    long diff = seq - next;
    if (diff >= 0) {
      long shift = diff + 1; // 1..2^63
      seen = (shift >= SIZE ? 0L : seen << shift) | 1L;
      next = seq + 1;
      return diff == 0 || !sequence ? GSS_S_COMPLETE : GSS_S_GAP_TOKEN;
    }
    long age = -diff; // 1..2^63 (diff == Long.MIN_VALUE gives a negative age: treat as old)
    if (age <= 0 || age > SIZE) {
      return GSS_S_OLD_TOKEN;
    }
    long bit = 1L << (age - 1);
    if ((seen & bit) != 0) {
      return GSS_S_DUPLICATE_TOKEN;
    }
    seen |= bit;
    return sequence ? GSS_S_UNSEQ_TOKEN : GSS_S_COMPLETE;
  }

  boolean replayDetection() {
    return replay;
  }

  boolean sequenceDetection() {
    return sequence;
  }

  /** @return {next, seen bitmap, learn ? 1 : 0} as one consistent snapshot */
  synchronized long[] snapshot() {
    return new long[] {next, seen, learn ? 1 : 0};
  }
}

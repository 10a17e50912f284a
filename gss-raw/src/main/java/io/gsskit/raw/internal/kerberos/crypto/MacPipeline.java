package io.gsskit.raw.internal.kerberos.crypto;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * A MAC that follows a producer through a buffer: the producer (the encrypting thread) announces
 * with {@link #advance(int)} how many bytes from {@code base} are final, the worker running
 * {@link #call()} MACs them as they come, and after {@link #finish()} it MACs the rest and writes
 * the tag. {@link #abort()} makes the worker stop without a tag. Used for RFC 8009's
 * {@code HMAC(Ki, IV | C)} while C is still being produced by CBC encryption ({@link CbcCts}
 * announces only bytes it will not rewrite). The producer must wait for {@code call()} to return
 * before it touches the MAC engine, the tag array or the announced bytes again.
 *
 * <p>Thread safety: one producer thread and one worker thread; {@code volatile} fields and
 * {@link LockSupport} park/unpark carry the hand-over (the bytes before a volatile write of the
 * mark are visible to the worker that reads it).
 */
final class MacPipeline implements Callable<Void>, CbcCts.Progress {

  private final MacEngine mac;
  private final byte[] prefix;
  private final byte[] buf;
  private final int base;
  private final byte[] tag;
  private volatile int ready;
  private volatile boolean finished;
  private volatile boolean aborted;
  private volatile @Nullable Thread worker;

  /**
   * @param mac the keyed MAC, used only by the worker until {@code call()} returned
   * @param prefix bytes MACed before the buffer (RFC 8009: the 16-byte zero IV)
   * @param buf the buffer the producer fills
   * @param base where the MACed bytes start in {@code buf}
   * @param tag receives the full MAC at index 0
   */
  MacPipeline(MacEngine mac, byte[] prefix, byte[] buf, int base, byte[] tag) {
    this.mac = mac;
    this.prefix = prefix;
    this.buf = buf;
    this.base = base;
    this.tag = tag;
  }

  /** Producer: bytes {@code [base, base + upTo)} are final. Never decreases. */
  @Override
  public void advance(int upTo) {
    ready = upTo;
    wake();
  }

  /** Producer: everything announced is all there is; the worker writes the tag. */
  void finish() {
    finished = true;
    wake();
  }

  /** Producer: stop without a tag (the producer failed). */
  void abort() {
    aborted = true;
    wake();
  }

  private void wake() {
    Thread w = worker;
    if (w != null) {
      LockSupport.unpark(w);
    }
  }

  /** Worker: MACs the prefix and then the buffer as it becomes final; writes the tag. */
  @Override
  public @Nullable Void call() throws KrbCryptoException {
    worker = Thread.currentThread();
    mac.update(prefix, 0, prefix.length);
    int done = 0;
    while (!aborted) {
      boolean last = finished; // read before ready: a finish() after this read is seen next round
      int r = ready;
      if (r > done) {
        mac.update(buf, base + done, r - done);
        done = r;
      } else if (last) {
        mac.doFinal(tag, 0);
        return null;
      } else {
        LockSupport.park(this);
      }
    }
    mac.doFinal(tag, 0); // resets the engine for the next message; the tag is not used
    return null;
  }
}

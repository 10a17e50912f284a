package io.gsskit.raw.internal.kerberos.crypto;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Runs the integrity MAC of a large encryption on a second core while the calling thread
 * encrypts. For RFC 8009 (MAC over IV | ciphertext) the MAC follows the encryption chunk by chunk
 * ({@link MacPipeline}); for RFC 3962/6803 (MAC over confounder | plaintext) it runs beside it.
 * Decryption stays on the calling thread: AES-CBC decryption is parallel inside the CPU (about 20
 * times faster than the serial CBC encryption or the MAC here), so overlapping it with the MAC
 * would save a few percent at the price of releasing unverified plaintext earlier.
 *
 * <p>Used only when all hold: the message is at least {@link #THRESHOLD} bytes; the JVM has at
 * least two processors; the system property {@value #PROPERTY} is not {@code false}; the output
 * does not overlap the input (in-place encryption overwrites what the MAC still reads); and a
 * worker is idle. The workers are daemon threads of a bounded pool (at most {@link #WORKERS},
 * idle ones end after 30 s) with no queue: when every worker is busy the caller computes the MAC
 * itself, so a burst of large messages never waits for a worker. The caller always waits for the
 * worker to finish (also when interrupted or when its own part failed) before it returns, so the
 * MAC engine and the buffers are never used by two threads after the call. The output is
 * byte-identical to the sequential computation. Thread-safe.
 */
final class ParallelMac {

  /** System property; {@code false} turns parallel MAC computation off. */
  static final String PROPERTY = "io.gsskit.krb5.parallelMac";
  /** Smallest message (plaintext bytes) whose MAC is computed in parallel. */
  static final int THRESHOLD = 256 * 1024;
  /** Largest number of worker threads. */
  static final int WORKERS =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));

  private static final boolean ENABLED = Runtime.getRuntime().availableProcessors() >= 2
      && !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, WORKERS, 30,
      TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "gsskit-krb5-mac-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
      });

  private ParallelMac() {}

  /** @return whether a message of {@code len} bytes may have its MAC computed in parallel */
  static boolean worthIt(long len) {
    return ENABLED && len >= THRESHOLD;
  }

  /**
   * Starts the task on an idle worker.
   *
   * @return its future, or null when no worker is idle (the caller then runs the work itself)
   */
  static <T> @Nullable Future<T> trySubmit(Callable<T> task) {
    try {
      return POOL.submit(task);
    } catch (RejectedExecutionException e) {
      return null;
    }
  }

  /**
   * Waits for the task, also through interrupts (the interrupt status is restored afterwards).
   *
   * @return its result
   * @throws KrbCryptoException what the task threw, or INTERNAL for an unexpected exception
   */
  static <T> T await(Future<T> f) throws KrbCryptoException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof KrbCryptoException k) {
            throw k;
          }
          throw new KrbCryptoException(KrbCryptoException.Reason.INTERNAL,
              "parallel MAC failed", c);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

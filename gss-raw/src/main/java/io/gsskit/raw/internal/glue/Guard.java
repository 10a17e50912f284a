package io.gsskit.raw.internal.glue;

import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;

/**
 * Contains a mechanism that throws: the call returns {@code GSS_S_FAILURE} with a mechglue minor
 * code whose text names the mechanism and the exception class, the exception is logged, and the
 * registry is untouched. JVM errors other than {@link StackOverflowError} (out of memory, internal
 * errors) are rethrown. Also bounds how deeply calls may nest through mechanisms (SPNEGO calling
 * krb5 through the public API, an interposer calling the original), catching interposer loops.
 * Thread-safe.
 */
final class Guard {

  /** Deepest nesting of mechanism calls on one thread. */
  static final int MAX_DEPTH = 16;

  private static final System.Logger LOG = System.getLogger("io.gsskit.raw.mechglue");
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private Guard() {}

  /**
   * Turns a throwable from a mechanism into {@code GSS_S_FAILURE}.
   *
   * @param minors the minor map for the message code
   * @param minor receives the mechglue code
   * @param d the route that threw
   * @param t what it threw
   * @return {@code GSS_S_FAILURE}
   */
  static int contained(MinorMap minors, MinorStatus minor, Dispatch d, Throwable t) {
    rethrowIfFatal(t);
    String text = "Mechanism " + d.name() + " (" + d.publicOid() + ") threw "
        + t.getClass().getName();
    LOG.log(System.Logger.Level.WARNING, text, t);
    minor.set(minors.message(text), null, 0);
    return GssStatus.GSS_S_FAILURE;
  }

  /** Rethrows JVM errors that must not be swallowed. */
  static void rethrowIfFatal(Throwable t) {
    if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
      throw (VirtualMachineError) t;
    }
  }

  /** Enters a nested mechanism call; false when nesting is too deep (the caller must not call). */
  static boolean enter() {
    int[] d = DEPTH.get();
    if (d[0] >= MAX_DEPTH) {
      return false;
    }
    d[0]++;
    return true;
  }

  /** Leaves a call entered with {@link #enter()}. */
  static void exit() {
    DEPTH.get()[0]--;
  }
}

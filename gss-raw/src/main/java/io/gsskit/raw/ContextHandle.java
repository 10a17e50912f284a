package io.gsskit.raw;

import io.gsskit.raw.internal.glue.UnionContext;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * An opaque security context ({@code gss_ctx_id_t}). It remembers the mechanism chosen by the
 * first {@link Gss#initSecContext} / {@link Gss#acceptSecContext} call. {@code GSS_C_NO_CONTEXT}
 * is an empty {@link Ref}. Deleting a context ({@link Gss#deleteSecContext} or {@link #close()})
 * zeroes its keys; afterwards every call through this handle returns {@code GSS_S_NO_CONTEXT}.
 *
 * <p>Thread safety: per-message calls (wrap, unwrap, getMic, verifyMic, the IOV/AEAD variants,
 * inquiries) on one established context may run concurrently from several threads; the mechglue
 * adds no lock. Context establishment, export and deletion are single-threaded per context.
 */
public final class ContextHandle implements AutoCloseable {

  private volatile @Nullable UnionContext context;

  ContextHandle(UnionContext context) {
    this.context = context;
  }

  @Nullable UnionContext union() {
    return context;
  }

  void invalidate() {
    context = null;
  }

  /** @return true once the context has been deleted or exported */
  public boolean isReleased() {
    return context == null;
  }

  /**
   * Deletes the context ({@code gss_delete_sec_context} without an output token); idempotent.
   * Never throws.
   */
  @Override
  public void close() {
    if (context != null) {
      Gss.deleteSecContext(new MinorStatus(), Ref.of(this), null);
    }
  }

  /** @return a description naming the mechanism, never key material */
  @Override
  public String toString() {
    UnionContext c = context;
    return c == null ? "ContextHandle[released]" : "ContextHandle[" + c.describe() + "]";
  }

  /**
   * An in/out parameter for a context handle ({@code gss_ctx_id_t *}). Empty means {@code
   * GSS_C_NO_CONTEXT}: pass an empty holder to the first {@link Gss#initSecContext} or {@link
   * Gss#acceptSecContext} call and the same holder to every later call. Closing the holder deletes
   * the held context. Mutable and not thread-safe.
   */
  public static final class Ref implements AutoCloseable {

    private @Nullable ContextHandle handle;

    /** Creates an empty holder ({@code GSS_C_NO_CONTEXT}). */
    public Ref() {}

    /**
     * Creates a holder around an existing handle.
     *
     * @param handle the handle, or null for an empty holder
     * @return the holder
     */
    public static Ref of(@Nullable ContextHandle handle) {
      Ref r = new Ref();
      r.handle = handle;
      return r;
    }

    /** @return the handle, or null when empty */
    public @Nullable ContextHandle get() {
      return handle;
    }

    /**
     * Returns the handle.
     *
     * @return the handle
     * @throws NoSuchElementException when the holder is empty
     */
    public ContextHandle orElseThrow() {
      ContextHandle h = handle;
      if (h == null) {
        throw new NoSuchElementException("no context handle");
      }
      return h;
    }

    /**
     * Stores a handle without deleting the previous one.
     *
     * @param handle the handle, or null to empty the holder
     */
    public void set(@Nullable ContextHandle handle) {
      this.handle = handle;
    }

    /** @return true when no handle is held */
    public boolean isEmpty() {
      return handle == null;
    }

    /** Deletes the held context, if any, and empties the holder. */
    @Override
    public void close() {
      ContextHandle h = handle;
      handle = null;
      if (h != null) {
        h.close();
      }
    }

    @Override
    public String toString() {
      return "ContextHandle.Ref[" + handle + "]";
    }
  }
}

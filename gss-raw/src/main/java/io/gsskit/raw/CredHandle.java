package io.gsskit.raw;

import io.gsskit.raw.internal.glue.UnionCred;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * An opaque credential ({@code gss_cred_id_t}): one element per mechanism. {@code
 * GSS_C_NO_CREDENTIAL} is a null handle. Handles are created only by {@link Gss} calls and
 * released with {@link Gss#releaseCred} or {@link #close()}, which releases every mechanism
 * element and zeroes its key material.
 *
 * <p>Thread-safe for concurrent use; it must not be released while in use. {@link Gss#addCred}
 * without an output handle adds an element in place, atomically.
 */
public final class CredHandle implements AutoCloseable {

  private volatile @Nullable UnionCred cred;

  CredHandle(UnionCred cred) {
    this.cred = cred;
  }

  @Nullable UnionCred union() {
    return cred;
  }

  /** @return true once the handle has been released */
  public boolean isReleased() {
    return cred == null;
  }

  /** Releases the credential ({@code gss_release_cred}) and zeroes its keys; idempotent. */
  @Override
  public void close() {
    UnionCred c = cred;
    cred = null;
    if (c != null) {
      c.release();
    }
  }

  /** @return a description listing the mechanisms, never key material */
  @Override
  public String toString() {
    UnionCred c = cred;
    return c == null ? "CredHandle[released]" : "CredHandle[" + c.describe() + "]";
  }

  /**
   * An in/out parameter for a credential handle ({@code gss_cred_id_t *}). Empty means {@code
   * GSS_C_NO_CREDENTIAL}. Closing the holder releases the held credential. Mutable and not
   * thread-safe.
   */
  public static final class Ref implements AutoCloseable {

    private @Nullable CredHandle handle;

    /** Creates an empty holder. */
    public Ref() {}

    /**
     * Creates a holder around an existing handle.
     *
     * @param handle the handle, or null for an empty holder
     * @return the holder
     */
    public static Ref of(@Nullable CredHandle handle) {
      Ref r = new Ref();
      r.handle = handle;
      return r;
    }

    /** @return the handle, or null when empty */
    public @Nullable CredHandle get() {
      return handle;
    }

    /**
     * Returns the handle.
     *
     * @return the handle
     * @throws NoSuchElementException when the holder is empty
     */
    public CredHandle orElseThrow() {
      CredHandle h = handle;
      if (h == null) {
        throw new NoSuchElementException("no credential handle");
      }
      return h;
    }

    /**
     * Stores a handle without releasing the previous one.
     *
     * @param handle the handle, or null to empty the holder
     */
    public void set(@Nullable CredHandle handle) {
      this.handle = handle;
    }

    /** @return true when no handle is held */
    public boolean isEmpty() {
      return handle == null;
    }

    /** Releases the held credential, if any, and empties the holder. */
    @Override
    public void close() {
      CredHandle h = handle;
      handle = null;
      if (h != null) {
        h.close();
      }
    }

    @Override
    public String toString() {
      return "CredHandle.Ref[" + handle + "]";
    }
  }
}

package io.gsskit.raw;

import io.gsskit.raw.internal.glue.UnionName;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * An opaque internal name ({@code gss_name_t}): the imported text and name type, or a mechanism
 * name (MN) once canonicalized, accepted or imported from an exported name. Handles are created
 * only by {@link Gss} calls and released with {@link Gss#releaseName} or {@link #close()};
 * releasing only invalidates the handle (names carry no key material). A name is never {@code
 * GSS_C_NO_NAME}: that is a null handle.
 *
 * <p>Thread-safe: a name may be used by several threads at once; it must not be released while in
 * use.
 */
public final class NameHandle implements AutoCloseable {

  private volatile @Nullable UnionName name;

  NameHandle(UnionName name) {
    this.name = name;
  }

  @Nullable UnionName union() {
    return name;
  }

  /** @return true once the handle has been released */
  public boolean isReleased() {
    return name == null;
  }

  /** Releases the name ({@code gss_release_name}); idempotent. */
  @Override
  public void close() {
    name = null;
  }

  /** @return a description without the name's text */
  @Override
  public String toString() {
    UnionName n = name;
    return n == null ? "NameHandle[released]" : "NameHandle[" + n.describe() + "]";
  }

  /**
   * An in/out parameter for a name handle ({@code gss_name_t *}). Empty means {@code
   * GSS_C_NO_NAME}. Closing the holder releases the held name, so it can be used in
   * try-with-resources. Mutable and not thread-safe.
   */
  public static final class Ref implements AutoCloseable {

    private @Nullable NameHandle handle;

    /** Creates an empty holder. */
    public Ref() {}

    /**
     * Creates a holder around an existing handle.
     *
     * @param handle the handle, or null for an empty holder
     * @return the holder
     */
    public static Ref of(@Nullable NameHandle handle) {
      Ref r = new Ref();
      r.handle = handle;
      return r;
    }

    /** @return the handle, or null when empty */
    public @Nullable NameHandle get() {
      return handle;
    }

    /**
     * Returns the handle.
     *
     * @return the handle
     * @throws NoSuchElementException when the holder is empty
     */
    public NameHandle orElseThrow() {
      NameHandle h = handle;
      if (h == null) {
        throw new NoSuchElementException("no name handle");
      }
      return h;
    }

    /**
     * Stores a handle without releasing the previous one.
     *
     * @param handle the handle, or null to empty the holder
     */
    public void set(@Nullable NameHandle handle) {
      this.handle = handle;
    }

    /** @return true when no handle is held */
    public boolean isEmpty() {
      return handle == null;
    }

    /** Releases the held handle, if any, and empties the holder. */
    @Override
    public void close() {
      NameHandle h = handle;
      handle = null;
      if (h != null) {
        h.close();
      }
    }

    @Override
    public String toString() {
      return "NameHandle.Ref[" + handle + "]";
    }
  }
}

package io.gsskit.raw.internal.glue;

import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.NameHandle;
import org.jspecify.annotations.Nullable;

/**
 * The bridge between the opaque public handles and the mechglue's union objects, so the handle
 * classes need no public constructor or accessor. {@code io.gsskit.raw} installs the one {@link
 * Access} implementation when {@code Gss} is initialised (the JDK's "shared secrets" pattern).
 * Thread-safe.
 */
public final class Handles {

  /** Creates and opens handles; implemented once, in {@code io.gsskit.raw}. */
  public interface Access {
    /**
     * Wraps a union name.
     *
     * @param name the union name; not null
     * @return a new handle
     */
    NameHandle newName(UnionName name);

    /**
     * Opens a name handle.
     *
     * @param handle the handle; not null
     * @return its union name, or null once released
     */
    @Nullable UnionName name(NameHandle handle);

    /**
     * Wraps a union credential.
     *
     * @param cred the union credential; not null
     * @return a new handle
     */
    CredHandle newCred(UnionCred cred);

    /**
     * Opens a credential handle.
     *
     * @param handle the handle; not null
     * @return its union credential, or null once released
     */
    @Nullable UnionCred cred(CredHandle handle);

    /**
     * Wraps a union context.
     *
     * @param context the union context; not null
     * @return a new handle
     */
    ContextHandle newContext(UnionContext context);

    /**
     * Opens a context handle.
     *
     * @param handle the handle; not null
     * @return its union context, or null once deleted
     */
    @Nullable UnionContext context(ContextHandle handle);

    /**
     * Marks a context handle deleted, so later calls through it see {@code GSS_S_NO_CONTEXT}.
     *
     * @param handle the handle; not null
     */
    void invalidate(ContextHandle handle);
  }

  // Deliberately no initialiser: install() may run while this class is still initialising.
  private static @Nullable Access access;

  static {
    try {
      Class.forName("io.gsskit.raw.Gss", true, Handles.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private Handles() {}

  /**
   * Installs the accessor; called once by {@code io.gsskit.raw}.
   *
   * @param a the accessor; not null
   */
  public static synchronized void install(Access a) {
    if (access == null) {
      access = a;
    }
  }

  static Access access() {
    Access a = access;
    if (a == null) {
      throw new IllegalStateException("io.gsskit.raw.Gss did not install its handle accessor");
    }
    return a;
  }
}

package io.gsskit.raw.internal.kerberos.files;

/**
 * What the Kerberos credential stores share in their one checked exception: a store (credential
 * cache or keytab) could not be read, written, named or found. The {@link Kind} lets callers map
 * the problem to a status code. Each store throws its own subclass ({@code CcacheException},
 * {@code KeytabException}), which names the MIT codes its kinds correspond to, so a caller that
 * touches both stores can still tell them apart.
 *
 * <p>Immutable and thread-safe.
 */
public abstract class StoreException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The class of problem. */
  public enum Kind {
    /**
     * The store does not exist (no file; for a credential cache also an empty file or an
     * uninitialized memory cache).
     */
    NOT_FOUND,
    /** The bytes are not a valid store (bad version, length beyond the end, over a cap …). */
    FORMAT,
    /** The name is malformed (empty residual, bad {@code DIR:} subsidiary name …). */
    BAD_NAME,
    /**
     * The store type is known but not supported here ({@code KEYRING:}, {@code KCM:} caches,
     * {@code KDB:}, {@code ANY:} keytabs …).
     */
    UNSUPPORTED,
    /** Reading, locking or replacing the file failed. */
    IO
  }

  private final Kind kind;

  /**
   * Creates an exception.
   *
   * @param kind the class of problem; not null
   * @param message what went wrong, including the store's name where known; not null
   */
  protected StoreException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /**
   * Creates an exception with a cause.
   *
   * @param kind the class of problem; not null
   * @param message what went wrong; not null
   * @param cause the underlying exception; not null
   */
  protected StoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** @return the class of problem */
  public final Kind kind() {
    return kind;
  }
}

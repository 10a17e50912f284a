package io.gsskit.raw.internal.kerberos.ccache;

/**
 * A credential cache could not be read, written, named or found. The {@link Kind} lets callers
 * map the problem to a status code (for example MIT's {@code KRB5_FCC_NOFILE},
 * {@code KRB5_CC_FORMAT}, {@code KRB5_CC_BADNAME}, {@code KRB5_CC_UNKNOWN_TYPE},
 * {@code KRB5_CC_IO}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CcacheException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The class of problem. */
  public enum Kind {
    /** The cache does not exist (no file, empty file, uninitialized memory cache). */
    NOT_FOUND,
    /** The bytes are not a valid cache (bad version, length beyond the end, over a cap …). */
    FORMAT,
    /** The name is malformed (empty residual, bad {@code DIR:} subsidiary name …). */
    BAD_NAME,
    /** The cache type is known but not supported here ({@code KEYRING:}, {@code KCM:} …). */
    UNSUPPORTED,
    /** Reading, locking or replacing the file failed. */
    IO
  }

  private final Kind kind;

  /**
   * Creates an exception.
   *
   * @param kind the class of problem; not null
   * @param message what went wrong, including the cache name where known; not null
   */
  public CcacheException(Kind kind, String message) {
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
  public CcacheException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** @return the class of problem */
  public Kind kind() {
    return kind;
  }
}

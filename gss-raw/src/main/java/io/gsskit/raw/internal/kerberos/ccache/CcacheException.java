package io.gsskit.raw.internal.kerberos.ccache;

import io.gsskit.raw.internal.kerberos.files.StoreException;

/**
 * A credential cache could not be read, written, named or found. The {@link StoreException.Kind}
 * lets callers map the problem to a status code (for example MIT's {@code KRB5_FCC_NOFILE},
 * {@code KRB5_CC_FORMAT}, {@code KRB5_CC_BADNAME}, {@code KRB5_CC_UNKNOWN_TYPE},
 * {@code KRB5_CC_IO}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CcacheException extends StoreException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param kind the class of problem; not null
   * @param message what went wrong, including the cache name where known; not null
   */
  public CcacheException(Kind kind, String message) {
    super(kind, message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param kind the class of problem; not null
   * @param message what went wrong; not null
   * @param cause the underlying exception; not null
   */
  public CcacheException(Kind kind, String message, Throwable cause) {
    super(kind, message, cause);
  }
}

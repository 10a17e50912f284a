package io.gsskit.raw.internal.kerberos.keytab;

import io.gsskit.raw.internal.kerberos.files.StoreException;

/**
 * A keytab could not be read, written or named. The {@link StoreException.Kind} lets callers map
 * the problem to a status code (MIT's {@code KRB5_KT_NOTFOUND}, {@code KRB5_KEYTAB_BADVNO},
 * {@code KRB5_KT_UNKNOWN_TYPE}, {@code KRB5_KT_IOERR} …).
 *
 * <p>Immutable and thread-safe.
 */
public final class KeytabException extends StoreException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param kind the class of problem; not null
   * @param message what went wrong, with the keytab name where known; not null
   */
  public KeytabException(Kind kind, String message) {
    super(kind, message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param kind the class of problem; not null
   * @param message what went wrong; not null
   * @param cause the underlying exception; not null
   */
  public KeytabException(Kind kind, String message, Throwable cause) {
    super(kind, message, cause);
  }
}

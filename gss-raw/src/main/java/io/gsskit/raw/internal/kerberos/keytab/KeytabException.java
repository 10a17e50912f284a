package io.gsskit.raw.internal.kerberos.keytab;

/**
 * A keytab could not be read, written or named. The {@link Kind} lets callers map the problem to
 * a status code (MIT's {@code KRB5_KT_NOTFOUND}, {@code KRB5_KEYTAB_BADVNO},
 * {@code KRB5_KT_UNKNOWN_TYPE}, {@code KRB5_KT_IOERR} …).
 *
 * <p>Immutable and thread-safe.
 */
public final class KeytabException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The class of problem. */
  public enum Kind {
    /** The keytab file does not exist. */
    NOT_FOUND,
    /** The bytes are not a keytab (bad version, record beyond the end …). */
    FORMAT,
    /** The name is malformed. */
    BAD_NAME,
    /** The keytab type is known but not supported here ({@code KDB:}, {@code ANY:} …). */
    UNSUPPORTED,
    /** Reading, locking or replacing the file failed. */
    IO
  }

  private final Kind kind;

  /**
   * Creates an exception.
   *
   * @param kind the class of problem; not null
   * @param message what went wrong, with the keytab name where known; not null
   */
  public KeytabException(Kind kind, String message) {
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
  public KeytabException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** @return the class of problem */
  public Kind kind() {
    return kind;
  }
}

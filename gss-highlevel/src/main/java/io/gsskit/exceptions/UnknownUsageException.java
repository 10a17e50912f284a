package io.gsskit.exceptions;

import java.util.Objects;

/**
 * Thrown when the high-level API cannot tell whether an object is for initiating or accepting,
 * e.g. a security context built from credentials whose usage is both and without a target name,
 * or a usage string other than python's {@code 'initiate'}, {@code 'accept'} and {@code 'both'}.
 * No GSS-API status is involved.
 *
 * <p>The message is python's: {@code Unable to determine <object> usage: <minor message>.}
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.UnknownUsageError"
 */
public final class UnknownUsageException extends GeneralException {

  private static final long serialVersionUID = 1L;

  /** What the usage is missing for. */
  private final String object;

  /**
   * Builds the exception.
   *
   * @param minorMessage what went wrong; not null
   * @param object what the usage is missing for, e.g. {@code "security context"}; not null
   */
  public UnknownUsageException(String minorMessage, String object) {
    super("Unable to determine " + Objects.requireNonNull(object, "object") + " usage",
        minorMessage);
    this.object = object;
  }

  /**
   * What the usage could not be determined for (python's {@code obj} keyword).
   *
   * @return e.g. {@code "security context"}
   */
  public String object() {
    return object;
  }
}

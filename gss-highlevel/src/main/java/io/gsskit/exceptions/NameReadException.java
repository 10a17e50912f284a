package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a status carries {@code GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAME}: the name
 * parameter could not be read, e.g. a mechanism given no name where one is required. The routine
 * error picks the parent class ({@link BadNameException}); the marker interface
 * {@link ParameterReadFailure} records the calling error, as python-gssapi's multiple inheritance
 * does.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.NameReadError"
 */
public final class NameReadException extends BadNameException implements ParameterReadFailure {

  private static final long serialVersionUID = 1L;

  NameReadException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a required output parameter could not be written
 * ({@code GSS_S_CALL_INACCESSIBLE_WRITE}) and the status names no routine error; like
 * {@link ParameterReadException} it comes from a mechanism or from raw calls.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.ParameterWriteError"
 */
public final class ParameterWriteException extends CallingErrorException
    implements ParameterWriteFailure {

  private static final long serialVersionUID = 1L;

  ParameterWriteException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

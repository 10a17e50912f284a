package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a required input parameter could not be read ({@code GSS_S_CALL_INACCESSIBLE_READ})
 * and the status names no routine error. The high-level API rejects null arguments itself, so this
 * comes from a mechanism or from raw calls.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.ParameterReadError"
 */
public final class ParameterReadException extends CallingErrorException
    implements ParameterReadFailure {

  private static final long serialVersionUID = 1L;

  ParameterReadException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a parameter was malformed ({@code GSS_S_CALL_BAD_STRUCTURE}) and the status names no
 * routine error, e.g. a handle of the wrong kind passed to a raw call.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.MalformedParameterError"
 */
public final class MalformedParameterException extends CallingErrorException {

  private static final long serialVersionUID = 1L;

  MalformedParameterException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

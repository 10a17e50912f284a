package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a status carries {@code GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT}: the context
 * parameter could not be read, e.g. a mechanism given no context handle where one is required. The
 * routine error picks the parent class ({@link NoContextException}); the marker interface
 * {@link ParameterReadFailure} records the calling error, as python-gssapi's multiple inheritance
 * does.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.ContextReadError"
 */
public final class ContextReadException extends NoContextException implements ParameterReadFailure {

  private static final long serialVersionUID = 1L;

  ContextReadException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a status carries {@code GSS_S_CALL_INACCESSIBLE_READ | GSS_S_DEFECTIVE_TOKEN}: the
 * token parameter could not be read, e.g. a mechanism given no input token where one is required.
 * The routine error picks the parent class ({@link DefectiveTokenException}); the marker interface
 * {@link ParameterReadFailure} records the calling error, as python-gssapi's multiple inheritance
 * does.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.TokenReadError"
 */
public final class TokenReadException extends DefectiveTokenException
    implements ParameterReadFailure {

  private static final long serialVersionUID = 1L;

  TokenReadException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

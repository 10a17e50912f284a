package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a status carries {@code GSS_S_CALL_INACCESSIBLE_READ | GSS_S_BAD_NAMETYPE}: the
 * name-type parameter could not be read. The routine error picks the parent class
 * ({@link BadNameTypeException}); the marker interface {@link ParameterReadFailure} records the
 * calling error, as python-gssapi's multiple inheritance does.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.NameTypeReadError"
 */
public final class NameTypeReadException extends BadNameTypeException
    implements ParameterReadFailure {

  private static final long serialVersionUID = 1L;

  NameTypeReadException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

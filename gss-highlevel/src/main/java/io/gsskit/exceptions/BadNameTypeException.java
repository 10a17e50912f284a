package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a name's type is not supported by the mechanism or the call
 * ({@code GSS_S_BAD_NAMETYPE}), e.g. importing a name of a type no available mechanism understands.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.BadNameTypeError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public class BadNameTypeException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  BadNameTypeException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when local security policy forbids the operation ({@code GSS_S_UNAUTHORIZED}), e.g.
 * impersonation or delegation the configuration does not allow.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.UnauthorizedError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class UnauthorizedException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  UnauthorizedException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the requested quality of protection is not supported by the mechanism
 * ({@code GSS_S_BAD_QOP}), e.g. a non-zero QOP passed to {@code wrap} or {@code getSignature}.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.BadQoPError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class BadQopException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  BadQopException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

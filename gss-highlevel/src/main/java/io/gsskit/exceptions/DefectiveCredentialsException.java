package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when credentials fail the consistency checks ({@code GSS_S_DEFECTIVE_CREDENTIAL}), e.g. a
 * corrupt credential cache entry or an imported credential token that does not decode.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.InvalidCredentialsError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class DefectiveCredentialsException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  DefectiveCredentialsException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

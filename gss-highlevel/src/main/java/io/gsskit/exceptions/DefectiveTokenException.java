package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a token fails the consistency checks ({@code GSS_S_DEFECTIVE_TOKEN}): bad RFC 2743
 * §3.1 framing, a wrong token identifier, a truncated or over-long token, or bytes that do not
 * decode, e.g. passing an HTTP header that is not a GSS-API token to {@code step}.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.InvalidTokenError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public class DefectiveTokenException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  DefectiveTokenException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

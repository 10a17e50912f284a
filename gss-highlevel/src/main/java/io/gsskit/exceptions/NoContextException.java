package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a call is given a security context that does not exist or is no longer valid
 * ({@code GSS_S_NO_CONTEXT}), e.g. one that was deleted, or one used for per-message calls before
 * it was established.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.MissingContextError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public class NoContextException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  NoContextException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

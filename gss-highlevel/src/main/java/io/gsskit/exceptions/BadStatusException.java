package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a status value or status type given to {@code displayStatus} is invalid
 * ({@code GSS_S_BAD_STATUS}).
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.BadStatusError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class BadStatusException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  BadStatusException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

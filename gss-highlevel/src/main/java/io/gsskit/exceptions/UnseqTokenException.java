package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a per-message token arrives after a later one was already processed
 * ({@code GSS_S_UNSEQ_TOKEN}, RFC 2743 §1.2.3): the token is too late.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.TokenTooLateError"
 */
public final class UnseqTokenException extends TokenOutOfSequenceException {

  private static final long serialVersionUID = 1L;

  UnseqTokenException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

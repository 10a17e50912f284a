package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a per-message token arrives before one or more earlier ones that were never received
 * ({@code GSS_S_GAP_TOKEN}, RFC 2743 §1.2.3): the token is too early, tokens are missing.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.TokenTooEarlyError"
 */
public final class GapTokenException extends TokenOutOfSequenceException {

  private static final long serialVersionUID = 1L;

  GapTokenException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

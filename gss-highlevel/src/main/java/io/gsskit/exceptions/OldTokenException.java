package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a per-message token is too old to be checked for duplication
 * ({@code GSS_S_OLD_TOKEN}, RFC 2743 §1.2.3): it falls before the context's replay window.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.ExpiredTokenError"
 */
public final class OldTokenException extends SupplementaryException {

  private static final long serialVersionUID = 1L;

  OldTokenException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

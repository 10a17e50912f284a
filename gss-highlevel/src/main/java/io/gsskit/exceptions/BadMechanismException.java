package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the requested mechanism is not supported or not available for the call
 * ({@code GSS_S_BAD_MECH}), e.g. acquiring credentials or starting a context for a mechanism no
 * module provides, or an acceptor receiving a token for a mechanism it does not offer.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.BadMechanismError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class BadMechanismException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  BadMechanismException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

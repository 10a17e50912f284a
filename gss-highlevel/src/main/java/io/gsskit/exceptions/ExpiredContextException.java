package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the security context has expired ({@code GSS_S_CONTEXT_EXPIRED}), e.g. the Kerberos
 * service ticket behind it reached its end time: establish a new context.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.ExpiredContextError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class ExpiredContextException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  ExpiredContextException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

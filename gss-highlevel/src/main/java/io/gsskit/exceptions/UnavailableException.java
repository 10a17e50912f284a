package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the operation or option is not available ({@code GSS_S_UNAVAILABLE}): the mechanism
 * does not implement the call or extension (RFC 6680 name attributes, RFC 5588 credential storing,
 * S4U impersonation, context export …), or the requested feature is switched off. The high-level
 * API also throws it when a mechanism lacks a capability a method needs.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.OperationUnavailableError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class UnavailableException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  UnavailableException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

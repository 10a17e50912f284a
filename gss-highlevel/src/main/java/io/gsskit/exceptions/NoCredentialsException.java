package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when no usable credentials were supplied or found ({@code GSS_S_NO_CRED}): e.g. no ticket
 * cache or TGT for the initiator, no keytab entry for the acceptor, or credentials whose usage does
 * not allow the call.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.MissingCredentialsError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public class NoCredentialsException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  NoCredentialsException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

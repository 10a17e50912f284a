package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a name is invalid ({@code GSS_S_BAD_NAME}): its text cannot be parsed under its name
 * type (e.g. a malformed Kerberos principal), or it does not fit the call, e.g. a target name that
 * differs from the one a context was started with.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.BadNameError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public class BadNameException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  BadNameException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

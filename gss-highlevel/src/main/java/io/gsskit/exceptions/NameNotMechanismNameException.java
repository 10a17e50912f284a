package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a call needs a mechanism name and the name is not one ({@code GSS_S_NAME_NOT_MN}),
 * e.g. exporting a name that was not canonicalized to a mechanism first.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.MechanismNameRequiredError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class NameNotMechanismNameException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  NameNotMechanismNameException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

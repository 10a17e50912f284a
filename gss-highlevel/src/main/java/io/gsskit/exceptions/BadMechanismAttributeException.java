package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a mechanism attribute passed to an RFC 5587 call (e.g. {@code indicateMechsByAttrs})
 * is not known ({@code GSS_S_BAD_MECH_ATTR}, RFC 5587). python-gssapi has no class for it and
 * raises a plain {@code GSSError}.
 *
 * <p>Thread-safe and immutable.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class BadMechanismAttributeException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  BadMechanismAttributeException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown for a miscellaneous failure ({@code GSS_S_FAILURE}): the minor status and
 * {@link #minorText()} say what happened. Mechanisms report most protocol and environment problems
 * this way (MIT's Kerberos mechanism reports every Kerberos library error with it), so GSSKit
 * throws a subclass for the common Kerberos causes: {@link ClockSkewException},
 * {@link PrincipalUnknownException}, {@link PreauthFailedException}, {@link KeyVersionException},
 * {@link NoKeyException}, {@link KdcUnreachableException}. python-gssapi raises a plain
 * {@code GSSError} here.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.GSSError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public class FailureException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  FailureException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a status carries {@code GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CRED}: the
 * credentials parameter could not be read. The routine error picks the parent class
 * ({@link NoCredentialsException}); the marker interface {@link ParameterReadFailure} records the
 * calling error, as python-gssapi's multiple inheritance does.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.CredentialsReadError"
 */
public final class CredentialsReadException extends NoCredentialsException
    implements ParameterReadFailure {

  private static final long serialVersionUID = 1L;

  CredentialsReadException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

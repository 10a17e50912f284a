package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a status carries {@code GSS_S_CALL_INACCESSIBLE_WRITE | GSS_S_NO_CRED}: the
 * credentials output parameter could not be written. The routine error picks the parent class
 * ({@link NoCredentialsException}); the marker interface {@link ParameterWriteFailure} records the
 * calling error, as python-gssapi's multiple inheritance does.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.CredentialsWriteError"
 */
public final class CredentialsWriteException extends NoCredentialsException
    implements ParameterWriteFailure {

  private static final long serialVersionUID = 1L;

  CredentialsWriteException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

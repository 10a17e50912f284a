package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the credentials have expired ({@code GSS_S_CREDENTIALS_EXPIRED}), e.g. the TGT in the
 * ticket cache is past its end time: obtain new credentials ({@code kinit}) and retry.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.ExpiredCredentialsError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class ExpiredCredentialsException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  ExpiredCredentialsException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

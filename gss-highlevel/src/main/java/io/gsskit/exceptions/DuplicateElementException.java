package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when credentials for the mechanism being added are already present in the credential set
 * ({@code GSS_S_DUPLICATE_ELEMENT}), from {@code Credentials.add}.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.DuplicateCredentialsElementError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class DuplicateElementException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  DuplicateElementException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

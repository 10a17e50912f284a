package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the acceptor's replay cache has already seen the Kerberos authenticator
 * ({@code KRB5KRB_AP_ERR_REPEAT}, RFC 4120 §3.2.3, error 34) and reports it with
 * {@code GSS_S_DUPLICATE_TOKEN}, as GSSKit's acceptor does for a replayed AP-REQ: someone resent a
 * captured token, or a client reused one. MIT's acceptor reports the same condition as
 * {@code GSS_S_FAILURE}, which yields a {@link FailureException} with this minor status.
 *
 * <p>Chosen when the major status selects {@link DuplicateTokenException} and the minor status is
 * {@code KRB5KRB_AP_ERR_REPEAT}.
 *
 * <p>Thread-safe and immutable.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4120#section-3.2.3">RFC 4120 §3.2.3</a>
 */
public final class ReplayException extends DuplicateTokenException {

  private static final long serialVersionUID = 1L;

  ReplayException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

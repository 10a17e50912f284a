package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the KDC rejected the pre-authentication ({@code KRB5KDC_ERR_PREAUTH_FAILED}, RFC 4120
 * §7.5.9, error 24): with a password it is wrong, or the key in the client keytab is out of date.
 *
 * <p>Chosen when the major status selects {@link FailureException} and the minor status is one of
 * the Kerberos codes named above (MIT krb5 {@code krb5_err.et}); with any other major status the
 * same minor status yields that status's own class, so catch {@link FailureException} too if a
 * mechanism may report it differently. The facts behind the error are in {@link #minorText()}.
 *
 * <p>Thread-safe and immutable.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4120#section-7.5.9">RFC 4120 §7.5.9</a>
 */
public final class PreauthFailedException extends FailureException {

  private static final long serialVersionUID = 1L;

  PreauthFailedException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the acceptor has no key at all for the service principal the ticket names
 * ({@code KRB5KRB_AP_ERR_NOKEY}, RFC 4120 error 45, or MIT's {@code KRB5_KT_NOTFOUND}): the keytab
 * lacks the principal, or the client asked for a ticket to a different name (check the host name's
 * DNS and the service principal name).
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
public final class NoKeyException extends FailureException {

  private static final long serialVersionUID = 1L;

  NoKeyException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the acceptor's keytab has no key with the version number (kvno) the ticket was
 * encrypted with ({@code KRB5KRB_AP_ERR_BADKEYVER}, RFC 4120 error 44, or MIT's
 * {@code KRB5_KT_KVNONOTFOUND}): the service's key changed and the keytab is out of date, or the
 * client holds a ticket issued before the change. MIT's text names both, e.g. "Request ticket
 * server HTTP/web.example.com@EXAMPLE.COM kvno 4 not found in keytab; keytab is likely out of
 * date".
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
public final class KeyVersionException extends FailureException {

  private static final long serialVersionUID = 1L;

  KeyVersionException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

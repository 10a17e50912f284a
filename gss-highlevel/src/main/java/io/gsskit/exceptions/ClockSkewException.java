package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the clocks of the client, the service or the KDC differ by more than the allowed skew
 * (usually 5 minutes): the acceptor rejected the authenticator's time ({@code KRB5KRB_AP_ERR_SKEW},
 * RFC 4120 §3.2.3), which the initiator also sees through the acceptor's error token, or the KDC's
 * reply time was out of range ({@code KRB5_KDCREP_SKEW}). Fix the clocks (NTP).
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
public final class ClockSkewException extends FailureException {

  private static final long serialVersionUID = 1L;

  ClockSkewException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

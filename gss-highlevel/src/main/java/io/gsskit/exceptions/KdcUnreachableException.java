package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when no KDC of the realm could be located or reached: {@code KRB5_KDC_UNREACH} (no KDC
 * answered), {@code KRB5_REALM_UNKNOWN} (no KDC is configured or found in DNS for the realm),
 * {@code KRB5_REALM_CANT_RESOLVE} (the KDC's host name does not resolve). Check {@code krb5.conf},
 * DNS and the network path (UDP/TCP port 88).
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
public final class KdcUnreachableException extends FailureException {

  private static final long serialVersionUID = 1L;

  KdcUnreachableException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

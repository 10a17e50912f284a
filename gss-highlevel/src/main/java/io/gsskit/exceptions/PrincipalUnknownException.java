package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the KDC does not know a principal: the client
 * ({@code KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN}, RFC 4120 error 6, e.g. a mistyped user name) or the
 * service ({@code KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN}, error 7, e.g. no account carries the service
 * principal name, often because the client built it from an alias or an IP address instead of the
 * host's canonical name). {@link #isServer()} tells which.
 *
 * <p>Chosen when the major status selects {@link FailureException} and the minor status is one of
 * these codes (MIT krb5 {@code krb5_err.et}); with any other major status the same minor status
 * yields that status's own class, so catch {@link FailureException} too if a mechanism may report
 * it differently. The facts behind the error are in {@link #minorText()}.
 *
 * <p>Thread-safe and immutable.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4120#section-7.5.9">RFC 4120 §7.5.9</a>
 */
public final class PrincipalUnknownException extends FailureException {

  private static final long serialVersionUID = 1L;

  PrincipalUnknownException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }

  /**
   * Whether the unknown principal is the service (server) rather than the client.
   *
   * @return true for {@code KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN}, false for
   *     {@code KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN}
   */
  public boolean isServer() {
    return minor() == KerberosMinorCodes.KDC_ERR_S_PRINCIPAL_UNKNOWN;
  }
}

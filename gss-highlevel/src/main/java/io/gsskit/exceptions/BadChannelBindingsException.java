package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown by the acceptor when the channel bindings in the initiator's token do not match the ones
 * the acceptor supplied ({@code GSS_S_BAD_BINDINGS}), e.g. a TLS channel-binding mismatch that
 * points at a man in the middle.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.BadChannelBindingsError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class BadChannelBindingsException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  BadChannelBindingsException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

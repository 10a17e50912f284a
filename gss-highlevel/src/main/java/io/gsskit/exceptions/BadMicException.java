package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a token's integrity check (MIC or checksum) does not verify ({@code GSS_S_BAD_SIG},
 * also named {@code GSS_S_BAD_MIC}): the message was modified in transit, or the peers do not share
 * the key, e.g. {@code verifySignature} or {@code unwrap} of a tampered message.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.BadMICError"
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public final class BadMicException extends RoutineErrorException {

  private static final long serialVersionUID = 1L;

  BadMicException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

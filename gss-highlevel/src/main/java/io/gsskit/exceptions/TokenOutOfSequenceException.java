package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * A per-message token arrived out of sequence: the base of {@link UnseqTokenException} (too late)
 * and {@link GapTokenException} (too early). Never thrown itself.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.TokenOutOfSequenceError"
 */
public abstract class TokenOutOfSequenceException extends SupplementaryException {

  private static final long serialVersionUID = 1L;

  TokenOutOfSequenceException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

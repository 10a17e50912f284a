package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a token is a duplicate of one already processed ({@code GSS_S_DUPLICATE_TOKEN}): a
 * replayed per-message token on a context with replay detection, or a replayed context token at
 * establishment (RFC 2743 §2.2.2: the acceptor then establishes no context and GSSKit reports the
 * replayed Kerberos AP-REQ this way, as {@link ReplayException}).
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.DuplicateTokenError"
 */
public class DuplicateTokenException extends SupplementaryException {

  private static final long serialVersionUID = 1L;

  DuplicateTokenException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

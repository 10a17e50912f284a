package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * A token was a duplicate, too old, or out of sequence, and the status had no calling or routine
 * error: the base of the supplementary-information exceptions (RFC 2744 §3.9.1 table 3-4,
 * RFC 2743 §1.2.3). When several bits are set the lowest defined one picks the class
 * ({@code DUPLICATE_TOKEN}, then {@code OLD_TOKEN}, {@code UNSEQ_TOKEN}, {@code GAP_TOKEN});
 * {@link #supplementaryInfo()} lists them all. Thrown as is when only bits no RFC defines (5–15)
 * are set. {@code GSS_S_CONTINUE_NEEDED} is not an error and never selects an exception.
 *
 * <p>As python-gssapi, GSSKit's {@code unwrap}, {@code decrypt} and {@code verifySignature}
 * throw on any supplementary status, so an application cannot miss a replay or a reordering.
 * The token's integrity was verified anyway: {@link #verifiedMessage()} carries the message
 * (the unwrapped plaintext, or the message whose MIC verified), so an application that tolerates
 * reordering (e.g. over UDP) can catch {@link TokenOutOfSequenceException} and use it. A
 * replay's message ({@link DuplicateTokenException}, {@link OldTokenException}) must never be
 * acted on as a new message.
 *
 * <p>Thread-safe and immutable once thrown.
 *
 * @see "python-gssapi: gssapi.exceptions.SupplementaryError"
 */
public class SupplementaryException extends GssException {

  private static final long serialVersionUID = 1L;

  private byte @Nullable [] verifiedMessage;

  SupplementaryException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }

  /** Set once by {@link StatusMapping}, before the exception is published. */
  void verifiedMessage(byte[] message) {
    this.verifiedMessage = message.clone();
  }

  /**
   * The message of a token whose integrity was verified although the status reports it as a
   * duplicate, old or out of sequence: the unwrapped message ({@code unwrap}/{@code decrypt}) or
   * the message whose MIC verified ({@code verifySignature}).
   *
   * @return a copy of the message; empty when the status came from elsewhere (e.g. {@link
   *     GssException#of(int, int, io.gsskit.raw.Oid, String, byte[])} without a message)
   */
  public java.util.Optional<byte[]> verifiedMessage() {
    byte[] m = verifiedMessage;
    return m == null ? java.util.Optional.empty() : java.util.Optional.of(m.clone());
  }
}

package io.gsskit.exceptions;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@code SecurityContext.decrypt} (and {@code encrypt}) when confidentiality was
 * required but the message was only integrity-protected: the token verified, yet it was not
 * encrypted. This is not a GSS-API status; the unwrap itself succeeded, and the verified message
 * is available from {@link #unwrappedMessage()} for callers that decide to accept it.
 *
 * <p>The message is python's: {@code Confidentiality was requested, but not used: <minor
 * message>.} It never contains the unwrapped bytes.
 *
 * <p>Thread-safe and immutable (the unwrapped message is copied in and out).
 *
 * @see "python-gssapi: gssapi.exceptions.EncryptionNotUsed"
 */
public final class EncryptionNotUsedException extends GeneralException {

  private static final long serialVersionUID = 1L;

  /** The verified, unencrypted message, or null. */
  private final byte @Nullable [] unwrappedMessage;

  /**
   * Builds the exception.
   *
   * @param minorMessage what went wrong; not null
   * @param unwrappedMessage the verified but unencrypted message, or null when there is none;
   *     copied
   */
  public EncryptionNotUsedException(String minorMessage, byte @Nullable [] unwrappedMessage) {
    super("Confidentiality was requested, but not used", minorMessage);
    this.unwrappedMessage = unwrappedMessage == null ? null : unwrappedMessage.clone();
  }

  /**
   * The message that was unwrapped and verified but not encrypted (python's
   * {@code unwrapped_message}).
   *
   * @return a copy of the message, or empty when none was given
   */
  public Optional<byte[]> unwrappedMessage() {
    return unwrappedMessage == null ? Optional.empty() : Optional.of(unwrappedMessage.clone());
  }
}

package io.gsskit.exceptions;

import java.util.Objects;

/**
 * A failure the high-level API detects itself, with no GSS-API status behind it; the base of
 * {@link UnknownUsageException} and {@link EncryptionNotUsedException}. It is not a
 * {@link GssException} (there is no major or minor status), just as python-gssapi's
 * {@code GeneralError} is not a {@code GSSError}: catch both to catch every GSSKit failure. Never
 * produced by {@link GssException#of(int, int, io.gsskit.raw.Oid, String, byte[])}.
 *
 * <p>The message has python's format {@code <major message>: <minor message>.}, with
 * {@code "General error"} as the major message of this class.
 *
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.GeneralError"
 */
public class GeneralException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The detail message. */
  private final String minorMessage;

  /**
   * Builds a general error.
   *
   * @param minorMessage what went wrong; not null
   */
  public GeneralException(String minorMessage) {
    this("General error", minorMessage);
  }

  /**
   * Builds an error with a subclass's major message.
   *
   * @param majorMessage the kind of error; not null
   * @param minorMessage what went wrong; not null
   */
  GeneralException(String majorMessage, String minorMessage) {
    super(Objects.requireNonNull(majorMessage, "majorMessage") + ": "
        + Objects.requireNonNull(minorMessage, "minorMessage") + ".");
    this.minorMessage = minorMessage;
  }

  /**
   * The detail given when the exception was built (python's {@code minor_message}).
   *
   * @return the minor message
   */
  public String minorMessage() {
    return minorMessage;
  }
}

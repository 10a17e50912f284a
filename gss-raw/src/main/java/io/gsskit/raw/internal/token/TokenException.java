package io.gsskit.raw.internal.token;

/**
 * The single failure type of the token parsers in this package. It carries no stack trace (it is
 * an expected outcome of hostile input, not a bug) and a {@link Kind} the caller maps to a major
 * status.
 */
public final class TokenException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What was wrong with the token. */
  public enum Kind {
    /** Framing, a length or a tag was wrong, the token was truncated or had trailing bytes. */
    MALFORMED,
    /** The embedded object identifier was empty, too long or not a minimal encoding. */
    BAD_OID
  }

  /** What was wrong with the token. */
  private final Kind kind;

  /**
   * Creates the exception.
   *
   * @param kind what was wrong; not null
   * @param message a short description without secret data; not null
   */
  public TokenException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  /** @return what was wrong */
  public Kind kind() {
    return kind;
  }
}

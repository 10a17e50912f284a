package io.gsskit.raw.internal.asn1;

/**
 * The one exception every DER decoder in GSSKit throws for malformed or unacceptable input: a
 * {@link Reason} for callers that map it to a status code, and the byte offset where the problem
 * was found.
 *
 * <p>Decoders never throw any other exception for bad input (no {@code IndexOutOfBounds}, no
 * {@code NullPointerException}, no {@code OutOfMemoryError} from a wire length). Instances are
 * immutable and thread-safe.
 */
public final class DerException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why an encoding was rejected. */
  public enum Reason {
    /** The input ends inside an element, or a length exceeds the bytes that remain. */
    TRUNCATED,
    /** Indefinite, reserved, non-minimal or over-long length octets (X.690 §10.1). */
    BAD_LENGTH,
    /** A malformed identifier octet sequence (high tag number form, X.690 §8.1.2.4). */
    BAD_TAG,
    /** A different tag than the one the structure requires at this point. */
    UNEXPECTED_TAG,
    /** A mandatory field of a SEQUENCE is missing. */
    MISSING_FIELD,
    /** Nesting deeper than {@link DerReader#MAX_DEPTH}. */
    TOO_DEEP,
    /** More elements in a SEQUENCE OF than the caller's cap, or a value larger than a cap. */
    TOO_LARGE,
    /** An INTEGER or ENUMERATED that is empty, not minimal, or outside the range required. */
    BAD_INTEGER,
    /** A BOOLEAN that is not exactly {@code 00} or {@code FF} (X.690 §11.1). */
    BAD_BOOLEAN,
    /** A BIT STRING with a bad unused-bits octet or non-zero unused bits (X.690 §11.2). */
    BAD_BIT_STRING,
    /** A time that is not {@code YYYYMMDDHHMMSSZ} or not a valid calendar instant. */
    BAD_TIME,
    /** A character string that is not valid in its type (UTF-8 / IA5). */
    BAD_STRING,
    /** An OBJECT IDENTIFIER that is empty, unterminated or not minimal. */
    BAD_OID,
    /** Bytes left over after a complete element or inside a finished SEQUENCE. */
    TRAILING_DATA,
    /** A protocol version number other than the one defined (Kerberos pvno 5). */
    BAD_VERSION,
    /** A Kerberos message whose msg-type or application tag is not the one expected. */
    WRONG_MESSAGE_TYPE,
    /** A well-formed value that the structure does not allow (e.g. an empty principal name). */
    BAD_VALUE
  }

  private final Reason reason;
  private final int offset;

  /**
   * Creates the exception.
   *
   * @param reason why the input was rejected; not null
   * @param offset byte offset in the input where the problem was detected ({@code -1} if none)
   * @param detail a short human-readable explanation; not null
   */
  public DerException(Reason reason, int offset, String detail) {
    super(reason + " at offset " + offset + ": " + detail);
    this.reason = reason;
    this.offset = offset;
  }

  /** @return why the input was rejected; never null */
  public Reason reason() {
    return reason;
  }

  /** @return the byte offset in the input where the problem was detected, or {@code -1} */
  public int offset() {
    return offset;
  }
}

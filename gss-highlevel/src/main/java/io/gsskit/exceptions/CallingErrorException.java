package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * A GSS-API call failed with a calling error (RFC 2744 §3.9.1 table 3-2) and no routine error: the
 * base of {@link ParameterReadException}, {@link ParameterWriteException} and
 * {@link MalformedParameterException}. A status that has both a calling and a routine error becomes
 * the routine error's class, with {@link #callingError()} set. Thrown as is when the calling-error
 * field holds a value no RFC defines (4–255).
 *
 * <p>The high-level API checks its own arguments (null, ranges) before any GSS-API call and reports
 * misuse with {@code NullPointerException} or {@code IllegalArgumentException}, so calling errors
 * come only from a mechanism or from raw calls.
 *
 * <p>Thread-safe and immutable.
 */
public class CallingErrorException extends GssException {

  private static final long serialVersionUID = 1L;

  CallingErrorException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/**
 * A GSS-API call failed with a routine error: the base of the one exception class per routine-error
 * value (RFC 2744 §3.9.1 table 3-3, RFC 5587). Thrown as is when the routine-error field holds a
 * value no RFC defines (20–255); {@link #routineError()} is then empty and {@link #major()} keeps
 * the raw value.
 *
 * <p>Thread-safe and immutable.
 *
 * @see GssException#of(int, int, io.gsskit.raw.Oid, String, byte[])
 */
public class RoutineErrorException extends GssException {

  private static final long serialVersionUID = 1L;

  RoutineErrorException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

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
 * <p>Thread-safe and immutable.
 *
 * @see "python-gssapi: gssapi.exceptions.SupplementaryError"
 */
public class SupplementaryException extends GssException {

  private static final long serialVersionUID = 1L;

  SupplementaryException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status, errorToken);
  }
}

package io.gsskit.exceptions;

import org.jspecify.annotations.Nullable;

/** A constructor of one exception class, as the status mapping picks it. */
@FunctionalInterface
interface ExceptionFactory {

  /**
   * Builds the exception.
   *
   * @param status what the call reported
   * @param errorToken the error token, or null
   * @return the exception
   */
  GssException create(StatusDetails status, byte @Nullable [] errorToken);
}

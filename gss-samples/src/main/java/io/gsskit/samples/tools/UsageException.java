package io.gsskit.samples.tools;

/** A bad command line or an option GSSKit cannot honour; the program prints it and exits 1. */
final class UsageException extends Exception {

  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, shown to the user */
  UsageException(String message) {
    super(message);
  }
}

package io.gsskit.raw.internal.mech.krb5.token;

/**
 * The one internal failure type of this package: a major status and an {@link Rfc4121Minor} code.
 * Never escapes the public methods of {@link Rfc4121Protector}, which turn it into a status.
 * Carries no stack trace (it is control flow for hostile input, not a bug report).
 */
final class TokenFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final int major;
  private final int minor;

  TokenFailure(int major, int minor) {
    super(Rfc4121Minor.describe(minor), null, false, false);
    this.major = major;
    this.minor = minor;
  }

  int major() {
    return major;
  }

  int minor() {
    return minor;
  }
}

package io.gsskit.raw.spi;

import org.jspecify.annotations.Nullable;

/** Minor codes of the PSK test mechanism; every PSK instance uses the same numbers. */
public enum PskMinor {
  BAD_MAC(1, "bad MAC"),
  NO_SECRET(2, "no shared secret in the credential store"),
  MALFORMED(3, "malformed token"),
  WRONG_TARGET(4, "token is addressed to another target"),
  NOT_OPEN(5, "context is not established"),
  BAD_BINDINGS(6, "channel bindings differ"),
  BAD_IOV(7, "IOV buffers have the wrong layout"),
  STORE_FAILED(8, "cannot write the credential store");

  final int code;
  final String text;

  PskMinor(int code, String text) {
    this.code = code;
    this.text = text;
  }

  static @Nullable PskMinor of(int code) {
    for (PskMinor m : values()) {
      if (m.code == code) {
        return m;
      }
    }
    return null;
  }
}

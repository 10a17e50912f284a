package io.gsskit.samples.demo;

import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;

/** Turns a failed raw call into an exception whose message is the GSS-API's own display text. */
final class GssCall {

  private GssCall() {}

  /**
   * Checks a major status.
   *
   * @param what the call, for the message
   * @param major its major status
   * @param minor its minor status
   * @return {@code major}, when it is not an error
   * @throws IllegalStateException when it is
   */
  static int check(String what, int major, MinorStatus minor) {
    if (GssStatus.isError(major)) {
      throw new IllegalStateException(what + " failed: " + Gss.displayStatus(major, minor));
    }
    return major;
  }
}

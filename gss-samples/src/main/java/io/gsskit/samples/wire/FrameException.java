package io.gsskit.samples.wire;

import java.io.IOException;

/** A malformed gss-sample frame; the connection it came from should be closed. */
public final class FrameException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the frame
   */
  public FrameException(String message) {
    super(message);
  }
}

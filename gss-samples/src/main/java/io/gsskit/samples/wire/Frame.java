package io.gsskit.samples.wire;

/**
 * One gss-sample frame: flag bits and payload.
 *
 * @param flags the flag byte (a combination of the {@code TOKEN_*} constants)
 * @param payload the payload; never null, possibly empty
 */
public record Frame(int flags, byte[] payload) {

  /** No token; the client's opening frame is NOOP|CONTEXT_NEXT. */
  public static final int TOKEN_NOOP = 0x01;
  /** A context-establishment token. */
  public static final int TOKEN_CONTEXT = 0x02;
  /** An application message. */
  public static final int TOKEN_DATA = 0x04;
  /** A MIC token. */
  public static final int TOKEN_MIC = 0x08;
  /** Context establishment follows. */
  public static final int TOKEN_CONTEXT_NEXT = 0x10;
  /** The message is wrapped. */
  public static final int TOKEN_WRAPPED = 0x20;
  /** The message is wrapped with confidentiality. */
  public static final int TOKEN_ENCRYPTED = 0x40;
  /** The server is asked to answer with a MIC of the message. */
  public static final int TOKEN_SEND_MIC = 0x80;

  /** The largest payload either side accepts: 1 MiB. */
  public static final int MAX_PAYLOAD = 1 << 20;

  /** Creates a frame, copying nothing (frames are short-lived). */
  public Frame {
    if (flags < 0 || flags > 0xff) {
      throw new IllegalArgumentException("flags must fit one byte: " + flags);
    }
  }

  /** @return the payload length and flags, never the payload itself */
  @Override
  public String toString() {
    return String.format("Frame[flags=0x%02x, %d bytes]", flags, payload.length);
  }
}

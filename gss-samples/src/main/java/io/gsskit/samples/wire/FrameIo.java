package io.gsskit.samples.wire;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads and writes gss-sample frames on a stream: one flag byte, a four-byte big-endian length,
 * then that many payload bytes. The length is checked against {@link Frame#MAX_PAYLOAD} before
 * anything is allocated.
 *
 * <p>Not thread-safe: one reader and one writer per connection.
 */
public final class FrameIo {

  private final DataInputStream in;
  private final OutputStream out;

  /**
   * Wraps a connection's streams.
   *
   * @param in the peer's bytes; not null
   * @param out where frames go; not null
   */
  public FrameIo(InputStream in, OutputStream out) {
    this.in = new DataInputStream(in);
    this.out = out;
  }

  /**
   * Sends one frame and flushes.
   *
   * @param flags the flag byte
   * @param payload the payload; not null
   * @throws IOException when the stream fails
   * @throws IllegalArgumentException when the payload exceeds {@link Frame#MAX_PAYLOAD}
   */
  public void write(int flags, byte[] payload) throws IOException {
    if (payload.length > Frame.MAX_PAYLOAD) {
      throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds 1 MiB");
    }
    byte[] header = {
      (byte) flags,
      (byte) (payload.length >>> 24), (byte) (payload.length >>> 16),
      (byte) (payload.length >>> 8), (byte) payload.length
    };
    out.write(header);
    out.write(payload);
    out.flush();
  }

  /**
   * Reads one frame.
   *
   * @return the frame
   * @throws EOFException when the peer closed the connection before or inside a frame
   * @throws FrameException when the length is negative or over {@link Frame#MAX_PAYLOAD}
   * @throws IOException when the stream fails
   */
  public Frame read() throws IOException {
    int flags = in.read();
    if (flags < 0) {
      throw new EOFException("connection closed before a frame");
    }
    int length = in.readInt();
    if (length < 0 || length > Frame.MAX_PAYLOAD) {
      throw new FrameException("frame length " + Integer.toUnsignedString(length)
          + " is over the 1 MiB limit");
    }
    byte[] payload = new byte[length];
    in.readFully(payload);
    return new Frame(flags, payload);
  }
}

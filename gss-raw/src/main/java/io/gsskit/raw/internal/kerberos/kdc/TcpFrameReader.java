package io.gsskit.raw.internal.kerberos.kdc;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import org.jspecify.annotations.Nullable;

/**
 * Reads one RFC 4120 §7.2.2 TCP message: a 4-byte big-endian length, then that many bytes. The
 * length's high bit is reserved and must be zero; a length of zero or above the cap is an error.
 * The body buffer is allocated only after the length has passed these checks. Works on blocking
 * and non-blocking channels (call again when more bytes may be available).
 *
 * <p>Not thread-safe; one reader per connection.
 */
final class TcpFrameReader {

  private final int maxLength;
  private final ByteBuffer prefix = ByteBuffer.allocate(4);
  private @Nullable ByteBuffer body;

  /** @param maxLength the largest acceptable message length, positive */
  TcpFrameReader(int maxLength) {
    this.maxLength = maxLength;
  }

  /**
   * Reads what the channel has.
   *
   * @param ch the channel
   * @return the whole message once complete, or null when more bytes are needed
   * @throws TcpFramingException when the framing is violated or the stream ends early
   * @throws IOException when the channel fails (e.g. connection reset)
   */
  @Nullable
  byte[] readFrom(ReadableByteChannel ch) throws IOException {
    ByteBuffer b = body;
    if (b == null) {
      while (prefix.hasRemaining()) {
        int n = ch.read(prefix);
        if (n < 0) {
          throw new TcpFramingException(
              "connection closed after " + prefix.position() + " of 4 length-prefix bytes");
        }
        if (n == 0) {
          return null;
        }
      }
      b = body = allocate(prefix.getInt(0));
    }
    while (b.hasRemaining()) {
      int n = ch.read(b);
      if (n < 0) {
        throw new TcpFramingException(
            "connection closed after " + b.position() + " of " + b.capacity() + " reply bytes");
      }
      if (n == 0) {
        return null;
      }
    }
    return b.array();
  }

  private ByteBuffer allocate(int rawLength) throws TcpFramingException {
    if (rawLength < 0) {
      throw new TcpFramingException(
          String.format("length prefix 0x%08x has the reserved high bit set", rawLength));
    }
    if (rawLength == 0) {
      throw new TcpFramingException("empty reply (length prefix 0)");
    }
    if (rawLength > maxLength) {
      throw new TcpFramingException(
          "reply length " + rawLength + " exceeds the limit of " + maxLength + " bytes");
    }
    return ByteBuffer.allocate(rawLength);
  }
}

package io.gsskit.raw.internal.kerberos.kdc;

import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.Random;

/**
 * A channel that hands out its bytes in random chunk sizes, sometimes 0 bytes ("nothing yet", as a
 * non-blocking socket), then end-of-stream.
 */
final class ChunkedChannel implements ReadableByteChannel {

  private final byte[] data;
  private final Random rnd;
  private int pos;
  private boolean open = true;

  ChunkedChannel(byte[] data, Random rnd) {
    this.data = data;
    this.rnd = rnd;
  }

  @Override
  public int read(ByteBuffer dst) {
    if (pos >= data.length) {
      return -1;
    }
    if (rnd.nextInt(4) == 0) {
      return 0;
    }
    int n = Math.min(dst.remaining(), Math.min(data.length - pos, 1 + rnd.nextInt(64)));
    dst.put(data, pos, n);
    pos += n;
    return n;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
  }
}

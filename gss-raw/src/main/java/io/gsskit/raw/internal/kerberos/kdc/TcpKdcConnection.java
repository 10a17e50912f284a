package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import org.jspecify.annotations.Nullable;

/**
 * A TCP attempt (RFC 4120 §7.2.2): connect, write the 4-byte length and the request, read one
 * length-prefixed reply with {@link TcpFrameReader}. Any framing violation, reset or early close
 * fails the attempt; so does a reply the classifier discards (a connection carries one reply).
 */
final class TcpKdcConnection extends KdcConnection {

  private final ByteBuffer out;
  private final TcpFrameReader reader;
  private @Nullable SocketChannel channel;
  private boolean connected;
  private boolean written;

  TcpKdcConnection(
      KdcAddress endpoint,
      InetSocketAddress address,
      byte[] request,
      ReplyClassifier classifier,
      int maxReply) {
    super(endpoint, address, request, classifier);
    this.out = ByteBuffer.allocate(4 + request.length);
    out.putInt(request.length).put(request).flip();
    this.reader = new TcpFrameReader(maxReply);
  }

  @Override
  KdcProtocol protocol() {
    return KdcProtocol.TCP;
  }

  @Override
  void start(Selector selector) {
    try {
      SocketChannel ch = SocketChannel.open();
      channel = ch;
      ch.configureBlocking(false);
      ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
      SelectionKey key = ch.register(selector, SelectionKey.OP_CONNECT, this);
      if (ch.connect(address)) {
        connected(key);
      }
    } catch (IOException | RuntimeException e) {
      fail("connect failed: " + UdpKdcConnection.describe(e), e);
    }
  }

  private void connected(SelectionKey key) throws IOException {
    connected = true;
    key.interestOps(SelectionKey.OP_WRITE);
    write(key);
  }

  private void write(SelectionKey key) throws IOException {
    SocketChannel ch = channel;
    if (ch == null) {
      return;
    }
    ch.write(out);
    if (!out.hasRemaining()) {
      written = true;
      key.interestOps(SelectionKey.OP_READ);
    }
  }

  @Override
  void nextPass() {
    // TCP is reliable: nothing is sent again; the connection keeps waiting.
  }

  @Override
  Event onReady(SelectionKey key) {
    SocketChannel ch = channel;
    if (ch == null || !key.isValid()) {
      return Event.NONE;
    }
    try {
      if (!connected && key.isConnectable()) {
        try {
          if (!ch.finishConnect()) {
            return Event.NONE;
          }
        } catch (IOException e) {
          fail("connect failed: " + UdpKdcConnection.describe(e), e);
          return Event.NONE;
        }
        connected(key);
        return Event.NONE;
      }
      if (!written && key.isWritable()) {
        write(key);
        return Event.NONE;
      }
      if (written && key.isReadable()) {
        byte[] message = reader.readFrom(ch);
        if (message == null) {
          return Event.NONE;
        }
        if (classifier.classify(message, KdcProtocol.TCP) == ReplyClassifier.Verdict.DISCARD) {
          fail(
              String.format(
                  "reply of %d bytes is not a usable Kerberos message (first byte 0x%02x)",
                  message.length, message[0] & 0xff),
              null);
          return Event.NONE;
        }
        return accept(message);
      }
      return Event.NONE;
    } catch (TcpFramingException e) {
      fail(e.getMessage(), e);
      return Event.NONE;
    } catch (IOException | RuntimeException e) {
      fail((written ? "receive failed: " : "send failed: ") + UdpKdcConnection.describe(e), e);
      return Event.NONE;
    }
  }

  @Override
  String pendingState() {
    if (!connected) {
      return "connect timed out after " + elapsedMillis() + " ms";
    }
    return (written ? "no reply within " : "send not completed within ") + elapsedMillis() + " ms";
  }

  @Override
  @Nullable
  SelectableChannel channel() {
    return channel;
  }
}

package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A UDP attempt (RFC 4120 §7.2.1). The channel is connected to the KDC's address, so the
 * operating system drops datagrams from any other source and reports ICMP port-unreachable as an
 * error. Datagrams that are too long or that the classifier discards are ignored and the attempt
 * keeps waiting.
 */
final class UdpKdcConnection extends KdcConnection {

  private final ByteBuffer receiveBuffer;
  private final int maxReply;
  private @Nullable DatagramChannel channel;
  private int sends;
  private int ignored;

  UdpKdcConnection(
      KdcAddress endpoint,
      InetSocketAddress address,
      byte[] request,
      ReplyClassifier classifier,
      ByteBuffer receiveBuffer,
      int maxReply) {
    super(endpoint, address, request, classifier);
    this.receiveBuffer = receiveBuffer;
    this.maxReply = maxReply;
  }

  @Override
  KdcProtocol protocol() {
    return KdcProtocol.UDP;
  }

  @Override
  void start(Selector selector) {
    try {
      DatagramChannel ch = DatagramChannel.open();
      channel = ch;
      ch.configureBlocking(false);
      ch.connect(address);
      ch.register(selector, SelectionKey.OP_READ, this);
      send();
    } catch (IOException | RuntimeException e) {
      fail("cannot send: " + describe(e), e);
    }
  }

  private void send() {
    DatagramChannel ch = channel;
    if (ch == null || !live()) {
      return;
    }
    try {
      int n = ch.write(ByteBuffer.wrap(request));
      if (n == request.length) {
        sends++;
      }
    } catch (PortUnreachableException e) {
      fail("port unreachable (ICMP)", e);
    } catch (IOException e) {
      fail("cannot send: " + describe(e), e);
    }
  }

  @Override
  void nextPass() {
    send();
  }

  @Override
  Event onReady(SelectionKey key) {
    DatagramChannel ch = channel;
    if (ch == null) {
      return Event.NONE;
    }
    for (int i = 0; i < 64 && live(); i++) {
      receiveBuffer.clear();
      int n;
      try {
        n = ch.read(receiveBuffer);
      } catch (PortUnreachableException e) {
        fail("port unreachable (ICMP)", e);
        return Event.NONE;
      } catch (IOException e) {
        fail("receive failed: " + describe(e), e);
        return Event.NONE;
      }
      if (n <= 0) {
        return Event.NONE;
      }
      if (n > maxReply) {
        ignored++;
        continue;
      }
      byte[] message = Arrays.copyOf(receiveBuffer.array(), n);
      switch (classifier.classify(message, KdcProtocol.UDP)) {
        case ACCEPT:
          return accept(message);
        case RETRY_OVER_TCP:
          fail("answered KRB_ERR_RESPONSE_TOO_BIG; asked again over TCP", null);
          return Event.RETRY_OVER_TCP;
        default:
          ignored++;
      }
    }
    return Event.NONE;
  }

  @Override
  String pendingState() {
    return "timed out after " + elapsedMillis() + " ms (" + sends + " datagram"
        + (sends == 1 ? "" : "s") + " sent" + (ignored > 0 ? ", " + ignored + " unusable replies ignored" : "")
        + ")";
  }

  @Override
  @Nullable
  SelectableChannel channel() {
    return channel;
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isEmpty() ? e.getClass().getSimpleName() : m;
  }
}

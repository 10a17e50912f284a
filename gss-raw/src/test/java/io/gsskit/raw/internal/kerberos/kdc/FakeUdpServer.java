package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A UDP server on 127.0.0.1 for transport tests: for every datagram it calls the handler and sends
 * back each datagram the handler returns (none: a black hole that reads and never answers).
 */
final class FakeUdpServer implements AutoCloseable {

  private final DatagramSocket socket;
  private final Thread thread;
  private final AtomicInteger received = new AtomicInteger();

  FakeUdpServer(Function<byte[], List<byte[]>> handler) throws SocketException {
    this(new DatagramSocket(0, InetAddress.getLoopbackAddress()), handler);
  }

  FakeUdpServer(DatagramSocket socket, Function<byte[], List<byte[]>> handler) {
    this.socket = socket;
    this.thread =
        new Thread(
            () -> {
              byte[] buf = new byte[70_000];
              while (!socket.isClosed()) {
                DatagramPacket p = new DatagramPacket(buf, buf.length);
                try {
                  socket.receive(p);
                } catch (IOException e) {
                  return;
                }
                received.incrementAndGet();
                byte[] req = Arrays.copyOf(p.getData(), p.getLength());
                for (byte[] out : handler.apply(req)) {
                  try {
                    socket.send(new DatagramPacket(out, out.length, p.getSocketAddress()));
                  } catch (IOException e) {
                    return;
                  }
                }
              }
            },
            "fake-udp-" + socket.getLocalPort());
    thread.setDaemon(true);
    thread.start();
  }

  static FakeUdpServer blackHole() throws SocketException {
    return new FakeUdpServer(req -> List.of());
  }

  int port() {
    return socket.getLocalPort();
  }

  int received() {
    return received.get();
  }

  KdcAddress endpoint(KdcAddress.Transport t) {
    return KdcAddress.of("127.0.0.1", port(), t);
  }

  @Override
  public void close() {
    socket.close();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

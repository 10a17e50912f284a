package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP server on 127.0.0.1 for transport tests. For each connection it reads one length-prefixed
 * request, then hands the socket to a behaviour that answers (or misbehaves).
 */
final class FakeTcpServer implements AutoCloseable {

  /** What the server does after reading a request. */
  @FunctionalInterface
  interface Behaviour {
    void respond(byte[] request, Socket s, OutputStream out) throws Exception;
  }

  private final ServerSocket server;
  private final Thread thread;
  private final AtomicInteger connections = new AtomicInteger();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  FakeTcpServer(Behaviour behaviour) throws IOException {
    this(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), behaviour);
  }

  FakeTcpServer(ServerSocket server, Behaviour behaviour) {
    this.server = server;
    this.thread =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                Socket s;
                try {
                  s = server.accept();
                } catch (IOException e) {
                  return;
                }
                connections.incrementAndGet();
                open.add(s);
                Thread h =
                    new Thread(
                        () -> {
                          try {
                            InputStream in = s.getInputStream();
                            DataInputStream din = new DataInputStream(in);
                            int len = din.readInt();
                            byte[] req = new byte[len];
                            din.readFully(req);
                            behaviour.respond(req, s, s.getOutputStream());
                          } catch (Exception e) {
                            // the test asserts on the client side
                          }
                        });
                h.setDaemon(true);
                h.start();
              }
            },
            "fake-tcp-" + server.getLocalPort());
    thread.setDaemon(true);
    thread.start();
  }

  /** Writes a 4-byte big-endian length (raw, so tests can set the reserved bit) and data. */
  static void frame(OutputStream out, int rawLength, byte[] data) throws IOException {
    out.write(new byte[] {
      (byte) (rawLength >>> 24), (byte) (rawLength >>> 16), (byte) (rawLength >>> 8), (byte) rawLength
    });
    out.write(data);
    out.flush();
  }

  int port() {
    return server.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  KdcAddress endpoint() {
    return KdcAddress.of("127.0.0.1", port(), KdcAddress.Transport.TCP);
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

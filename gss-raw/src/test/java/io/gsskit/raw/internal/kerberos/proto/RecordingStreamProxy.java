package io.gsskit.raw.internal.kerberos.proto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Test support: relays one TCP connection from 127.0.0.1 to a server on 127.0.0.1 and records
 * the bytes of both directions, to capture an application protocol (MIT's gss-sample) between
 * two real programs. Thread-safe accessors; serves a single connection.
 */
final class RecordingStreamProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final int targetPort;
  private final ByteArrayOutputStream toServer = new ByteArrayOutputStream();
  private final ByteArrayOutputStream toClient = new ByteArrayOutputStream();
  private final Thread thread;

  RecordingStreamProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::relay, "recording-stream-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  byte[] clientToServer() {
    synchronized (toServer) {
      return toServer.toByteArray();
    }
  }

  byte[] serverToClient() {
    synchronized (toClient) {
      return toClient.toByteArray();
    }
  }

  private void relay() {
    try (Socket client = listener.accept(); Socket server = new Socket()) {
      server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort), 5000);
      Thread back = new Thread(() -> pump(server, client, toClient), "proxy-back");
      back.setDaemon(true);
      back.start();
      pump(client, server, toServer);
      back.join(10000);
    } catch (IOException | InterruptedException e) {
      // connection over
    }
  }

  private static void pump(Socket from, Socket to, ByteArrayOutputStream record) {
    byte[] buf = new byte[8192];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buf)) > 0) {
        synchronized (record) {
          record.write(buf, 0, n);
        }
        out.write(buf, 0, n);
        out.flush();
      }
      to.shutdownOutput();
    } catch (IOException e) {
      // peer closed
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}

package io.gsskit.raw.internal.kerberos.client;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Test support: a man in the middle between the client and a real KDC, Kerberos over TCP (RFC 4120
 * §7.2.2) on 127.0.0.1. Forwards each request and passes the KDC's reply through a rewrite
 * function (identity by default), recording the original replies so a test can replay an old one.
 * Clients must use TCP ({@code udp_preference_limit = 1}).
 */
final class TamperingKdcProxy implements AutoCloseable {

  private final ServerSocket server;
  private final int kdcPort;
  private final Thread thread;
  private final List<byte[]> replies = new ArrayList<>();
  private volatile UnaryOperator<byte[]> rewrite = UnaryOperator.identity();

  TamperingKdcProxy(int kdcPort) throws IOException {
    this.kdcPort = kdcPort;
    this.server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "tampering-kdc-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Sets the reply rewrite (applied to AS-REP/TGS-REP/KRB-ERROR alike). */
  void rewrite(UnaryOperator<byte[]> r) {
    this.rewrite = r;
  }

  synchronized List<byte[]> replies() {
    return List.copyOf(replies);
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket client = server.accept();
           Socket kdc = new Socket(InetAddress.getLoopbackAddress(), kdcPort)) {
        client.setSoTimeout(5000);
        kdc.setSoTimeout(5000);
        byte[] request = read(new DataInputStream(client.getInputStream()));
        write(new DataOutputStream(kdc.getOutputStream()), request);
        byte[] reply = read(new DataInputStream(kdc.getInputStream()));
        synchronized (this) {
          replies.add(reply.clone());
        }
        write(new DataOutputStream(client.getOutputStream()), rewrite.apply(reply));
      } catch (IOException e) {
        // connection problem or closed: keep serving until closed
      }
    }
  }

  private static byte[] read(DataInputStream in) throws IOException {
    int len = in.readInt();
    if (len < 0 || len > (1 << 20)) {
      throw new IOException("bad length " + len);
    }
    byte[] b = new byte[len];
    in.readFully(b);
    return b;
  }

  private static void write(DataOutputStream out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: a Kerberos-over-TCP proxy on 127.0.0.1 (RFC 4120 §7.2.2 framing: 4-byte
 * big-endian length, then the message) that forwards every request to a KDC and records the
 * request/reply pairs, for capturing real peers' encodings. Clients must be configured to use
 * TCP (MIT: {@code udp_preference_limit = 1}).
 *
 * <p>Thread-safe recording; one connection at a time is served.
 */
final class RecordingKdcProxy implements AutoCloseable {

  /** One exchange: what the client sent and what the KDC answered. */
  record Exchange(byte[] request, byte[] reply) {}

  private static final int MAX_MESSAGE = 1 << 20;

  private final ServerSocket server;
  private final int kdcPort;
  private final List<Exchange> exchanges = new ArrayList<>();
  private final Thread thread;
  private java.util.function.UnaryOperator<byte[]> rewriteNext;
  private java.util.function.UnaryOperator<byte[]> rewriteNextReply;

  RecordingKdcProxy(int kdcPort) throws IOException {
    this.kdcPort = kdcPort;
    this.server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
    this.thread = new Thread(this::serve, "recording-kdc-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return server.getLocalPort();
  }

  synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /**
   * Rewrites the next request before forwarding it (e.g. to drop optimistic padata so the KDC
   * asks for pre-authentication); the recorded request is the original.
   */
  synchronized void rewriteNext(java.util.function.UnaryOperator<byte[]> rewrite) {
    this.rewriteNext = rewrite;
  }

  /**
   * Rewrites the next reply before returning it to the client; the recorded reply is the KDC's
   * original.
   */
  synchronized void rewriteNextReply(java.util.function.UnaryOperator<byte[]> rewrite) {
    this.rewriteNextReply = rewrite;
  }

  synchronized void clear() {
    exchanges.clear();
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket client = server.accept()) {
        DataInputStream in = new DataInputStream(client.getInputStream());
        DataOutputStream out = new DataOutputStream(client.getOutputStream());
        while (true) {
          byte[] request = readFrame(in);
          if (request == null) {
            break;
          }
          java.util.function.UnaryOperator<byte[]> rewrite;
          java.util.function.UnaryOperator<byte[]> rewriteReply;
          synchronized (this) {
            rewrite = rewriteNext;
            rewriteNext = null;
            rewriteReply = rewriteNextReply;
            rewriteNextReply = null;
          }
          byte[] reply = forward(rewrite == null ? request : rewrite.apply(request));
          synchronized (this) {
            exchanges.add(new Exchange(request, reply));
          }
          byte[] toClient = rewriteReply == null ? reply : rewriteReply.apply(reply);
          out.writeInt(toClient.length);
          out.write(toClient);
          out.flush();
        }
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private byte[] forward(byte[] request) throws IOException {
    try (Socket kdc = new Socket()) {
      kdc.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), kdcPort), 5000);
      kdc.setSoTimeout(10000);
      DataOutputStream out = new DataOutputStream(kdc.getOutputStream());
      out.writeInt(request.length);
      out.write(request);
      out.flush();
      byte[] reply = readFrame(new DataInputStream(kdc.getInputStream()));
      if (reply == null) {
        throw new IOException("KDC closed the connection");
      }
      return reply;
    }
  }

  private static byte[] readFrame(DataInputStream in) throws IOException {
    int len;
    try {
      len = in.readInt();
    } catch (java.io.EOFException e) {
      return null;
    }
    if (len < 0 || len > MAX_MESSAGE) {
      throw new IOException("bad frame length " + len);
    }
    byte[] msg = new byte[len];
    in.readFully(msg);
    return msg;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}

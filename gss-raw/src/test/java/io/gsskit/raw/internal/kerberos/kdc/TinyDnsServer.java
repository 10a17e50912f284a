package io.gsskit.raw.internal.kerberos.kdc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny authoritative DNS server on 127.0.0.1 (UDP, RFC 1035 §4 message format) that answers SRV
 * queries (RFC 2782, type 33) from a table; other names get NXDOMAIN (RCODE 3), names marked {@link
 * #SERVFAIL} get RCODE 2. Only for tests.
 */
final class TinyDnsServer implements AutoCloseable {

  /** A marker record list: answer with SERVFAIL. */
  static final List<SrvRecord> SERVFAIL = List.of(new SrvRecord(0, 0, 0, "servfail.invalid"));

  private static final int TYPE_SRV = 33;
  private static final int CLASS_IN = 1;

  private final DatagramSocket socket;
  private final Map<String, List<SrvRecord>> zone = new ConcurrentHashMap<>();
  private final AtomicInteger queries = new AtomicInteger();
  private final Thread thread;

  TinyDnsServer() throws SocketException {
    socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    thread = new Thread(this::serve, "tiny-dns-" + socket.getLocalPort());
    thread.setDaemon(true);
    thread.start();
  }

  void put(String name, List<SrvRecord> records) {
    zone.put(name.toLowerCase(Locale.ROOT), records);
  }

  String url() {
    return "dns://127.0.0.1:" + socket.getLocalPort();
  }

  int queries() {
    return queries.get();
  }

  private void serve() {
    byte[] buf = new byte[1500];
    while (!socket.isClosed()) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        socket.receive(p);
      } catch (IOException e) {
        return;
      }
      queries.incrementAndGet();
      try {
        byte[] answer = answer(ByteBuffer.wrap(buf, 0, p.getLength()));
        socket.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
      } catch (RuntimeException | IOException e) {
        // malformed query: no answer
      }
    }
  }

  private byte[] answer(ByteBuffer q) {
    int id = q.getShort() & 0xffff;
    int flags = q.getShort() & 0xffff;
    int qdcount = q.getShort() & 0xffff;
    q.getShort();
    q.getShort();
    q.getShort();
    if (qdcount != 1) {
      throw new IllegalArgumentException("one question expected");
    }
    int questionStart = q.position();
    StringBuilder name = new StringBuilder();
    while (true) {
      int len = q.get() & 0xff;
      if (len == 0) {
        break;
      }
      byte[] label = new byte[len];
      q.get(label);
      if (name.length() > 0) {
        name.append('.');
      }
      name.append(new String(label, StandardCharsets.US_ASCII));
    }
    int qtype = q.getShort() & 0xffff;
    q.getShort(); // class
    byte[] question = new byte[q.position() - questionStart];
    q.get(questionStart, question);

    List<SrvRecord> records = zone.get(name.toString().toLowerCase(Locale.ROOT));
    int rcode = 0;
    if (records == null) {
      rcode = 3; // NXDOMAIN
    } else if (records == SERVFAIL) {
      rcode = 2;
    }
    List<SrvRecord> answers = rcode == 0 && qtype == TYPE_SRV ? records : List.of();

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    putShort(out, id);
    putShort(out, 0x8400 | (flags & 0x0100) | rcode); // QR, AA, RD copied, RCODE
    putShort(out, 1);
    putShort(out, answers.size());
    putShort(out, 0);
    putShort(out, 0);
    out.writeBytes(question);
    for (SrvRecord r : answers) {
      putShort(out, 0xc00c); // pointer to the question name
      putShort(out, TYPE_SRV);
      putShort(out, CLASS_IN);
      putShort(out, 0);
      putShort(out, 60); // TTL
      byte[] target = encodeName(r.target());
      putShort(out, 6 + target.length);
      putShort(out, r.priority());
      putShort(out, r.weight());
      putShort(out, r.port());
      out.writeBytes(target);
    }
    return out.toByteArray();
  }

  private static byte[] encodeName(String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!name.isEmpty()) {
      for (String label : name.split("\\.")) {
        byte[] b = label.getBytes(StandardCharsets.US_ASCII);
        out.write(b.length);
        out.writeBytes(b);
      }
    }
    out.write(0);
    return out.toByteArray();
  }

  private static void putShort(ByteArrayOutputStream out, int v) {
    out.write(v >>> 8);
    out.write(v);
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

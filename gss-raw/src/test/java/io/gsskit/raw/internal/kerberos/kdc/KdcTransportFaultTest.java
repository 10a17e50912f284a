package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.testsupport.KerbyKdc;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Misbehaving KDCs (fake servers on 127.0.0.1) and the transport's defined errors. */
class KdcTransportFaultTest {

  private static final String REALM = "FAULT.TEST";
  private static KerbyKdc kdc;

  @BeforeAll
  static void start() {
    kdc = KerbyKdc.start();
    kdc.addPrincipal("alice", "alice-pw");
  }

  @AfterAll
  static void stop() {
    kdc.close();
  }

  /**
   * For fakes that answer at once: a per-attempt wait long enough for a loaded machine, which
   * costs nothing when the answer comes.
   */
  private static KdcTransportOptions responsive() {
    return fast().withKdcTimeout(Duration.ofSeconds(3));
  }

  private static KdcTransportOptions fast() {
    return KdcTransportOptions.defaults()
        .withKdcTimeout(Duration.ofMillis(200))
        .withMaxRetries(1)
        .withDnsLookupKdc(false);
  }

  private static byte[] req() {
    return TestDer.asReq("alice", kdc.realm(), 4242, 0);
  }

  private static KdcException sendExpectingFailure(KdcTransportOptions o, KdcAddress... kdcs) {
    try {
      KdcReply r = new KdcTransport(o).send(REALM, List.of(kdcs), req());
      throw new AssertionError("expected a failure, got " + r);
    } catch (KdcException e) {
      return e;
    }
  }

  private static String onlyProblem(KdcException e) {
    assertThat(e.reason()).isEqualTo(KdcException.Reason.KDC_UNREACHABLE);
    assertThat(e.failures()).hasSize(1);
    assertThat(e.getMessage()).startsWith("no KDC for realm " + REALM + " answered: ");
    return e.failures().get(0).problem();
  }

  @Test
  void lengthWithTheReservedHighBitIsRejected() throws Exception {
    try (FakeTcpServer s =
        new FakeTcpServer((r, sock, out) -> FakeTcpServer.frame(out, 0x80000010, new byte[16]))) {
      KdcException e = sendExpectingFailure(responsive(), s.endpoint());
      assertThat(onlyProblem(e)).isEqualTo("length prefix 0x80000010 has the reserved high bit set");
      assertThat(e.getMessage()).contains("127.0.0.1:" + s.port() + "/tcp length prefix");
    }
  }

  @Test
  void oversizedLengthIsRejectedBeforeAllocating() throws Exception {
    try (FakeTcpServer s =
        new FakeTcpServer((r, sock, out) -> FakeTcpServer.frame(out, 0x7fffffff, new byte[8]))) {
      KdcException e = sendExpectingFailure(responsive().withMaxTcpReplyBytes(1000), s.endpoint());
      assertThat(onlyProblem(e))
          .isEqualTo("reply length 2147483647 exceeds the limit of 1000 bytes");
    }
  }

  @Test
  void zeroLengthIsRejected() throws Exception {
    try (FakeTcpServer s = new FakeTcpServer((r, sock, out) -> FakeTcpServer.frame(out, 0, new byte[0]))) {
      assertThat(onlyProblem(sendExpectingFailure(responsive(), s.endpoint())))
          .isEqualTo("empty reply (length prefix 0)");
    }
  }

  @Test
  void shortReadThenCloseIsReported() throws Exception {
    try (FakeTcpServer s =
        new FakeTcpServer(
            (r, sock, out) -> {
              FakeTcpServer.frame(out, 100, new byte[10]);
              sock.close();
            })) {
      assertThat(onlyProblem(sendExpectingFailure(responsive(), s.endpoint())))
          .isEqualTo("connection closed after 10 of 100 reply bytes");
    }
    try (FakeTcpServer s =
        new FakeTcpServer(
            (r, sock, out) -> {
              out.write(new byte[] {0, 0});
              out.flush();
              sock.close();
            })) {
      assertThat(onlyProblem(sendExpectingFailure(responsive(), s.endpoint())))
          .isEqualTo("connection closed after 2 of 4 length-prefix bytes");
    }
  }

  @Test
  void connectionResetIsReported() throws Exception {
    try (FakeTcpServer s =
        new FakeTcpServer(
            (r, sock, out) -> {
              FakeTcpServer.frame(out, 100, new byte[3]);
              Thread.sleep(50);
              sock.setSoLinger(true, 0); // close with RST
              sock.close();
            })) {
      String problem = onlyProblem(sendExpectingFailure(responsive(), s.endpoint()));
      assertThat(problem).startsWith("receive failed: ").containsIgnoringCase("reset");
    }
  }

  @Test
  void nonKerberosReplyOverTcpFailsTheAttempt() throws Exception {
    try (FakeTcpServer s =
        new FakeTcpServer((r, sock, out) -> FakeTcpServer.frame(out, 5, "HTTP/".getBytes()))) {
      assertThat(onlyProblem(sendExpectingFailure(responsive(), s.endpoint())))
          .isEqualTo("reply of 5 bytes is not a usable Kerberos message (first byte 0x48)");
    }
  }

  @Test
  void silentAndTricklingServersTimeOut() throws Exception {
    AtomicBoolean stop = new AtomicBoolean();
    try (FakeTcpServer silent = new FakeTcpServer((r, sock, out) -> Thread.sleep(5000));
        FakeTcpServer trickle =
            new FakeTcpServer(
                (r, sock, out) -> {
                  FakeTcpServer.frame(out, 1000, new byte[0]);
                  for (int i = 0; i < 100 && !stop.get(); i++) {
                    out.write(0x30);
                    out.flush();
                    Thread.sleep(20);
                  }
                })) {
      long start = System.nanoTime();
      KdcException e = sendExpectingFailure(fast(), silent.endpoint(), trickle.endpoint());
      long ms = (System.nanoTime() - start) / 1_000_000;
      stop.set(true);
      assertThat(e.failures()).hasSize(2);
      assertThat(e.failures().get(0).problem()).startsWith("no reply within ");
      assertThat(e.failures().get(1).problem()).startsWith("no reply within ");
      assertThat(ms).isBetween(350L, 3000L);
    }
  }

  @Test
  void framingErrorFailsOverToTheNextKdc() throws Exception {
    try (FakeTcpServer bad =
        new FakeTcpServer((r, sock, out) -> FakeTcpServer.frame(out, -1, new byte[0]))) {
      KdcReply reply =
          new KdcTransport(fast().withKdcTimeout(Duration.ofSeconds(3)))
              .send(
                  REALM,
                  List.of(bad.endpoint(), KdcAddress.of("127.0.0.1", kdc.port(), KdcAddress.Transport.TCP)),
                  req());
      assertThat(reply.address().getPort()).isEqualTo(kdc.port());
      assertThat(io.gsskit.raw.internal.kerberos.proto.KrbError.decode(reply.bytes()).errorCode()).isEqualTo(25);
    }
  }

  @Test
  void udpGarbageAndOversizedDatagramsAreIgnored() throws Exception {
    byte[] good = TestDer.krbError(25, REALM, false);
    try (FakeUdpServer s =
        new FakeUdpServer(
            r -> List.of(new byte[] {1, 2, 3}, new byte[0], bigKrbError(3000), good))) {
      KdcReply reply =
          new KdcTransport(responsive().withMaxUdpReplyBytes(2000))
              .send(REALM, List.of(s.endpoint(KdcAddress.Transport.UDP)), req());
      assertThat(reply.bytes()).isEqualTo(good);
      assertThat(reply.protocol()).isEqualTo(KdcProtocol.UDP);
    }
  }

  @Test
  void onlyGarbageOverUdpIsATimeoutWithACount() throws Exception {
    try (FakeUdpServer s = new FakeUdpServer(r -> List.of("garbage".getBytes()))) {
      String problem = onlyProblem(sendExpectingFailure(fast(), s.endpoint(KdcAddress.Transport.UDP)));
      assertThat(problem).matches("timed out after \\d+ ms \\(1 datagram sent, 1 unusable replies ignored\\)");
    }
  }

  private static byte[] bigKrbError(int size) {
    return TestDer.app(30, TestDer.seq(TestDer.ctx(12, TestDer.octets(new byte[size]))));
  }

  /** A TCP and a UDP socket bound to one port of 127.0.0.1, like a KDC's. */
  private record SamePort(ServerSocket tcp, DatagramSocket udp) {}

  private static SamePort sameport() throws IOException {
    for (int i = 0; i < 20; i++) {
      ServerSocket tcp = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      try {
        DatagramSocket udp = new DatagramSocket(tcp.getLocalPort(), InetAddress.getLoopbackAddress());
        return new SamePort(tcp, udp);
      } catch (IOException busy) {
        tcp.close();
      }
    }
    throw new IOException("no port free for both");
  }

  @Test
  void responseTooBigOverUdpIsAskedAgainOverTcp() throws Exception {
    SamePort socks = sameport();
    byte[] tooBig = TestDer.krbError(52, REALM, true);
    assertThat(io.gsskit.raw.internal.kerberos.proto.KrbError.decode(tooBig).errorCode()).isEqualTo(52);
    // the TCP side relays the request to the real KDC over TCP
    try (FakeUdpServer udp = new FakeUdpServer(socks.udp(), r -> List.of(tooBig));
        FakeTcpServer tcp =
            new FakeTcpServer(
                socks.tcp(),
                (r, sock, out) -> {
                  try (Socket up = new Socket(InetAddress.getLoopbackAddress(), kdc.port())) {
                    FakeTcpServer.frame(up.getOutputStream(), r.length, r);
                    DataInputStream in = new DataInputStream(up.getInputStream());
                    byte[] answer = new byte[in.readInt()];
                    in.readFully(answer);
                    FakeTcpServer.frame(out, answer.length, answer);
                  }
                })) {
      KdcReply reply =
          new KdcTransport(responsive()).send(REALM, List.of(udp.endpoint(KdcAddress.Transport.ANY)), req());
      assertThat(reply.protocol()).isEqualTo(KdcProtocol.TCP);
      assertThat(reply.address().getPort()).isEqualTo(udp.port());
      assertThat(io.gsskit.raw.internal.kerberos.proto.KrbError.decode(reply.bytes()).errorCode()).isEqualTo(25);
      assertThat(udp.received()).isEqualTo(1);
      assertThat(tcp.connections()).isEqualTo(1);
    }
  }

  @Test
  void responseTooBigOverTcpIsTheAnswer() throws Exception {
    byte[] tooBig = TestDer.krbError(52, REALM, false);
    try (FakeTcpServer tcp =
        new FakeTcpServer((r, sock, out) -> FakeTcpServer.frame(out, tooBig.length, tooBig))) {
      KdcReply reply = new KdcTransport(responsive()).send(REALM, List.of(tcp.endpoint()), req());
      assertThat(reply.bytes()).isEqualTo(tooBig);
    }
  }

  @Test
  void responseTooBigWithNoTcpListenerIsReported() throws Exception {
    byte[] tooBig = TestDer.krbError(52, REALM, false);
    try (FakeUdpServer udp = new FakeUdpServer(r -> List.of(tooBig))) {
      KdcException e = sendExpectingFailure(responsive(), udp.endpoint(KdcAddress.Transport.UDP));
      assertThat(e.failures()).hasSize(2);
      assertThat(e.failures().get(0).protocol()).isEqualTo(KdcProtocol.UDP);
      assertThat(e.failures().get(0).problem()).contains("RESPONSE_TOO_BIG");
      assertThat(e.failures().get(1).protocol()).isEqualTo(KdcProtocol.TCP);
      assertThat(e.failures().get(1).problem()).startsWith("connect failed: ");
    }
  }

  @Test
  void aCallerClassifierDecidesWhatIsAReply() throws Exception {
    try (FakeUdpServer s = new FakeUdpServer(r -> List.of(new byte[] {9, 9}, new byte[] {7, 7}))) {
      ReplyClassifier sevens =
          (m, p) -> m[0] == 7 ? ReplyClassifier.Verdict.ACCEPT : ReplyClassifier.Verdict.DISCARD;
      KdcReply reply =
          new KdcTransport(responsive()).send(REALM, List.of(s.endpoint(KdcAddress.Transport.UDP)), req(), sevens);
      assertThat(reply.bytes()).containsExactly(7, 7);
    }
  }

  @Test
  void passesResendUdpWithGrowingWaits() throws Exception {
    try (FakeUdpServer hole = FakeUdpServer.blackHole()) {
      KdcTransportOptions o =
          fast().withKdcTimeout(Duration.ofMillis(100)).withMaxRetries(3);
      long start = System.nanoTime();
      KdcException e = sendExpectingFailure(o, hole.endpoint(KdcAddress.Transport.UDP));
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(ms).as("100 + 200 + 400 ms").isBetween(650L, 2500L);
      assertThat(hole.received()).isEqualTo(3);
      assertThat(onlyProblem(e)).matches("timed out after \\d+ ms \\(3 datagrams sent\\)");
    }
  }

  @Test
  void requestTimeoutBoundsTheWholeExchange() throws Exception {
    try (FakeUdpServer a = FakeUdpServer.blackHole();
        FakeUdpServer b = FakeUdpServer.blackHole();
        FakeTcpServer c = new FakeTcpServer((r, sock, out) -> Thread.sleep(5000))) {
      KdcTransportOptions o =
          fast().withKdcTimeout(Duration.ofSeconds(1)).withMaxRetries(3)
              .withRequestTimeout(Duration.ofMillis(400));
      long start = System.nanoTime();
      KdcException e =
          sendExpectingFailure(o, a.endpoint(KdcAddress.Transport.UDP), b.endpoint(KdcAddress.Transport.UDP), c.endpoint());
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(ms).isBetween(380L, 1500L);
      assertThat(e.getMessage()).contains("within the request timeout of 400 ms");
      assertThat(b.received()).isZero(); // never reached
    }
  }

  @Test
  void udpOnlyKdcCannotTakeAnOversizedRequestOrTcpOnly() throws Exception {
    KdcAddress udpOnly = KdcAddress.of("127.0.0.1", 1, KdcAddress.Transport.UDP);
    try {
      new KdcTransport(fast()).send(REALM, List.of(udpOnly), new byte[70_000]);
      throw new AssertionError("expected failure");
    } catch (KdcException e) {
      assertThat(onlyProblem(e)).isEqualTo("not tried: request of 70000 bytes is too long for UDP");
    }
    KdcException e = sendExpectingFailure(fast().withTcpOnly(true), udpOnly);
    assertThat(onlyProblem(e)).isEqualTo("not tried: UDP-only KDC and TCP is required");
  }

  @Test
  void noKdcAndNoDnsIsRealmCantResolve() {
    assertThatThrownBy(() -> new KdcTransport(fast()).send(REALM, List.of(), req()))
        .isInstanceOf(KdcException.class)
        .hasMessage("no KDC configured for realm FAULT.TEST and dns_lookup_kdc is off")
        .extracting(x -> ((KdcException) x).reason())
        .isEqualTo(KdcException.Reason.REALM_CANT_RESOLVE);
  }

  @Test
  void interruptedCallerGetsInterruptedAndKeepsTheFlag() throws Exception {
    try (FakeUdpServer hole = FakeUdpServer.blackHole()) {
      Thread.currentThread().interrupt();
      try {
        KdcException e = sendExpectingFailure(
            fast().withKdcTimeout(Duration.ofSeconds(5)), hole.endpoint(KdcAddress.Transport.UDP));
        assertThat(e.reason()).isEqualTo(KdcException.Reason.INTERRUPTED);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
      } finally {
        Thread.interrupted();
      }
    }
  }

  @Test
  void socketsAreClosedOnEveryPath() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(fds), "no /proc/self/fd");
    // Fake KDCs only: Kerby's UDP server keeps one socket per client open, which would hide ours.
    byte[] answer = TestDer.krbError(25, REALM, false);
    try (FakeUdpServer hole = FakeUdpServer.blackHole();
        FakeUdpServer goodUdp = new FakeUdpServer(r -> List.of(answer));
        FakeTcpServer bad =
            new FakeTcpServer(
                (r, sock, out) -> {
                  FakeTcpServer.frame(out, -1, new byte[0]);
                  sock.close(); // the fake server's own socket must not count as a leak
                });
        FakeTcpServer goodTcp =
            new FakeTcpServer(
                (r, sock, out) -> {
                  FakeTcpServer.frame(out, answer.length, answer);
                  sock.close();
                })) {
      KdcTransportOptions o = fast().withKdcTimeout(Duration.ofMillis(20));
      Runnable round =
          () -> {
            sendExpectingFailure(o, hole.endpoint(KdcAddress.Transport.UDP), bad.endpoint());
            try {
              // Short first waits, but patient enough for a loaded CI machine to answer.
              KdcTransport t = new KdcTransport(o.withMaxRetries(8));
              t.send(REALM, List.of(hole.endpoint(KdcAddress.Transport.UDP),
                  goodUdp.endpoint(KdcAddress.Transport.UDP)), req());
              t.send(REALM, List.of(bad.endpoint(), goodTcp.endpoint()), req());
            } catch (KdcException e) {
              throw new AssertionError(e);
            }
          };
      round.run(); // warm up (class loading, selector provider)
      Thread.sleep(50);
      long before = countFds(fds);
      for (int i = 0; i < 30; i++) {
        round.run();
      }
      Thread.sleep(100);
      assertThat(countFds(fds)).isLessThanOrEqualTo(before + 2);
    }
  }

  private static long countFds(Path fds) throws IOException {
    try (var s = Files.list(fds)) {
      return s.count();
    }
  }
}

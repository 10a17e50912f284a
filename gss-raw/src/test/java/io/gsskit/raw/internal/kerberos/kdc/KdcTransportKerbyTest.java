package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.testsupport.KerbyKdc;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The transport against a real KDC (Apache Kerby, UDP and TCP on one port of 127.0.0.1), with a
 * hand-built AS-REQ ({@link TestDer#asReq}). Kerby answers an AS-REQ without pre-authentication
 * with KRB-ERROR 25 (PREAUTH_REQUIRED), an unknown client with KRB-ERROR 6, and (as it happens) a
 * request carrying an unknown PA-DATA with an AS-REP.
 */
class KdcTransportKerbyTest {

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

  static KdcTransportOptions fast() {
    return KdcTransportOptions.defaults()
        .withKdcTimeout(Duration.ofMillis(300))
        .withDnsLookupKdc(false);
  }

  static KdcAddress kerby(KdcAddress.Transport t) {
    return KdcAddress.of("127.0.0.1", kdc.port(), t);
  }

  private static byte[] smallAsReq() {
    return TestDer.asReq("alice", kdc.realm(), 12345, 0);
  }

  /** A port with nothing listening on UDP or TCP (a small race with other processes remains). */
  static int closedPort() throws Exception {
    for (int i = 0; i < 20; i++) {
      int p;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        p = s.getLocalPort();
      }
      try (DatagramSocket d = new DatagramSocket(p, InetAddress.getLoopbackAddress())) {
        return d.getLocalPort();
      } catch (Exception busy) {
        // try another
      }
    }
    throw new IllegalStateException("no closed port found");
  }

  @Test
  void smallRequestGoesOverUdpAndGetsPreauthRequired() throws Exception {
    KdcReply reply =
        new KdcTransport(fast()).send(kdc.realm(), List.of(kerby(KdcAddress.Transport.ANY)), smallAsReq());
    assertThat(reply.protocol()).isEqualTo(KdcProtocol.UDP);
    assertThat(reply.bytes()[0] & 0xff).isEqualTo(0x7e);
    assertThat(io.gsskit.raw.internal.kerberos.proto.KrbError.decode(reply.bytes()).errorCode()).isEqualTo(25);
    assertThat(reply.address().getPort()).isEqualTo(kdc.port());
  }

  @Test
  void unknownClientGetsKrbError6() throws Exception {
    byte[] req = TestDer.asReq("nobody", kdc.realm(), 99, 0);
    KdcReply reply =
        new KdcTransport(fast()).send(kdc.realm(), List.of(kerby(KdcAddress.Transport.ANY)), req);
    assertThat(io.gsskit.raw.internal.kerberos.proto.KrbError.decode(reply.bytes()).errorCode()).isEqualTo(6);
  }

  @Test
  void tcpOnlyOptionAndTcpPrefixUseTcp() throws Exception {
    KdcReply viaOption =
        new KdcTransport(fast().withTcpOnly(true))
            .send(kdc.realm(), List.of(kerby(KdcAddress.Transport.ANY)), smallAsReq());
    assertThat(viaOption.protocol()).isEqualTo(KdcProtocol.TCP);
    assertThat(io.gsskit.raw.internal.kerberos.proto.KrbError.decode(viaOption.bytes()).errorCode()).isEqualTo(25);
    KdcAddress tcp = KdcAddress.parse("tcp/127.0.0.1:" + kdc.port(), 88,
        new io.gsskit.raw.internal.kerberos.config.ProfileOrigin("test", 1));
    KdcReply viaPrefix = new KdcTransport(fast()).send(kdc.realm(), List.of(tcp), smallAsReq());
    assertThat(viaPrefix.protocol()).isEqualTo(KdcProtocol.TCP);
  }

  @Test
  void udpPreferenceLimitDecidesTheFirstTransport() throws Exception {
    byte[] large = TestDer.asReq("alice", kdc.realm(), 7, 2000);
    assertThat(large.length).isGreaterThan(1465);
    List<KdcAddress> kdcs = List.of(kerby(KdcAddress.Transport.ANY));
    KdcReply byDefault = new KdcTransport(fast()).send(kdc.realm(), kdcs, large);
    assertThat(byDefault.protocol()).isEqualTo(KdcProtocol.TCP);
    assertThat(byDefault.bytes()[0] & 0xff).isIn(0x6b, 0x7e);
    KdcReply raised =
        new KdcTransport(fast().withUdpPreferenceLimit(4000)).send(kdc.realm(), kdcs, large);
    assertThat(raised.protocol()).isEqualTo(KdcProtocol.UDP);
    KdcReply limitOne =
        new KdcTransport(fast().withUdpPreferenceLimit(1)).send(kdc.realm(), kdcs, smallAsReq());
    assertThat(limitOne.protocol()).isEqualTo(KdcProtocol.TCP);
  }

  @Test
  void closedPortFailsOverToTheNextKdcWithoutWaiting() throws Exception {
    int closed = closedPort();
    KdcTransport t = new KdcTransport(fast().withKdcTimeout(Duration.ofSeconds(3)));
    long start = System.nanoTime();
    KdcReply reply =
        t.send(
            kdc.realm(),
            List.of(
                KdcAddress.of("127.0.0.1", closed, KdcAddress.Transport.ANY),
                kerby(KdcAddress.Transport.ANY)),
            smallAsReq());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertThat(reply.address().getPort()).isEqualTo(kdc.port());
    assertThat(reply.protocol()).isEqualTo(KdcProtocol.UDP);
    assertThat(ms).as("ICMP port unreachable ends the first attempt at once").isLessThan(2000);
  }

  @Test
  void refusedTcpFailsOverToTheNextKdc() throws Exception {
    int closed = closedPort();
    long start = System.nanoTime();
    KdcReply reply =
        new KdcTransport(fast().withKdcTimeout(Duration.ofSeconds(3)))
            .send(
                kdc.realm(),
                List.of(
                    KdcAddress.of("127.0.0.1", closed, KdcAddress.Transport.TCP),
                    kerby(KdcAddress.Transport.TCP)),
                smallAsReq());
    assertThat(reply.protocol()).isEqualTo(KdcProtocol.TCP);
    assertThat(reply.address().getPort()).isEqualTo(kdc.port());
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
  }

  @Test
  void udpBlackHoleFailsOverAfterTheKdcTimeout() throws Exception {
    try (FakeUdpServer hole = FakeUdpServer.blackHole()) {
      long start = System.nanoTime();
      KdcReply reply =
          new KdcTransport(fast())
              .send(
                  kdc.realm(),
                  List.of(hole.endpoint(KdcAddress.Transport.UDP), kerby(KdcAddress.Transport.ANY)),
                  smallAsReq());
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertThat(reply.address().getPort()).isEqualTo(kdc.port());
      assertThat(ms).isBetween(250L, 3000L);
      assertThat(hole.received()).isEqualTo(1);
    }
  }

  @Test
  void unresolvableHostIsSkipped() throws Exception {
    KdcReply reply =
        new KdcTransport(fast())
            .send(
                kdc.realm(),
                List.of(
                    KdcAddress.of("no-such-kdc.invalid", 88, KdcAddress.Transport.ANY),
                    kerby(KdcAddress.Transport.ANY)),
                smallAsReq());
    assertThat(reply.address().getPort()).isEqualTo(kdc.port());
  }

  @Test
  void manyThreadsShareOneTransport() throws Exception {
    KdcTransport t = new KdcTransport(fast());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<KdcReply>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int n = i;
        results.add(
            pool.submit(
                () ->
                    t.send(
                        kdc.realm(),
                        List.of(kerby(n % 2 == 0 ? KdcAddress.Transport.ANY : KdcAddress.Transport.TCP)),
                        TestDer.asReq("alice", kdc.realm(), n, 0))));
      }
      for (Future<KdcReply> r : results) {
        assertThat(io.gsskit.raw.internal.kerberos.proto.KrbError.decode(r.get(30, TimeUnit.SECONDS).bytes()).errorCode()).isEqualTo(25);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

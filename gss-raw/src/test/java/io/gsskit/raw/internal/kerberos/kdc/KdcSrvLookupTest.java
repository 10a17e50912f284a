package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.testsupport.KerbyKdc;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DNS SRV discovery (RFC 4120 §7.2.3.2, RFC 2782) against a real DNS responder on 127.0.0.1. */
class KdcSrvLookupTest {

  private static KdcSrvLookup lookup(TinyDnsServer dns) {
    return new KdcSrvLookup(dns.url(), Duration.ofMillis(300), 1, new Random(1));
  }

  @Test
  void udpAndTcpRecordsBecomeRestrictedEndpointsInPriorityOrder() throws Exception {
    try (TinyDnsServer dns = new TinyDnsServer()) {
      dns.put(
          "_kerberos._udp.EXAMPLE.TEST",
          List.of(
              new SrvRecord(10, 0, 88, "kdc2.example.test"),
              new SrvRecord(0, 0, 750, "kdc1.example.test")));
      dns.put("_kerberos._tcp.EXAMPLE.TEST", List.of(new SrvRecord(0, 0, 88, "kdc3.example.test")));
      List<KdcAddress> eps = lookup(dns).lookup("EXAMPLE.TEST");
      assertThat(eps)
          .containsExactly(
              KdcAddress.of("kdc1.example.test", 750, KdcAddress.Transport.UDP),
              KdcAddress.of("kdc2.example.test", 88, KdcAddress.Transport.UDP),
              KdcAddress.of("kdc3.example.test", 88, KdcAddress.Transport.TCP));
    }
  }

  @Test
  void onlyTcpRecordsAreEnough() throws Exception {
    try (TinyDnsServer dns = new TinyDnsServer()) {
      dns.put("_kerberos._tcp.EXAMPLE.TEST", List.of(new SrvRecord(0, 0, 88, "kdc.example.test")));
      assertThat(lookup(dns).lookup("EXAMPLE.TEST"))
          .containsExactly(KdcAddress.of("kdc.example.test", 88, KdcAddress.Transport.TCP));
    }
  }

  @Test
  void noRecordsIsRealmCantResolve() throws Exception {
    try (TinyDnsServer dns = new TinyDnsServer()) {
      assertThatThrownBy(() -> lookup(dns).lookup("EMPTY.TEST"))
          .isInstanceOf(KdcException.class)
          .hasMessage("no KDC configured for realm EMPTY.TEST and DNS SRV lookup found none: no SRV records")
          .extracting(e -> ((KdcException) e).reason())
          .isEqualTo(KdcException.Reason.REALM_CANT_RESOLVE);
      assertThat(dns.queries()).isEqualTo(2);
    }
  }

  @Test
  void dotTargetMeansNoService() throws Exception {
    try (TinyDnsServer dns = new TinyDnsServer()) {
      dns.put("_kerberos._udp.NONE.TEST", List.of(new SrvRecord(0, 0, 0, "")));
      assertThatThrownBy(() -> lookup(dns).lookup("NONE.TEST"))
          .isInstanceOf(KdcException.class)
          .extracting(e -> ((KdcException) e).reason())
          .isEqualTo(KdcException.Reason.REALM_CANT_RESOLVE);
    }
  }

  @Test
  void serverFailureAndSilenceAreReportedWithTheirCause() throws Exception {
    try (TinyDnsServer dns = new TinyDnsServer()) {
      dns.put("_kerberos._udp.BROKEN.TEST", TinyDnsServer.SERVFAIL);
      dns.put("_kerberos._tcp.BROKEN.TEST", TinyDnsServer.SERVFAIL);
      assertThatThrownBy(() -> lookup(dns).lookup("BROKEN.TEST"))
          .isInstanceOf(KdcException.class)
          .hasMessageContaining("_kerberos._udp.BROKEN.TEST: ")
          .hasCauseInstanceOf(javax.naming.NamingException.class);
    }
    try (FakeUdpServer silent = FakeUdpServer.blackHole()) {
      KdcSrvLookup l =
          new KdcSrvLookup("dns://127.0.0.1:" + silent.port(), Duration.ofMillis(100), 1, new Random(1));
      long start = System.nanoTime();
      assertThatThrownBy(() -> l.lookup("SILENT.TEST"))
          .isInstanceOf(KdcException.class)
          .extracting(e -> ((KdcException) e).reason())
          .isEqualTo(KdcException.Reason.REALM_CANT_RESOLVE);
      assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(3000);
    }
  }

  @Test
  void realmsThatAreNotDnsNamesAreNotLookedUp() throws Exception {
    try (TinyDnsServer dns = new TinyDnsServer()) {
      for (String bad : List.of("", "A B", "X/Y", ".LEAD", "TRAIL.", "A..B", "ÄÖ.TEST")) {
        assertThatThrownBy(() -> lookup(dns).lookup(bad))
            .as(bad)
            .isInstanceOf(KdcException.class)
            .extracting(e -> ((KdcException) e).reason())
            .isEqualTo(KdcException.Reason.REALM_CANT_RESOLVE);
      }
      assertThat(dns.queries()).isZero();
    }
  }

  @Test
  void transportFindsTheKdcThroughSrvWhenNoneIsConfigured() throws Exception {
    try (KerbyKdc kdc = KerbyKdc.start();
        TinyDnsServer dns = new TinyDnsServer()) {
      kdc.addPrincipal("alice", "pw");
      dns.put("_kerberos._udp." + kdc.realm(), List.of(new SrvRecord(0, 0, kdc.port(), "127.0.0.1")));
      dns.put("_kerberos._tcp." + kdc.realm(), List.of(new SrvRecord(0, 0, kdc.port(), "127.0.0.1")));
      KdcTransport t =
          new KdcTransport(
              KdcTransportOptions.defaults().withKdcTimeout(Duration.ofMillis(300)), lookup(dns));
      assertThat(t.locate(kdc.realm(), List.of()))
          .containsExactly(
              KdcAddress.of("127.0.0.1", kdc.port(), KdcAddress.Transport.UDP),
              KdcAddress.of("127.0.0.1", kdc.port(), KdcAddress.Transport.TCP));
      KdcReply small = t.send(kdc.realm(), List.of(), TestDer.asReq("alice", kdc.realm(), 1, 0));
      assertThat(small.protocol()).isEqualTo(KdcProtocol.UDP);
      assertThat(io.gsskit.raw.internal.kerberos.proto.KrbError.decode(small.bytes()).errorCode()).isEqualTo(25);
      KdcReply large = t.send(kdc.realm(), List.of(), TestDer.asReq("alice", kdc.realm(), 2, 2000));
      assertThat(large.protocol()).isEqualTo(KdcProtocol.TCP);
      // configured KDCs win over DNS
      KdcAddress configured = KdcAddress.of("127.0.0.1", kdc.port(), KdcAddress.Transport.TCP);
      assertThat(t.locate(kdc.realm(), List.of(configured))).containsExactly(configured);
    }
  }
}

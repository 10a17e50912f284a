package io.gsskit.raw.internal.kerberos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.iana.TicketFlag;
import io.gsskit.raw.internal.kerberos.keytab.Keytab;
import io.gsskit.raw.internal.kerberos.keytab.Keytabs;
import io.gsskit.raw.internal.kerberos.proto.EncTicketPart;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.testsupport.KerbyKdc;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AS and TGS exchanges, renewal and forwarding against the embedded Kerby KDC (UDP and TCP). */
class KdcClientKerbyTest {

  private static KerbyKdc kdc;
  private static String realm;
  private static KdcClient client;
  private static KerberosPrincipal alice;
  private static KerberosPrincipal http;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    kdc = KerbyKdc.start();
    realm = kdc.realm();
    kdc.addPrincipal("alice", "alice-pw");
    kdc.addPrincipal("bob");
    kdc.exportKeytab("bob", dir.resolve("bob.keytab"));
    kdc.addPrincipal("HTTP/localhost");
    kdc.exportKeytab("HTTP/localhost", dir.resolve("http.keytab"));
    alice = new KerberosPrincipal(realm, PrincipalName.of(PrincipalName.NT_PRINCIPAL, "alice"));
    http = new KerberosPrincipal(realm,
        PrincipalName.of(PrincipalName.NT_SRV_HST, "HTTP", "localhost"));
    client = new KdcClient(TestConfigs.settings(
        TestConfigs.single(realm, "127.0.0.1:" + kdc.port(), "")));
  }

  @AfterAll
  static void stop() {
    kdc.close();
  }

  @Test
  void passwordAsWithPreauthentication() throws Exception {
    TicketGrant tgt = client.initialWithPassword(alice, "alice-pw".toCharArray(),
        TicketOptions.defaults());
    assertThat(tgt.client()).isEqualTo(alice);
    assertThat(tgt.server().toString()).isEqualTo("krbtgt/" + realm + "@" + realm);
    assertThat(tgt.hasFlag(TicketFlag.PRE_AUTHENT)).isTrue();
    assertThat(tgt.hasFlag(TicketFlag.FORWARDABLE)).isFalse();
    assertThat(tgt.sessionKey().keyType()).isIn(17, 18);
  }

  @Test
  void keytabAs() throws Exception {
    Keytab kt = Keytabs.resolve("FILE:" + dir.resolve("bob.keytab"));
    KerberosPrincipal bob = new KerberosPrincipal(realm,
        PrincipalName.of(PrincipalName.NT_PRINCIPAL, "bob"));
    TicketGrant tgt = client.initialWithKeytab(bob, kt, TicketOptions.defaults());
    assertThat(tgt.client()).isEqualTo(bob);
    assertThat(tgt.isTgt()).isTrue();
  }

  @Test
  void serviceTicketThroughTheCcacheIsIssuedStoredAndReused() throws Exception {
    CredentialCache cc = CredentialCaches.resolve("FILE:" + dir.resolve("cc-service"));
    CcacheTickets tickets = new CcacheTickets(client);
    tickets.kinitPassword(cc, alice, "alice-pw".toCharArray(), TicketOptions.defaults());
    assertThat(cc.credentials()).hasSize(1);

    TicketGrant st = tickets.getServiceTicket(cc, http, TicketOptions.defaults());
    assertThat(st.server()).isEqualTo(http);
    assertThat(cc.credentials()).hasSize(2);
    // the service decrypts it and finds alice and the same session key
    Keytab kt = Keytabs.resolve("FILE:" + dir.resolve("http.keytab"));
    KerberosKey key = KerberosKey.of(kt.find(http, 0, st.ticket().encPart().etype()).found()
        .orElseThrow().key());
    EncTicketPart etp = EncTicketPart.decode(KerberosCrypto.decrypt(key, KeyUsage.KDC_REP_TICKET,
        st.ticket().encPart().cipher()));
    assertThat(etp.cname().components()).containsExactly("alice");
    assertThat(etp.key()).isEqualTo(st.sessionKey());

    TicketGrant again = tickets.getServiceTicket(cc, http, TicketOptions.defaults());
    assertThat(again.sessionKey()).isEqualTo(st.sessionKey());
    assertThat(cc.credentials()).hasSize(2);
  }

  @Test
  void unknownServiceIsSPrincipalUnknown() throws Exception {
    TicketGrant tgt = client.initialWithPassword(alice, "alice-pw".toCharArray(),
        TicketOptions.defaults());
    KerberosPrincipal nobody = new KerberosPrincipal(realm,
        PrincipalName.of(PrincipalName.NT_SRV_HST, "HTTP", "nowhere"));
    assertThatThrownBy(() -> client.tgs(tgt, nobody, TicketOptions.defaults()))
        .isInstanceOfSatisfying(KerberosException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(KerberosErrorCode.KDC_ERR_S_PRINCIPAL_UNKNOWN);
          assertThat(e.mitCode()).isEqualTo(KerberosErrorCode.KDC_ERR_S_PRINCIPAL_UNKNOWN
              .mitCode());
        });
  }

  @Test
  void renewableTgtIsRenewed() throws Exception {
    CredentialCache cc = CredentialCaches.resolve("FILE:" + dir.resolve("cc-renew"));
    CcacheTickets tickets = new CcacheTickets(client);
    TicketGrant tgt = tickets.kinitPassword(cc, alice, "alice-pw".toCharArray(),
        TicketOptions.defaults().withLifetime(Duration.ofHours(1))
            .withRenewLifetime(Duration.ofDays(2)));
    assertThat(tgt.hasFlag(TicketFlag.RENEWABLE)).isTrue();
    assertThat(tgt.renewTill()).isNotNull();
    TicketGrant renewed = tickets.renewTgt(cc);
    assertThat(renewed.server()).isEqualTo(tgt.server());
    assertThat(renewed.sessionKey()).isNotEqualTo(tgt.sessionKey());
    assertThat(cc.credentials()).hasSize(1);
    assertThat(TicketGrant.fromCredential(cc.credentials().get(0)).sessionKey())
        .isEqualTo(renewed.sessionKey());
  }

  @Test
  void notRenewableTicketIsRefusedLocally() throws Exception {
    TicketGrant tgt = client.initialWithPassword(alice, "alice-pw".toCharArray(),
        TicketOptions.defaults());
    assertThatThrownBy(() -> client.renew(tgt)).isInstanceOfSatisfying(KerberosException.class,
        e -> assertThat(e.localError()).isEqualTo(KerberosLocalError.KRB5_INVALID_FLAGS));
  }

  @Test
  void forwardableTgtAndForwardedTgt() throws Exception {
    TicketGrant tgt = client.initialWithPassword(alice, "alice-pw".toCharArray(),
        TicketOptions.defaults().withForwardable(true));
    assertThat(tgt.hasFlag(TicketFlag.FORWARDABLE)).isTrue();
    TicketGrant fwd = client.forwardedTgt(tgt);
    // Kerby ignores the FORWARDED option (MitKdcClientTest checks the flag); the KDC still issues a
    // new forwardable TGT for the same client
    assertThat(fwd.hasFlag(TicketFlag.FORWARDABLE)).isTrue();
    assertThat(fwd.sessionKey()).isNotEqualTo(tgt.sessionKey());
    assertThat(fwd.server()).isEqualTo(tgt.server());
    assertThat(fwd.client()).isEqualTo(alice);
  }

  @Test
  void forwardedTgtNeedsAForwardableTgt() throws Exception {
    TicketGrant tgt = client.initialWithPassword(alice, "alice-pw".toCharArray(),
        TicketOptions.defaults());
    assertThatThrownBy(() -> client.forwardedTgt(tgt))
        .isInstanceOfSatisfying(KerberosException.class, e -> assertThat(e.localError())
            .isEqualTo(KerberosLocalError.KRB5_TKT_NOT_FORWARDABLE));
  }

  @Test
  void wrongPasswordIsPreauthFailed() {
    assertThatThrownBy(() -> client.initialWithPassword(alice, "wrong".toCharArray(),
        TicketOptions.defaults())).isInstanceOfSatisfying(KerberosException.class, e -> {
          // Kerby answers KRB_AP_ERR_BAD_INTEGRITY (e-text PREAUTH_FAILED); MIT answers
          // KDC_ERR_PREAUTH_FAILED (MitKdcClientTest)
          assertThat(e.krbError()).isNotNull();
          assertThat(e.errorCode()).isEqualTo(KerberosErrorCode.KRB_AP_ERR_BAD_INTEGRITY);
          assertThat(e.getMessage()).startsWith("KDC for " + realm + ": pre-authentication "
              + "failed for alice@" + realm + " (wrong password or key?)")
              .endsWith("(KRB_AP_ERR_BAD_INTEGRITY)");
        });
  }

  @Test
  void unknownClientIsCPrincipalUnknown() {
    KerberosPrincipal carol = new KerberosPrincipal(realm,
        PrincipalName.of(PrincipalName.NT_PRINCIPAL, "carol"));
    assertThatThrownBy(() -> client.initialWithPassword(carol, "x".toCharArray(),
        TicketOptions.defaults())).isInstanceOfSatisfying(KerberosException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(KerberosErrorCode.KDC_ERR_C_PRINCIPAL_UNKNOWN);
          assertThat(e.getMessage()).isEqualTo("KDC for " + realm + ": client carol@" + realm
              + " not found in Kerberos database" + etext(e) + " (KDC_ERR_C_PRINCIPAL_UNKNOWN)");
          assertThat(e.mitCode()).isEqualTo(-1765328378);
        });
  }

  private static String etext(KerberosException e) {
    String t = e.krbError() == null ? null : e.krbError().eText();
    return t == null || t.isBlank() ? "" : ": \"" + t + "\"";
  }

  @Test
  void kdcDownIsUnreachableWithTheAttempts() throws Exception {
    int dead;
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      dead = s.getLocalPort();
    }
    KdcClient down = new KdcClient(TestConfigs.settings(
        TestConfigs.single(realm, "127.0.0.1:" + dead, "")));
    long t0 = System.nanoTime();
    assertThatThrownBy(() -> down.initialWithPassword(alice, "alice-pw".toCharArray(),
        TicketOptions.defaults())).isInstanceOfSatisfying(KerberosException.class, e -> {
          assertThat(e.localError()).isEqualTo(KerberosLocalError.KRB5_KDC_UNREACH);
          assertThat(e.getMessage()).contains("Cannot contact any KDC for realm " + realm,
              "127.0.0.1:" + dead);
        });
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(6));
  }

  @Test
  void tcpOnlyWhenTheUdpLimitIsOne() throws Exception {
    KdcClient tcp = new KdcClient(TestConfigs.settings(TestConfigs.single(realm,
        "tcp/127.0.0.1:" + kdc.port(), " udp_preference_limit = 1")));
    assertThat(tcp.initialWithPassword(alice, "alice-pw".toCharArray(), TicketOptions.defaults())
        .isTgt()).isTrue();
    Files.deleteIfExists(dir.resolve("unused"));
  }
}

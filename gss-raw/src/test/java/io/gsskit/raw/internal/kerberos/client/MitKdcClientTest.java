package io.gsskit.raw.internal.kerberos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.TicketFlag;
import io.gsskit.raw.internal.kerberos.keytab.Keytabs;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.testsupport.MitRealm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interop with a real MIT krb5 1.20 KDC: password and keytab AS and TGS for every enctype MIT and
 * GSSKit share (17, 18, 19, 20, 25, 26; one principal per enctype and the client restricted to
 * it), our ccache read by MIT {@code klist} and used by {@code kvno}, and an MIT {@code kinit}
 * ccache used by our TGS. Skipped when MIT krb5 is missing, failed then if GSSKIT_REQUIRE_MIT=1.
 */
class MitKdcClientTest {

  private static MitRealm mit;
  private static Krb5Config config;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    MitRealm.assumeAvailable();
    mit = MitRealm.start("MIT.TEST", List.of("aes256-cts-hmac-sha384-192",
        "aes128-cts-hmac-sha256-128", "aes256-cts-hmac-sha1-96", "aes128-cts-hmac-sha1-96",
        "camellia256-cts-cmac", "camellia128-cts-cmac"));
    config = Krb5Config.load(List.of(mit.krb5Conf()));
    mit.addPrincipal("alice", "alice-pw");
    mit.kadmin("modprinc +requires_preauth alice").requireSuccess();
    mit.addRandKeyPrincipal("host/localhost");
  }

  @AfterAll
  static void stop() {
    if (mit != null) {
      mit.close();
    }
  }

  private static KdcClient clientFor(int etype) throws Exception {
    KdcClientSettings s = TestConfigs.settings(config);
    if (etype != 0) {
      s = s.withEnctypes(new EnctypePolicy(List.of(etype), List.of(etype), List.of(etype)));
    }
    return new KdcClient(s);
  }

  private static KerberosPrincipal principal(String text) {
    return KerberosPrincipal.parse(text, mit.realm(), PrincipalName.NT_PRINCIPAL).orElseThrow();
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 25, 26})
  void passwordAndKeytabAsAndTgsPerEnctypeInteroperateWithMitTools(int etype) throws Exception {
    String et = EncType.byNumber(etype).name();
    mit.kadmin("addprinc +requires_preauth -e " + et + ":normal -pw pw-" + etype + " user"
        + etype)
        .requireSuccess();
    mit.kadmin("addprinc -e " + et + ":normal -randkey svc" + etype + "/localhost")
        .requireSuccess();
    mit.kadmin("addprinc -e " + et + ":normal -randkey kt" + etype).requireSuccess();
    KdcClient client = clientFor(etype);
    CcacheTickets tickets = new CcacheTickets(client);

    // password AS (MIT requires pre-authentication by default: PREAUTH_REQUIRED first)
    String ccName = "FILE:" + dir.resolve("cc" + etype);
    CredentialCache cc = CredentialCaches.resolve(ccName);
    TicketGrant tgt = tickets.kinitPassword(cc, principal("user" + etype),
        ("pw-" + etype).toCharArray(), TicketOptions.defaults());
    assertThat(tgt.sessionKey().keyType()).isEqualTo(etype);
    assertThat(tgt.hasFlag(TicketFlag.PRE_AUTHENT)).isTrue();

    // TGS for a host-based service, stored; MIT's klist reads it and kvno uses the cache
    KerberosPrincipal svc = new KerberosPrincipal(mit.realm(),
        PrincipalName.of(PrincipalName.NT_SRV_HST, "svc" + etype, "localhost"));
    TicketGrant st = tickets.getServiceTicket(cc, svc, TicketOptions.defaults());
    assertThat(st.ticket().encPart().etype()).isEqualTo(etype);
    MitRealm.Result klist = mit.klist(ccName, "-e").requireSuccess();
    assertThat(klist.stdout()).contains("user" + etype + "@MIT.TEST",
        "krbtgt/MIT.TEST@MIT.TEST", "svc" + etype + "/localhost@MIT.TEST");
    mit.kvno("svc" + etype + "/localhost", ccName).requireSuccess();

    // keytab AS
    Path kt = dir.resolve("kt" + etype + ".keytab");
    mit.ktadd(kt, "kt" + etype, et).requireSuccess();
    TicketGrant ktTgt = client.initialWithKeytab(principal("kt" + etype),
        Keytabs.resolve("FILE:" + kt), TicketOptions.defaults());
    assertThat(ktTgt.isTgt()).isTrue();
    assertThat(ktTgt.sessionKey().keyType()).isEqualTo(etype);
  }

  @Test
  void tgtFromMitKinitIsUsedForOurTgs() throws Exception {
    String ccName = "FILE:" + dir.resolve("cc-mit-kinit");
    mit.kinitPassword("alice", "alice-pw", ccName);
    CcacheTickets tickets = new CcacheTickets(clientFor(0));
    KerberosPrincipal host = new KerberosPrincipal(mit.realm(),
        PrincipalName.of(PrincipalName.NT_SRV_HST, "host", "localhost"));
    TicketGrant st = tickets.getServiceTicket(CredentialCaches.resolve(ccName), host,
        TicketOptions.defaults());
    assertThat(st.client().toString()).isEqualTo("alice@MIT.TEST");
    assertThat(mit.klist(ccName).requireSuccess().stdout()).contains("host/localhost@MIT.TEST");
  }

  @Test
  void forwardedTgtCarriesTheForwardedFlag() throws Exception {
    KdcClient client = clientFor(0);
    TicketGrant tgt = client.initialWithPassword(principal("alice"), "alice-pw".toCharArray(),
        TicketOptions.defaults().withForwardable(true));
    TicketGrant fwd = client.forwardedTgt(tgt);
    assertThat(fwd.hasFlag(TicketFlag.FORWARDED)).isTrue();
    assertThat(fwd.hasFlag(TicketFlag.FORWARDABLE)).isTrue();
  }

  @Test
  void renewalWithMit() throws Exception {
    CredentialCache cc = CredentialCaches.resolve("FILE:" + dir.resolve("cc-renew"));
    CcacheTickets tickets = new CcacheTickets(clientFor(0));
    tickets.kinitPassword(cc, principal("alice"), "alice-pw".toCharArray(),
        TicketOptions.defaults().withRenewLifetime(java.time.Duration.ofDays(2)));
    TicketGrant renewed = tickets.renewTgt(cc);
    assertThat(renewed.hasFlag(TicketFlag.RENEWABLE)).isTrue();
    assertThat(mit.klist("FILE:" + dir.resolve("cc-renew")).requireSuccess().stdout())
        .contains("krbtgt/MIT.TEST@MIT.TEST");
  }

  @Test
  void wrongPasswordIsPreauthFailed() throws Exception {
    KdcClient client = clientFor(0);
    assertThatThrownBy(() -> client.initialWithPassword(principal("alice"), "nope".toCharArray(),
        TicketOptions.defaults())).isInstanceOfSatisfying(KerberosException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(KerberosErrorCode.KDC_ERR_PREAUTH_FAILED);
          assertThat(e.getMessage()).startsWith("KDC for MIT.TEST: pre-authentication failed "
              + "for alice@MIT.TEST");
        });
  }

  @Test
  void unknownClientIsCPrincipalUnknown() throws Exception {
    KdcClient client = clientFor(0);
    assertThatThrownBy(() -> client.initialWithPassword(principal("nobody"), "x".toCharArray(),
        TicketOptions.defaults())).isInstanceOfSatisfying(KerberosException.class, e ->
            assertThat(e.errorCode()).isEqualTo(KerberosErrorCode.KDC_ERR_C_PRINCIPAL_UNKNOWN));
  }
}

package io.gsskit.raw.internal.kerberos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.KrbError;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.testsupport.MitRealm;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kdc_timesync} against MIT krb5 with a client clock one hour behind: the KDC rejects the
 * PA-ENC-TIMESTAMP with KRB_AP_ERR_SKEW, the client takes the offset from the error's stime,
 * retries once and succeeds; the offset goes into the ccache header and drives later TGS
 * requests; another client adopts it from the ccache. With timesync off the skew is an error.
 * (Kerby answers a skewed PA-ENC-TIMESTAMP with PREAUTH_FAILED, so this needs MIT.) Skipped
 * when MIT krb5 is missing, failed then if GSSKIT_REQUIRE_MIT=1.
 */
class MitTimeSyncTest {

  private static final Duration BEHIND = Duration.ofHours(-1);

  private static MitRealm kdc;
  private static TamperingKdcProxy proxy;
  private static KerberosPrincipal alice;
  private static KerberosPrincipal http;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    MitRealm.assumeAvailable();
    kdc = MitRealm.start();
    kdc.addPrincipal("alice", "alice-pw");
    kdc.kadmin("modprinc +requires_preauth alice").requireSuccess();
    kdc.addRandKeyPrincipal("HTTP/localhost");
    proxy = new TamperingKdcProxy(kdc.port());
    alice = new KerberosPrincipal(kdc.realm(),
        PrincipalName.of(PrincipalName.NT_PRINCIPAL, "alice"));
    http = new KerberosPrincipal(kdc.realm(),
        PrincipalName.of(PrincipalName.NT_SRV_HST, "HTTP", "localhost"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
    if (kdc != null) {
      kdc.close();
    }
  }

  private static KdcClientSettings skewed(boolean timesync) throws Exception {
    return TestConfigs.settings(TestConfigs.single(kdc.realm(), "127.0.0.1:" + proxy.port(),
            " udp_preference_limit = 1"), Clock.offset(Clock.systemUTC(), BEHIND))
        .withKdcTimesync(timesync);
  }

  private static List<Integer> errorCodesSince(int from) {
    List<Integer> codes = new ArrayList<>();
    List<byte[]> all = proxy.replies();
    for (byte[] r : all.subList(from, all.size())) {
      try {
        codes.add(KrbError.decode(r).errorCode());
      } catch (Exception notAnError) {
        codes.add(0);
      }
    }
    return codes;
  }

  private static void assertAboutAnHour(Duration d) {
    assertThat(d.minus(BEHIND.negated()).abs()).as("offset %s", d)
        .isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void skewErrorSetsTheOffsetRetriesOnceAndTheOffsetReachesCcacheAndTgs() throws Exception {
    KdcClient client = new KdcClient(skewed(true));
    assertThat(client.kdcTimeOffset()).isEmpty();
    CcacheTickets tickets = new CcacheTickets(client);
    String ccName = "FILE:" + dir.resolve("cc-skew");
    CredentialCache cc = CredentialCaches.resolve(ccName);

    int before = proxy.replies().size();
    TicketGrant tgt = tickets.kinitPassword(cc, alice, "alice-pw".toCharArray(),
        TicketOptions.defaults());
    // PREAUTH_REQUIRED (25), then the skewed timestamp refused (37), then the AS-REP
    assertThat(errorCodesSince(before)).containsExactly(25, 37, 0);
    assertThat(tgt.isTgt()).isTrue();
    assertAboutAnHour(client.kdcTimeOffset().orElseThrow());
    assertThat(client.clock().instant()).isCloseTo(java.time.Instant.now(),
        org.assertj.core.api.Assertions.within(5, java.time.temporal.ChronoUnit.SECONDS));
    assertThat(cc.kdcOffset().seconds()).isBetween(3595, 3605);

    // the TGS authenticator carries the corrected time (MIT would answer SKEW otherwise)
    TicketGrant st = tickets.getServiceTicket(cc, http, TicketOptions.defaults());
    assertThat(st.server()).isEqualTo(http);

    // MIT's klist reads the cache with its offset header
    assertThat(kdc.klist(ccName).requireSuccess().stdout()).contains("HTTP/localhost@");

    // a fresh client with the same skewed clock adopts the offset from the cache header
    KdcClient second = new KdcClient(skewed(true));
    KerberosPrincipal other = new KerberosPrincipal(kdc.realm(),
        PrincipalName.of(PrincipalName.NT_SRV_HST, "HTTP", "localhost"));
    CcacheTickets secondTickets = new CcacheTickets(second);
    assertThat(secondTickets.tgt(cc).isTgt()).isTrue();
    assertAboutAnHour(second.kdcTimeOffset().orElseThrow());
    assertThat(secondTickets.getServiceTicket(cc, other, TicketOptions.defaults())).isNotNull();
  }

  @Test
  void withoutTimesyncTheSkewIsReported() throws Exception {
    KdcClient client = new KdcClient(skewed(false));
    int before = proxy.replies().size();
    assertThatThrownBy(() -> client.initialWithPassword(alice, "alice-pw".toCharArray(),
        TicketOptions.defaults())).isInstanceOfSatisfying(KerberosException.class, e ->
            assertThat(e.errorCode()).isEqualTo(KerberosErrorCode.KRB_AP_ERR_SKEW));
    assertThat(errorCodesSince(before)).containsExactly(25, 37);
    assertThat(client.kdcTimeOffset()).isEmpty();
  }
}

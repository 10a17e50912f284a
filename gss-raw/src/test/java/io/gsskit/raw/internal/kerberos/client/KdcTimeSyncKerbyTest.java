package io.gsskit.raw.internal.kerberos.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.ccache.KdcTimeOffset;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.testsupport.KerbyKdc;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kdc_timesync} with Kerby: the AS reply's authtime sets the offset; a ccache header offset
 * is adopted by a client that has none and makes a TGT valid that the skewed clock alone would
 * judge not yet valid. (The skew-error retry is tested against MIT in {@link MitTimeSyncTest}:
 * Kerby answers a skewed PA-ENC-TIMESTAMP with PREAUTH_FAILED, not KRB_AP_ERR_SKEW.)
 */
class KdcTimeSyncKerbyTest {

  private static KerbyKdc kdc;
  private static KerberosPrincipal alice;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    kdc = KerbyKdc.start();
    kdc.addPrincipal("alice", "alice-pw");
    kdc.addPrincipal("HTTP/localhost");
    alice = new KerberosPrincipal(kdc.realm(),
        PrincipalName.of(PrincipalName.NT_PRINCIPAL, "alice"));
  }

  @AfterAll
  static void stop() {
    kdc.close();
  }

  private static KdcClientSettings settings(Clock clock, boolean timesync) throws Exception {
    return TestConfigs.settings(TestConfigs.single(kdc.realm(), "127.0.0.1:" + kdc.port(), ""),
        clock).withKdcTimesync(timesync);
  }

  @Test
  void correctClockLearnsASmallOffsetFromTheAsReply() throws Exception {
    KdcClient client = new KdcClient(settings(Clock.systemUTC(), true));
    client.initialWithPassword(alice, "alice-pw".toCharArray(), TicketOptions.defaults());
    assertThat(client.kdcTimeOffset().orElseThrow().abs()).isLessThanOrEqualTo(
        Duration.ofSeconds(1));
    KdcClient off = new KdcClient(settings(Clock.systemUTC(), false));
    off.initialWithPassword(alice, "alice-pw".toCharArray(), TicketOptions.defaults());
    assertThat(off.kdcTimeOffset()).isEmpty();
  }

  @Test
  void ccacheOffsetIsAdoptedOnlyWithTimesync() throws Exception {
    CredentialCache cc = CredentialCaches.resolve("FILE:" + dir.resolve("cc-adopt"));
    new CcacheTickets(new KdcClient(settings(Clock.systemUTC(), true))).kinitPassword(cc, alice,
        "alice-pw".toCharArray(), TicketOptions.defaults());
    // pretend the cache was written by a client two hours behind that learnt an offset of +2 h
    cc.setKdcOffset(new KdcTimeOffset(7200, 0));
    Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofHours(-2));

    KdcClient sync = new KdcClient(settings(behind, true));
    assertThat(new CcacheTickets(sync).tgt(cc).isTgt()).isTrue();
    assertThat(sync.kdcTimeOffset()).contains(Duration.ofHours(2));
    // an offset already known is kept (MIT: the context's offset wins over the cache's)
    sync.setKdcTimeOffset(Duration.ofHours(2).plusSeconds(1));
    new CcacheTickets(sync).tgt(cc);
    assertThat(sync.kdcTimeOffset()).contains(Duration.ofHours(2).plusSeconds(1));

    KdcClient nosync = new KdcClient(settings(behind, false));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CcacheTickets(nosync).tgt(cc))
        .isInstanceOfSatisfying(KerberosException.class, e -> assertThat(e.is(
            io.gsskit.raw.internal.kerberos.iana.KerberosLocalError.KRB5_CC_NOTFOUND)).isTrue());
  }
}

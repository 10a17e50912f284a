package io.gsskit.raw.internal.kerberos.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.testsupport.MitRealm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live cross-realm and referral tests with two MIT krb5 KDCs, MITA.TEST and MITB.TEST, that share
 * the cross-realm keys {@code krbtgt/MITB.TEST@MITA.TEST} and {@code krbtgt/MITA.TEST@MITB.TEST}
 * (same password, same enctypes, so the same keys in both databases). KDC A's own krb5.conf maps
 * {@code .mitb.test} hosts to MITB.TEST, so for a host-based name it does not know it answers a
 * canonicalize request with a referral TGT (MIT {@code is_referral_req}/{@code
 * find_referral_tgs}). Our client, with a krb5.conf listing both KDCs, follows {@code [capaths]}
 * and the referral; MIT's {@code kvno} then uses the ccache we wrote. Skipped when MIT krb5 is
 * missing, failed then if GSSKIT_REQUIRE_MIT=1.
 */
class MitCrossRealmTest {

  private static final String A = "MITA.TEST";
  private static final String B = "MITB.TEST";

  private static MitRealm a;
  private static MitRealm b;
  private static Path both;
  private static Krb5Config config;
  @TempDir static Path dir;

  @BeforeAll
  static void start() throws Exception {
    MitRealm.assumeAvailable();
    a = MitRealm.start(A, MitRealm.DEFAULT_ENCTYPES, """
        [domain_realm]
         .mitb.test = MITB.TEST
         mitb.test = MITB.TEST
        """);
    b = MitRealm.start(B, MitRealm.DEFAULT_ENCTYPES);
    for (MitRealm kdc : List.of(a, b)) {
      kdc.kadmin("addprinc -pw cross-a-to-b krbtgt/" + B + "@" + A).requireSuccess();
      kdc.kadmin("addprinc -pw cross-b-to-a krbtgt/" + A + "@" + B).requireSuccess();
    }
    a.addPrincipal("alice", "alice-pw");
    b.kadmin("addprinc -randkey svc/web.mitb.test@" + B).requireSuccess();
    b.kadmin("addprinc -randkey other/web.mitb.test@" + B).requireSuccess();
    b.kadmin("addprinc -randkey ref/web.mitb.test@" + B).requireSuccess();
    both = dir.resolve("krb5.conf");
    Files.writeString(both, """
        [libdefaults]
         default_realm = %1$s
         dns_lookup_kdc = false
         dns_lookup_realm = false
         dns_canonicalize_hostname = false
         rdns = false
         udp_preference_limit = 1
         permitted_enctypes = %5$s
        [realms]
         %1$s = {
          kdc = 127.0.0.1:%2$d
         }
         %3$s = {
          kdc = 127.0.0.1:%4$d
         }
        [domain_realm]
         .mitb.test = %3$s
        [capaths]
         %1$s = {
          %3$s = .
         }
         %3$s = {
          %1$s = .
         }
        """.formatted(A, a.port(), B, b.port(), String.join(" ", MitRealm.DEFAULT_ENCTYPES)));
    config = Krb5Config.load(List.of(both));
  }

  @AfterAll
  static void stop() {
    for (MitRealm r : new MitRealm[] {a, b}) {
      if (r != null) {
        r.close();
      }
    }
  }

  private static KerberosPrincipal host(String service, String host, String realm) {
    return new KerberosPrincipal(realm, PrincipalName.of(PrincipalName.NT_SRV_HST, service, host));
  }

  private static KerberosPrincipal alice() {
    return KerberosPrincipal.parse("alice@" + A, A, PrincipalName.NT_PRINCIPAL).orElseThrow();
  }

  @Test
  void serviceTicketInTheOtherRealmViaCapathsIsUsableByMitKvno() throws Exception {
    CcacheTickets tickets = new CcacheTickets(new KdcClient(TestConfigs.settings(config)));
    String ccName = "FILE:" + dir.resolve("cc-capaths");
    CredentialCache cc = CredentialCaches.resolve(ccName);
    tickets.kinitPassword(cc, alice(), "alice-pw".toCharArray(), TicketOptions.defaults());

    TicketGrant st = tickets.getServiceTicket(cc, host("svc", "web.mitb.test", B),
        TicketOptions.defaults());
    assertThat(st.client().toString()).isEqualTo("alice@" + A);
    assertThat(st.server().toString()).isEqualTo("svc/web.mitb.test@" + B);
    assertThat(st.isTgt()).isFalse();

    // the cross-realm TGT went into the cache with the service ticket; MIT reads both
    MitRealm.Result klist = a.runWithConfig(both, "klist", List.of("-c", ccName), null)
        .requireSuccess();
    assertThat(klist.stdout()).contains("krbtgt/" + A + "@" + A, "krbtgt/" + B + "@" + A,
        "svc/web.mitb.test@" + B);

    // MIT kvno -k decrypts the ticket we got with the service's keytab ("keytab entry valid")
    Path kt = dir.resolve("svc.keytab");
    b.ktaddCurrentKeys(kt, "svc/web.mitb.test@" + B).requireSuccess();
    MitRealm.Result verified = a.runWithConfig(both, "kvno", List.of("-c", ccName, "-k",
        kt.toString(), "svc/web.mitb.test@" + B), null).requireSuccess();
    assertThat(verified.stdout()).endsWith("kvno = 1, keytab entry valid\n");

    // MIT kvno uses our cross-realm TGT from the cache for another service in realm B
    MitRealm.Result other = a.runWithConfig(both, "kvno", List.of("-c", ccName,
        "other/web.mitb.test@" + B), null).requireSuccess();
    assertThat(other.stdout()).contains("other/web.mitb.test@" + B);
  }

  @Test
  void mitKdcReferralToTheOtherRealmIsFollowed() throws Exception {
    KdcClient client = new KdcClient(TestConfigs.settings(config));
    TicketGrant tgt = client.initialWithPassword(alice(), "alice-pw".toCharArray(),
        TicketOptions.defaults());
    List<TicketGrant> newTgts = new ArrayList<>();
    // the client asks its own realm's KDC (as without a [domain_realm] entry); KDC A refers it
    TicketGrant st = client.serviceTicket(tgt, host("ref", "web.mitb.test", A),
        TicketOptions.defaults(), p -> Optional.empty(), newTgts);
    assertThat(newTgts).extracting(t -> t.server().toString())
        .containsExactly("krbtgt/" + B + "@" + A);
    assertThat(st.server().toString()).isEqualTo("ref/web.mitb.test@" + B);
    assertThat(st.client().toString()).isEqualTo("alice@" + A);

    // the referral ticket is as good as any: MIT kvno validates it with B's keytab
    String ccName = "FILE:" + dir.resolve("cc-referral");
    CredentialCache cc = CredentialCaches.resolve(ccName);
    cc.initialize(alice());
    cc.storeAll(List.of(tgt.toCredential(), newTgts.get(0).toCredential(), st.toCredential()));
    Path kt = dir.resolve("ref.keytab");
    b.ktaddCurrentKeys(kt, "ref/web.mitb.test@" + B).requireSuccess();
    MitRealm.Result verified = a.runWithConfig(both, "kvno", List.of("-c", ccName, "-k",
        kt.toString(), "ref/web.mitb.test@" + B), null).requireSuccess();
    assertThat(verified.stdout()).endsWith("kvno = 1, keytab entry valid\n");
  }
}

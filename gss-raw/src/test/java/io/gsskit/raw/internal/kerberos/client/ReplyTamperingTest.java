package io.gsskit.raw.internal.kerberos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.iana.FlagBits;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.iana.TicketFlag;
import io.gsskit.raw.internal.kerberos.proto.EncKdcRepPart;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.KdcRep;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.internal.kerberos.proto.Ticket;
import io.gsskit.raw.testsupport.KerbyKdc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reply check has a negative test: a man-in-the-middle proxy between the client and the
 * embedded Kerby KDC rewrites real replies (clear fields directly; encrypted fields by decrypting
 * with alice's key, editing and re-encrypting, as a KDC impostor knowing the key could) or replays
 * an old one. Each tampered reply must fail with a defined error and store nothing.
 */
class ReplyTamperingTest {

  private static KerbyKdc kdc;
  private static TamperingKdcProxy proxy;
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
    kdc.addPrincipal("HTTP/localhost");
    proxy = new TamperingKdcProxy(kdc.port());
    alice = new KerberosPrincipal(realm, PrincipalName.of(PrincipalName.NT_PRINCIPAL, "alice"));
    http = new KerberosPrincipal(realm,
        PrincipalName.of(PrincipalName.NT_SRV_HST, "HTTP", "localhost"));
    client = new KdcClient(TestConfigs.settings(TestConfigs.single(realm,
        "tcp/127.0.0.1:" + proxy.port(), " udp_preference_limit = 1")));
  }

  @AfterAll
  static void stop() throws Exception {
    proxy.close();
    kdc.close();
  }

  @AfterEach
  void untamper() {
    proxy.rewrite(UnaryOperator.identity());
  }

  @Test
  void untamperedRepliesPass() throws Exception {
    TicketGrant tgt = asAlice();
    assertThat(client.tgs(tgt, http, TicketOptions.defaults()).server()).isEqualTo(http);
  }

  @Test
  void clearTicketSnameDifferentFromEncryptedSnameIsRejectedAndNothingStored() throws Exception {
    CredentialCache cc = CredentialCaches.resolve("FILE:" + dir.resolve("cc-lyre"));
    CcacheTickets tickets = new CcacheTickets(client);
    tickets.kinitPassword(cc, alice, "alice-pw".toCharArray(), TicketOptions.defaults());
    proxy.rewrite(onReply(rep -> new KdcRep(rep.msgType(), rep.padata(), rep.crealm(),
        rep.cname(), new Ticket(rep.ticket().realm(),
            PrincipalName.of(PrincipalName.NT_SRV_HST, "HTTP", "evil"), rep.ticket().encPart()),
        rep.encPart())));
    assertThatThrownBy(() -> tickets.getServiceTicket(cc, http, TicketOptions.defaults()))
        .isInstanceOfSatisfying(KerberosException.class, e -> {
          assertThat(e.localError()).isEqualTo(KerberosLocalError.KRB5_KDCREP_MODIFIED);
          assertThat(e.getMessage()).contains("CVE-2017-11103", "HTTP/evil");
        });
    assertThat(cc.credentials()).hasSize(1);
  }

  @Test
  void cnameRewrittenIsRejected() {
    proxy.rewrite(onReply(rep -> new KdcRep(rep.msgType(), rep.padata(), rep.crealm(),
        PrincipalName.of(PrincipalName.NT_PRINCIPAL, "mallory"), rep.ticket(), rep.encPart())));
    assertModified("client mallory@");
  }

  @Test
  void nonceChangedIsRejected() {
    proxy.rewrite(onEncPart((rep, p) -> with(p, p.nonce() + 1, p.flags(), p.starttime(),
        p.srealm(), p.sname())));
    assertModified("nonce");
  }

  @Test
  void staleReplyIsRejected() throws Exception {
    asAlice();
    List<byte[]> old = proxy.replies();
    byte[] previousAsRep = old.get(old.size() - 1);
    proxy.rewrite(reply -> (reply[0] & 0xff) == 0x6b ? previousAsRep : reply);
    assertModified("nonce");
  }

  @Test
  void unrequestedForwardableFlagIsRejected() {
    proxy.rewrite(onEncPart((rep, p) -> with(p, p.nonce(),
        p.flags() | FlagBits.mask(TicketFlag.FORWARDABLE), p.starttime(), p.srealm(),
        p.sname())));
    assertModified("forwardable was not requested");
  }

  @Test
  void encryptedSnameOfAnotherServerIsRejected() {
    PrincipalName other = PrincipalName.of(PrincipalName.NT_SRV_INST, "krbtgt", "OTHER.TEST");
    proxy.rewrite(onEncPart((rep, p) -> with(p, p.nonce(), p.flags(), p.starttime(), p.srealm(),
        other)));
    assertModified("CVE-2017-11103");
  }

  @Test
  void encryptedAndClearSnameBothRewrittenIsRejected() {
    PrincipalName other = PrincipalName.of(PrincipalName.NT_SRV_INST, "kadmin", "admin");
    proxy.rewrite(reply -> {
      byte[] step = onEncPart((rep, p) -> with(p, p.nonce(), p.flags(), p.starttime(),
          p.srealm(), other)).apply(reply);
      return onReply(rep -> new KdcRep(rep.msgType(), rep.padata(), rep.crealm(), rep.cname(),
          new Ticket(rep.ticket().realm(), other, rep.ticket().encPart()), rep.encPart()))
          .apply(step);
    });
    assertModified("does not match the requested krbtgt/");
  }

  @Test
  void startTimeOutsideTheClockSkewIsRejected() {
    proxy.rewrite(onEncPart((rep, p) -> with(p, p.nonce(), p.flags(),
        Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
        p.srealm(), p.sname())));
    assertThatThrownBy(this::asAlice).isInstanceOfSatisfying(KerberosException.class,
        e -> assertThat(e.localError()).isEqualTo(KerberosLocalError.KRB5_KDCREP_SKEW));
  }

  @Test
  void endTimeAfterTheRequestedTillIsRejected() {
    proxy.rewrite(onEncPart((rep, p) -> new EncKdcRepPart(p.applicationTag(), p.key(),
        p.lastReq(), p.nonce(), p.keyExpiration(), p.flags(), p.authtime(), p.starttime(),
        p.endtime().plus(Duration.ofDays(30)), p.renewTill(), p.srealm(), p.sname(), p.caddr(),
        p.encryptedPaData())));
    assertModified("is after the requested");
  }

  private TicketGrant asAlice() throws KerberosException {
    return client.initialWithPassword(alice, "alice-pw".toCharArray(), TicketOptions.defaults());
  }

  private void assertModified(String fact) {
    assertThatThrownBy(this::asAlice).isInstanceOfSatisfying(KerberosException.class, e -> {
      assertThat(e.localError()).isEqualTo(KerberosLocalError.KRB5_KDCREP_MODIFIED);
      assertThat(e.getMessage()).contains(fact);
    });
  }

  private static EncKdcRepPart with(EncKdcRepPart p, long nonce, int flags, Instant start,
      String srealm, PrincipalName sname) {
    return new EncKdcRepPart(p.applicationTag(), p.key(), p.lastReq(), nonce, p.keyExpiration(),
        flags, p.authtime(), start, p.endtime(), p.renewTill(), srealm, sname, p.caddr(),
        p.encryptedPaData());
  }

  /** Rewrites the clear part of a KDC-REP; other messages pass. */
  private static UnaryOperator<byte[]> onReply(UnaryOperator<KdcRep> edit) {
    return reply -> {
      int tag = reply[0] & 0xff;
      if (tag != 0x6b && tag != 0x6d) {
        return reply;
      }
      try {
        return edit.apply(KdcRep.decode(reply)).encode();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
  }

  interface PartEdit {
    EncKdcRepPart apply(KdcRep rep, EncKdcRepPart part);
  }

  /** Decrypts an AS-REP's enc-part with alice's key, edits it and encrypts it again. */
  private static UnaryOperator<byte[]> onEncPart(PartEdit edit) {
    return onReply(rep -> {
      if (!rep.isAsRep()) {
        return rep;
      }
      try {
        KerberosKey key = KerberosCrypto.stringToKey(EncType.byNumber(rep.encPart().etype()),
            "alice-pw".toCharArray(), (realm + "alice").getBytes(StandardCharsets.UTF_8), null);
        EncKdcRepPart p = EncKdcRepPart.decode(KerberosCrypto.decrypt(key,
            KeyUsage.AS_REP_ENC_PART, rep.encPart().cipher()));
        byte[] enc = KerberosCrypto.encrypt(key, KeyUsage.AS_REP_ENC_PART,
            edit.apply(rep, p).encode());
        return new KdcRep(rep.msgType(), rep.padata(), rep.crealm(), rep.cname(), rep.ticket(),
            new EncryptedData(rep.encPart().etype(), rep.encPart().kvno(), enc));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }
}

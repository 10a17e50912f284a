package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.ext.Krb5Inquiry;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 4537 against MIT krb5 1.20 ({@link EtypeNegotiation}). The realm has aes256-cts-hmac-sha1-96
 * and arcfour-hmac ({@code allow_weak_crypto}, {@code allow_rc4}); the service has keys of both
 * but {@code session_enctypes = arcfour-hmac} (a kadmin string attribute), so the KDC issues rc4
 * session keys although clients prefer aes256. MIT's initiator then lists [aes256, rc4], the
 * acceptor answers with an aes256 subkey and the context uses RFC 4121 tokens. Checked: MIT ↔
 * MIT (the baseline), MIT → GSSKit, GSSKit → MIT and GSSKit ↔ GSSKit end with the same context
 * key enctype, wrap and MIC tokens both ways, and GSSKit's authenticator authorization data is
 * MIT's byte for byte.
 */
class Krb5EtypeNegotiationMitTest {

  private static final int FLAGS = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG
      | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_SEQUENCE_FLAG | Gss.GSS_C_REPLAY_FLAG;
  private static final String TARGET = "host@server.mit.test";

  private static MitInterop fx;
  private static MitGssPeer peer;
  private static Glue glue;

  @BeforeAll
  static void start() throws Exception {
    fx = MitInterop.realm("aes256-cts-hmac-sha1-96", "arcfour-hmac")
        .krb5Conf(MitInterop.WEAK_RC4).withPeer().start();
    fx.realm().kadmin("setstr " + fx.service() + " session_enctypes arcfour-hmac")
        .requireSuccess();
    peer = fx.peer();
    glue = fx.glue();
  }

  @AfterAll
  static void stop() {
    if (fx != null) {
      fx.close();
    }
  }

  /** MIT initiator and acceptor in the peer; returns the enctype both report. */
  private static int mitToMit(String id) {
    MitGssPeer.Reply t1 = peer.require("init", "ctx", id + "i", "name",
        MitGssPeer.utf8(TARGET), "flags", FLAGS);
    MitGssPeer.Reply t2 = peer.require("accept", "ctx", id + "a", "token", t1.bytes("token"));
    assertThat(peer.require("init", "ctx", id + "i", "name", MitGssPeer.utf8(TARGET), "flags",
        FLAGS, "token", t2.bytes("token")).number("complete")).isEqualTo(1);
    int i = mitEnctype(id + "i");
    assertThat(mitEnctype(id + "a")).isEqualTo(i);
    return i;
  }

  private static int mitEnctype(String ctx) {
    MitGssPeer.Reply r = peer.require("session_key", "ctx", ctx);
    return lastArc(r.bytes("enctype_oid"));
  }

  private static int ourEnctype(Glue g, ContextHandle ctx) {
    BufferSet key = new BufferSet();
    MinorStatus minor = new MinorStatus();
    int major = g.contexts.inquireSecContextByOid(minor, ctx, Inquiry.GSS_C_INQ_SSPI_SESSION_KEY,
        key);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return lastArc(key.get(1));
  }

  private static int lastArc(byte[] oidContent) {
    String dotted = Oid.fromContent(oidContent).orElseThrow().toString();
    return Integer.parseInt(dotted.substring(dotted.lastIndexOf('.') + 1));
  }

  @Test
  void mitNegotiatesAes256OverAnRc4TicketAndGsskitAgreesBothWays() throws Exception {
    int mit = mitToMit("base");
    assertThat(mit).as("MIT <-> MIT context key enctype").isEqualTo(18);

    // MIT initiator -> GSSKit acceptor.
    CredHandle acceptor = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    ContextHandle acc = MitInterop.acceptFromMit(glue, acceptor, peer, "m", TARGET, FLAGS, null);
    assertThat(ourEnctype(glue, acc)).isEqualTo(mit);
    assertThat(mitEnctype("m")).isEqualTo(mit);
    exchange(glue, acc, peer, "m", true);

    // GSSKit initiator -> MIT acceptor.
    NameHandle target = Krb5Fixture.name(glue, TARGET, Gss.GSS_C_NT_HOSTBASED_SERVICE);
    ContextHandle.Ref init = new ContextHandle.Ref();
    byte[] apReq = Krb5Fixture.init(glue, init, target, FLAGS, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    MitGssPeer.Reply apRep = peer.require("accept", "ctx", "a", "token", apReq);
    Krb5Fixture.init(glue, init, target, FLAGS, apRep.bytes("token"), GssStatus.GSS_S_COMPLETE);
    assertThat(ourEnctype(glue, init.get())).isEqualTo(mit);
    assertThat(mitEnctype("a")).isEqualTo(mit);
    exchange(glue, init.get(), peer, "a", false);

    // The ticket really has an rc4 session key: the authenticator's AD-IF-RELEVANT (after the
    // ticket's) carries the list [aes256, rc4] from both initiators, byte for byte.
    List<byte[]> mitAd = MitInterop.inquire(peer, "basea", Krb5Inquiry.authzDataOid(1));
    List<byte[]> ourAd = MitInterop.inquire(peer, "a", Krb5Inquiry.authzDataOid(1));
    assertThat(ourAd).hasSameSizeAs(mitAd);
    assertThat(ourAd.get(ourAd.size() - 1)).isEqualTo(mitAd.get(mitAd.size() - 1));
    assertThat(ourAd.get(ourAd.size() - 1)).isEqualTo(
        EtypeNegotiation.apAuthdata(List.of(18, 23), false).entries().get(0).adData());
  }

  @Test
  void gsskitToGsskitUpgradesTheRc4TicketToAnAes256AcceptorSubkey() throws Exception {
    CredHandle acceptor = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    NameHandle target = Krb5Fixture.name(glue, TARGET, Gss.GSS_C_NT_HOSTBASED_SERVICE);
    ContextHandle.Ref init = new ContextHandle.Ref();
    byte[] apReq = Krb5Fixture.init(glue, init, target, FLAGS, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    ContextHandle.Ref acc = new ContextHandle.Ref();
    io.gsskit.raw.Buffer out = new io.gsskit.raw.Buffer();
    MinorStatus minor = new MinorStatus();
    int major = glue.contexts.acceptSecContext(minor, acc, acceptor, apReq, null, null, null,
        out, null, null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Krb5Fixture.init(glue, init, target, FLAGS, out.value(), GssStatus.GSS_S_COMPLETE);
    // the service ticket GSSKit's initiator got and stored has an rc4-hmac session key
    assertThat(io.gsskit.raw.internal.kerberos.ccache.CredentialCaches
        .resolve("FILE:" + fx.ccache()).credentials().stream()
        .filter(c -> !c.isConfigEntry() && c.server().toString().equals(fx.service()))
        .map(c -> c.key().keyType()).toList()).as("ticket session key").contains(23);
    assertThat(ourEnctype(glue, init.get())).isEqualTo(18);
    assertThat(ourEnctype(glue, acc.get())).isEqualTo(18);
    byte[] msg = "rfc 4121 now".getBytes(StandardCharsets.UTF_8);
    byte[] wrapped = Krb5MessagesTest.wrap(glue, acc.get(), true, msg);
    // RFC 4121 §4.2.6.2: TOK_ID 05 04, Flags SentByAcceptor | Sealed | AcceptorSubkey
    assertThat(wrapped[0]).isEqualTo((byte) 0x05);
    assertThat(wrapped[1]).isEqualTo((byte) 0x04);
    assertThat(wrapped[2]).isEqualTo((byte) 0x07);
    assertThat(Krb5MessagesTest.unwrap(glue, init.get(), wrapped, true)).isEqualTo(msg);
    byte[] back = Krb5MessagesTest.wrap(glue, init.get(), false, msg);
    assertThat(back[0]).isEqualTo((byte) 0x05);
    assertThat(back[2]).isEqualTo((byte) 0x04); // AcceptorSubkey only
    assertThat(Krb5MessagesTest.unwrap(glue, acc.get(), back, false)).isEqualTo(msg);
  }

  /** Wrap (sealed and not) and MIC both ways; the first wrap tells the token format. */
  private static void exchange(Glue g, ContextHandle ours, MitGssPeer peer, String theirs,
      boolean oursIsAcceptor) {
    for (boolean conf : new boolean[] {true, false}) {
      for (String text : new String[] {"", "x", "negotiated aes256 over rc4"}) {
        byte[] msg = text.getBytes(StandardCharsets.UTF_8);
        byte[] mitWrap = peer.require("wrap", "ctx", theirs, "msg", msg, "conf", conf ? 1 : 0)
            .bytes("token");
        assertThat(mitWrap[0]).as("MIT's token is RFC 4121").isEqualTo((byte) 0x05);
        assertThat(mitWrap[2] & 0x04).as("AcceptorSubkey").isEqualTo(0x04);
        assertThat(Krb5MessagesTest.unwrap(g, ours, mitWrap, conf)).isEqualTo(msg);
        byte[] ourWrap = Krb5MessagesTest.wrap(g, ours, conf, msg);
        assertThat(ourWrap[0]).isEqualTo((byte) 0x05);
        assertThat(ourWrap[2] & 0x05).isEqualTo(oursIsAcceptor ? 0x05 : 0x04);
        assertThat(peer.require("unwrap", "ctx", theirs, "token", ourWrap).bytes("msg"))
            .isEqualTo(msg);
      }
    }
    byte[] msg = "signed".getBytes(StandardCharsets.UTF_8);
    MinorStatus minor = new MinorStatus();
    assertThat(Krb5MessagesTest.verify(g, ours, msg,
        peer.require("mic", "ctx", theirs, "msg", msg).bytes("token"), minor))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(Krb5MessagesTest.verify(g, ours, "other".getBytes(StandardCharsets.UTF_8),
        peer.require("mic", "ctx", theirs, "msg", msg).bytes("token"), minor))
        .isEqualTo(GssStatus.GSS_S_BAD_SIG);
    peer.require("verify", "ctx", theirs, "msg", msg, "token",
        Krb5MessagesTest.mic(g, ours, msg));
  }
}

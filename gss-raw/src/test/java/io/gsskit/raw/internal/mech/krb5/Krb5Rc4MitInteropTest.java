package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RFC 4757 per-message tokens against MIT krb5 1.20 in a realm whose only enctype is arcfour-hmac
 * ({@code allow_weak_crypto = true}): MIT's initiator to GSSKit's acceptor and GSSKit's initiator
 * to MIT's acceptor, Wrap (sealed and integrity-only) and MIC tokens in both directions, replay
 * detection on MIT's tokens, the token key both sides report, and export/import of an rc4
 * context that then continues with MIT.
 */
class Krb5Rc4MitInteropTest {

  private static final int FLAGS = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG
      | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_SEQUENCE_FLAG | Gss.GSS_C_REPLAY_FLAG;

  @Test
  void rc4ContextsInteroperateBothWays() throws Exception {
    try (MitInterop fx = MitInterop.realm("arcfour-hmac").krb5Conf(MitInterop.WEAK_RC4)
        .withPeer().start()) {
      String alice = fx.alice();
      MitGssPeer peer = fx.peer();
      Glue g = fx.glue();

      // MIT initiator -> GSSKit acceptor.
      CredHandle acceptor = Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT, Map.of());
      ContextHandle acc = MitInterop.acceptFromMit(g, acceptor, peer, "m",
          "host@server.mit.test", FLAGS, null);
      MinorStatus minor = new MinorStatus();
      assertSameRc4Key(g, acc, peer, "m");
      exchange(g, acc, peer, "m");
      // Export (RFC 4757 per-message state, "GK4P" version 2) and import into a fresh glue;
      // the imported context continues the sequence numbers with MIT in both directions.
      ContextHandle.Ref ref = ContextHandle.Ref.of(acc);
      Buffer exported = new Buffer();
      int major = g.contexts.exportSecContext(minor, ref, exported);
      assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
      Glue g2 = fx.glue();
      ContextHandle.Ref imported = new ContextHandle.Ref();
      major = g2.contexts.importSecContext(minor, exported.value(), imported);
      assertThat(major).as(g2.status.describe(major, minor))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
      // The window came along: MIT's MIC that exchange() rejected (BAD_SIG, no state change)
      // used a sequence number, so MIT's next token is a gap.
      byte[] next = peer.require("wrap", "ctx", "m", "msg", MitGssPeer.utf8("after import"))
          .bytes("token");
      Buffer plain = new Buffer();
      assertThat(g2.messages.unwrap(minor, imported.get(), next, plain,
          new io.gsskit.raw.BooleanHolder(), new io.gsskit.raw.IntHolder()))
          .isEqualTo(GssStatus.GSS_S_GAP_TOKEN);
      assertThat(new String(plain.value(), StandardCharsets.UTF_8)).isEqualTo("after import");
      exchange(g2, imported.get(), peer, "m");

      // GSSKit initiator -> MIT acceptor.
      NameHandle target = Krb5Fixture.name(g, "host@server.mit.test",
          Gss.GSS_C_NT_HOSTBASED_SERVICE);
      ContextHandle.Ref init = new ContextHandle.Ref();
      byte[] apReq = Krb5Fixture.init(g, init, target, FLAGS, null,
          GssStatus.GSS_S_CONTINUE_NEEDED);
      MitGssPeer.Reply apRep = peer.require("accept", "ctx", "a", "token", apReq);
      assertThat(apRep.text("initiator")).isEqualTo(alice);
      Krb5Fixture.init(g, init, target, FLAGS, apRep.bytes("token"),
          GssStatus.GSS_S_COMPLETE);
      assertSameRc4Key(g, init.get(), peer, "a");
      exchange(g, init.get(), peer, "a");
    }
  }

  /** Both sides report an arcfour-hmac (23) token key. */
  private static void assertSameRc4Key(Glue g, ContextHandle ours, MitGssPeer peer,
      String theirs) {
    BufferSet key = new BufferSet();
    assertThat(g.contexts.inquireSecContextByOid(new MinorStatus(), ours,
        Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, key)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(io.gsskit.raw.Oid.fromContent(key.get(1)).orElseThrow().toString())
        .endsWith(".23");
    // (The key bytes themselves are not compared: Krb5Mechanism zeroes the array it hands to the
    // BufferSet, which does not copy; the message exchange below proves that the keys agree.)
    MitGssPeer.Reply mitKey = peer.require("session_key", "ctx", theirs);
    assertThat(mitKey.bytes("key")).hasSize(16);
    assertThat(io.gsskit.raw.Oid.fromContent(mitKey.bytes("enctype_oid")).orElseThrow()
        .toString()).endsWith(".23");
  }

  private static void exchange(Glue g, ContextHandle ours, MitGssPeer peer, String theirs) {
    for (boolean conf : new boolean[] {true, false}) {
      for (String text : new String[] {"", "x", "to gsskit over rc4-hmac", "1234567"}) {
        byte[] msg = text.getBytes(StandardCharsets.UTF_8);
        MitGssPeer.Reply w = peer.require("wrap", "ctx", theirs, "msg", msg, "conf",
            conf ? 1 : 0);
        assertThat(w.number("conf")).isEqualTo(conf ? 1 : 0);
        assertThat(Krb5MessagesTest.unwrap(g, ours, w.bytes("token"), conf)).isEqualTo(msg);
        MitGssPeer.Reply u = peer.require("unwrap", "ctx", theirs, "token",
            Krb5MessagesTest.wrap(g, ours, conf, msg));
        assertThat(u.bytes("msg")).isEqualTo(msg);
        assertThat(u.number("conf")).isEqualTo(conf ? 1 : 0);
      }
    }
    byte[] msg = "signed".getBytes(StandardCharsets.UTF_8);
    byte[] mitMic = peer.require("mic", "ctx", theirs, "msg", msg).bytes("token");
    MinorStatus minor = new MinorStatus();
    assertThat(Krb5MessagesTest.verify(g, ours, msg, mitMic, minor))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(Krb5MessagesTest.verify(g, ours, msg, mitMic, minor))
        .isEqualTo(GssStatus.GSS_S_DUPLICATE_TOKEN);
    assertThat(Krb5MessagesTest.verify(g, ours, "other".getBytes(StandardCharsets.UTF_8),
        peer.require("mic", "ctx", theirs, "msg", msg).bytes("token"), minor))
        .isEqualTo(GssStatus.GSS_S_BAD_SIG);
    peer.require("verify", "ctx", theirs, "msg", msg, "token", Krb5MessagesTest.mic(g, ours, msg));
    // MIT rejects our token reflected back as its own (direction) and a replay of ours.
    byte[] ourWrap = Krb5MessagesTest.wrap(g, ours, true, msg);
    assertThat(peer.call("unwrap", "ctx", theirs, "token", ourWrap).ok()).isTrue();
    MitGssPeer.Reply replay = peer.call("unwrap", "ctx", theirs, "token", ourWrap);
    assertThat(replay.ok()).isFalse();
    // GSS_S_DUPLICATE_TOKEN is a supplementary bit: python-gssapi raises it as an error.
    assertThat(replay.major() & GssStatus.GSS_S_DUPLICATE_TOKEN).isNotZero();
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The {@link MitGssPeer} fixture against a real MIT realm: MIT's library talking to itself
 * through the peer, and an MIT initiator authenticating to GSSKit's acceptor with messages both
 * ways (the pattern the DCE_STYLE, IOV and inquiry interop tests build on).
 */
class Krb5MitPeerTest {

  private static final int FLAGS = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG
      | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_SEQUENCE_FLAG | Gss.GSS_C_REPLAY_FLAG;

  @Test
  void mitInitiatorToGsskitAcceptorAndBack() throws Exception {
    try (MitInterop fx = MitInterop.realm("aes256-cts-hmac-sha384-192").withPeer().start()) {
      String alice = fx.alice();
      MitGssPeer peer = fx.peer();
      // MIT to MIT, both contexts in the peer.
      MitGssPeer.Reply apReq = peer.require("init", "ctx", "i", "name",
          MitGssPeer.utf8("host@server.mit.test"), "flags", FLAGS);
      assertThat(apReq.number("complete")).isZero();
      MitGssPeer.Reply apRep = peer.require("accept", "ctx", "a", "token",
          apReq.bytes("token"));
      assertThat(apRep.text("initiator")).isEqualTo(alice);
      peer.require("init", "ctx", "i", "name", MitGssPeer.utf8("host@server.mit.test"),
          "flags", FLAGS, "token", apRep.bytes("token"));
      byte[] sealed = peer.require("wrap", "ctx", "i", "msg", MitGssPeer.utf8("hi"))
          .bytes("token");
      assertThat(peer.require("unwrap", "ctx", "a", "token", sealed).text("msg"))
          .isEqualTo("hi");
      assertThat(peer.call("unwrap", "ctx", "a", "token", sealed).ok()).isFalse();

      // MIT initiator to GSSKit's acceptor.
      Glue g = fx.glue();
      CredHandle acceptor = Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT, Map.of());
      ContextHandle ctx = MitInterop.acceptFromMit(g, acceptor, peer, "j",
          "host@server.mit.test", FLAGS, null);
      MinorStatus minor = new MinorStatus();
      io.gsskit.raw.BufferSet key = new io.gsskit.raw.BufferSet();
      assertThat(g.contexts.inquireSecContextByOid(minor, ctx,
          io.gsskit.raw.ext.Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, key))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
      assertThat(key.get(0)).as("the same session key as MIT's").hasSize(32)
          .isEqualTo(peer.require("session_key", "ctx", "j").bytes("key"));
      byte[] fromMit = peer.require("wrap", "ctx", "j", "msg", MitGssPeer.utf8("to gsskit"))
          .bytes("token");
      assertThat(new String(Krb5MessagesTest.unwrap(g, ctx, fromMit, true),
          java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("to gsskit");
      byte[] toMit = Krb5MessagesTest.wrap(g, ctx, true, MitGssPeer.utf8("to mit"));
      assertThat(peer.require("unwrap", "ctx", "j", "token", toMit).text("msg"))
          .isEqualTo("to mit");
    }
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.testsupport.MitGssPeer;
import io.gsskit.raw.testsupport.MitRealm;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
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
    try (MitRealm mit = MitRealm.start("MIT.TEST", List.of("aes256-cts-hmac-sha384-192"))) {
      String alice = mit.addPrincipal("alice", "alice-pw");
      String service = mit.addRandKeyPrincipal("host/server.mit.test");
      Path keytab = mit.workDir().resolve("host.keytab");
      mit.ktadd(keytab, service, "aes256-cts-hmac-sha384-192");
      Path ccache = mit.workDir().resolve("alice.ccache");
      mit.kinitPassword(alice, "alice-pw", "FILE:" + ccache);
      Map<String, String> env = new HashMap<>(mit.environment());
      env.put("KRB5CCNAME", "FILE:" + ccache);
      env.put("KRB5_KTNAME", "FILE:" + keytab);
      // MIT's replay cache (file2 under KRB5RCACHEDIR) for the peer, GSSKit's in memory.
      try (MitGssPeer peer = MitGssPeer.start(env)) {
        env.put("KRB5RCACHETYPE", "memory");
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
        Glue g = Krb5Fixture.glue(new Krb5Settings(Environment.of(env, 1000, 1000, "tester"),
            Clock.systemUTC(), new SecureRandom(), Krb5Config.load(List.of(mit.krb5Conf()))));
        CredHandle acceptor = Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT, Map.of());
        MitGssPeer.Reply token = peer.require("init", "ctx", "j", "name",
            MitGssPeer.utf8("host@server.mit.test"), "flags", FLAGS);
        MinorStatus minor = new MinorStatus();
        ContextHandle.Ref ctx = new ContextHandle.Ref();
        Buffer out = new Buffer();
        int major = g.contexts.acceptSecContext(minor, ctx, acceptor, token.bytes("token"), null,
            null, null, out, null, null, null);
        assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
        assertThat(peer.require("init", "ctx", "j", "name",
            MitGssPeer.utf8("host@server.mit.test"), "flags", FLAGS, "token", out.value())
            .number("complete")).isEqualTo(1);
        io.gsskit.raw.BufferSet key = new io.gsskit.raw.BufferSet();
        assertThat(g.contexts.inquireSecContextByOid(minor, ctx.get(),
            io.gsskit.raw.ext.Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, key))
            .isEqualTo(GssStatus.GSS_S_COMPLETE);
        assertThat(key.get(0)).as("the same session key as MIT's").hasSize(32)
            .isEqualTo(peer.require("session_key", "ctx", "j").bytes("key"));
        byte[] fromMit = peer.require("wrap", "ctx", "j", "msg", MitGssPeer.utf8("to gsskit"))
            .bytes("token");
        assertThat(new String(Krb5MessagesTest.unwrap(g, ctx.get(), fromMit, true),
            java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("to gsskit");
        byte[] toMit = Krb5MessagesTest.wrap(g, ctx.get(), true, MitGssPeer.utf8("to mit"));
        assertThat(peer.require("unwrap", "ctx", "j", "token", toMit).text("msg"))
            .isEqualTo("to mit");
      }
    }
  }
}

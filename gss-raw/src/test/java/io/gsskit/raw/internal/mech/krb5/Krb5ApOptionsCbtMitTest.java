package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.ext.Krb5Inquiry;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KERB_AP_OPTIONS_CBT against MIT krb5 1.20 ({@link MitGssPeer}, a real MIT KDC): with and
 * without {@code client_aware_channel_bindings}, every combination of initiator and acceptor
 * channel bindings gives the same acceptor result whether the initiator is MIT or GSSKit and the
 * acceptor MIT or GSSKit (MIT's {@code t_bindings.py} matrix), and GSSKit's initiator sends the
 * element byte for byte as MIT's does.
 */
class Krb5ApOptionsCbtMitTest {

  private static final String ENCTYPE = "aes256-cts-hmac-sha1-96";
  private static final String TARGET = "host@server.mit.test";
  private static final byte[] CB = MitGssPeer.utf8("tls-server-end-point:cbt");
  private static final byte[] OTHER = MitGssPeer.utf8("tls-server-end-point:other");
  private static final int FLAGS = Gss.GSS_C_MUTUAL_FLAG;

  static MitInterop fx;
  static List<Path> aware;

  @BeforeAll
  static void start() throws Exception {
    fx = MitInterop.realm(ENCTYPE).serviceTicket().start();
    aware = fx.profileWith("[libdefaults]\n client_aware_channel_bindings = true\n");
  }

  @AfterAll
  static void stop() {
    if (fx != null) {
      fx.close();
    }
  }

  private static Map<String, String> peerEnv(boolean clientAware) {
    return clientAware ? fx.peerEnv(aware) : fx.peerEnv();
  }

  private static Glue glue(boolean clientAware) throws Exception {
    return clientAware ? Krb5Fixture.glue(MitInterop.settings(fx.peerEnv(), aware)) : fx.glue();
  }

  private static Object[] args(Object... kv) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        out.add(kv[i]);
        out.add(kv[i + 1]);
      }
    }
    return out.toArray();
  }

  private static ChannelBindings cb(byte[] data) {
    return data == null ? null : ChannelBindings.ofApplicationData(data);
  }

  /** An AP-REQ token from MIT's initiator. */
  private static byte[] mitInit(MitGssPeer peer, String ctx, byte[] initiatorCb) {
    return peer.require("init", args("ctx", ctx, "name", MitGssPeer.utf8(TARGET), "flags", FLAGS,
        "cb", initiatorCb)).bytes("token");
  }

  /** An AP-REQ token from GSSKit's initiator. */
  private static byte[] gsskitInit(Glue g, byte[] initiatorCb) {
    NameHandle target = Krb5Fixture.name(g, TARGET, Gss.GSS_C_NT_HOSTBASED_SERVICE);
    MinorStatus minor = new MinorStatus();
    Buffer tok = new Buffer();
    int major = g.contexts.initSecContext(minor, null, new ContextHandle.Ref(), target,
        Gss.GSS_MECH_KRB5, FLAGS, 0, cb(initiatorCb), null, null, tok, null, null);
    assertThat(major).as(g.status.describe(major, minor))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    return tok.value();
  }

  /** MIT's acceptor's verdict: "complete", "complete+bound" or the routine error. */
  private static String mitAccept(MitGssPeer peer, String ctx, byte[] token, byte[] acceptorCb) {
    MitGssPeer.Reply r = peer.call("accept", args("ctx", ctx, "token", token, "cb", acceptorCb));
    if (!r.ok()) {
      return "major " + GssStatus.routineError((int) r.major());
    }
    return (r.number("flags") & Gss.GSS_C_CHANNEL_BOUND_FLAG) != 0 ? "complete+bound"
        : "complete";
  }

  private static String gsskitAccept(Glue g, CredHandle acc, byte[] token, byte[] acceptorCb) {
    MinorStatus minor = new MinorStatus();
    IntHolder flags = new IntHolder();
    int major = g.contexts.acceptSecContext(minor, new ContextHandle.Ref(), acc, token,
        cb(acceptorCb), null, null, new Buffer(), flags, null, null);
    if (major != GssStatus.GSS_S_COMPLETE) {
      return "major " + GssStatus.routineError(major);
    }
    return (flags.get() & Gss.GSS_C_CHANNEL_BOUND_FLAG) != 0 ? "complete+bound" : "complete";
  }

  @Test
  void everyInitiatorAndAcceptorPairGivesMitsVerdicts() throws Exception {
    byte[][] initiatorCbs = {null, CB};
    byte[][] acceptorCbs = {null, CB, OTHER};
    for (boolean clientAware : new boolean[] {false, true}) {
      Glue g = glue(clientAware);
      CredHandle acc = Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT, Map.of());
      try (MitGssPeer initiator = MitGssPeer.start(peerEnv(clientAware));
          MitGssPeer acceptor = MitGssPeer.start(peerEnv(false))) {
        Map<String, String> mitToMit = new LinkedHashMap<>();
        Map<String, String> mitToGsskit = new LinkedHashMap<>();
        Map<String, String> gsskitToMit = new LinkedHashMap<>();
        Map<String, String> gsskitToGsskit = new LinkedHashMap<>();
        int n = 0;
        for (byte[] icb : initiatorCbs) {
          for (byte[] acb : acceptorCbs) {
            String key = "initiator " + (icb == null ? "-" : "a") + ", acceptor "
                + (acb == null ? "-" : acb == CB ? "a" : "x");
            n++;
            mitToMit.put(key, mitAccept(acceptor, "mm" + n, mitInit(initiator, "i" + n, icb),
                acb));
            mitToGsskit.put(key, gsskitAccept(g, acc, mitInit(initiator, "j" + n, icb), acb));
            gsskitToMit.put(key, mitAccept(acceptor, "gm" + n, gsskitInit(g, icb), acb));
            gsskitToGsskit.put(key, gsskitAccept(g, acc, gsskitInit(g, icb), acb));
          }
        }
        String what = "client_aware_channel_bindings " + clientAware;
        String bad = "major " + GssStatus.GSS_S_BAD_BINDINGS;
        // MIT's t_bindings.py: a mismatch always fails; a missing initiator hash only when the
        // client promised bindings.
        assertThat(mitToMit.get("initiator a, acceptor x")).as(what).isEqualTo(bad);
        assertThat(mitToMit.get("initiator a, acceptor a")).as(what).isEqualTo("complete+bound");
        assertThat(mitToMit.get("initiator -, acceptor a")).as(what)
            .isEqualTo(clientAware ? bad : "complete");
        assertThat(mitToGsskit).as(what + ": MIT initiator, GSSKit acceptor").isEqualTo(mitToMit);
        assertThat(gsskitToMit).as(what + ": GSSKit initiator, MIT acceptor").isEqualTo(mitToMit);
        assertThat(gsskitToGsskit).as(what + ": GSSKit both").isEqualTo(mitToMit);
      }
    }
  }

  @Test
  void gsskitsElementIsMitsByteForByte() throws Exception {
    Glue g = glue(true);
    try (MitGssPeer initiator = MitGssPeer.start(peerEnv(true));
        MitGssPeer acceptor = MitGssPeer.start(peerEnv(false))) {
      acceptor.require("accept", "ctx", "fromMit", "token", mitInit(initiator, "i", CB),
          "cb", CB);
      acceptor.require("accept", "ctx", "fromGsskit", "token", gsskitInit(g, CB), "cb", CB);
      List<byte[]> mitAd = MitInterop.inquire(acceptor, "fromMit", Krb5Inquiry.authzDataOid(1));
      List<byte[]> ourAd = MitInterop.inquire(acceptor, "fromGsskit",
          Krb5Inquiry.authzDataOid(1));
      // the ticket's AD-IF-RELEVANT (MIT's PAC), then the authenticator's (KERB_AP_OPTIONS_CBT)
      assertThat(mitAd).hasSize(2);
      assertThat(ourAd).hasSize(2);
      assertThat(ourAd.get(1)).isEqualTo(mitAd.get(1));
      assertThat(ourAd.get(1)).isEqualTo(EtypeNegotiation.apAuthdata(null, true).entries()
          .get(0).adData());
    }
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.assertMitUnwrapsIov;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.bufs;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.data;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.dataCount;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.framed;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.iov;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.message;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.parse;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.streamLayout;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.tamperedSignOnly;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.token;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.mech.krb5.MitIovBuffers.Buf;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IOV and AEAD wrap tokens with SIGN_ONLY (associated) data against MIT krb5's own
 * libgssapi_krb5 ({@link MitGssPeer}), the judge of the wire format: MIT {@code gss_wrap_iov}
 * → GSSKit {@code unwrapIov} (separate buffers and STREAM) and GSSKit {@code wrapIov} → MIT
 * {@code gss_unwrap_iov} (separate buffers and STREAM), with SIGN_ONLY before, after and between
 * DATA buffers, empty buffers, confidentiality on and off, with and without a TRAILER buffer;
 * plus {@code gss_wrap_aead}/{@code gss_unwrap_aead} both ways; and tampered SIGN_ONLY data
 * rejected by both sides.
 *
 * <p>One MIT realm serves all six enctypes: each service principal has a key of one enctype
 * only and the client's enctype list puts aes256-cts-hmac-sha1-96 (which MIT's KDC assumes every
 * service supports) last, so the session key — and with it the subkeys that protect the
 * tokens — is of the service's enctype; the test checks that through the SSPI session-key inquiry.
 */
class Krb5MitIovTest {

  /** Client preference order; see the class doc. */
  private static final List<String> ENCTYPES = List.of("camellia256-cts-cmac",
      "aes256-cts-hmac-sha384-192", "aes128-cts-hmac-sha256-128", "camellia128-cts-cmac",
      "aes128-cts-hmac-sha1-96", "aes256-cts-hmac-sha1-96");
  private static final Map<String, Integer> NUMBERS = Map.of("camellia256-cts-cmac", 26,
      "aes256-cts-hmac-sha384-192", 20, "aes128-cts-hmac-sha256-128", 19,
      "camellia128-cts-cmac", 25, "aes128-cts-hmac-sha1-96", 17, "aes256-cts-hmac-sha1-96", 18);
  private static final int FLAGS = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG
      | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_REPLAY_FLAG;
  /**
   * Layouts: D = DATA, S = SIGN_ONLY, lower case = empty. Without any DATA buffer MIT (and
   * GSSKit) do not encrypt.
   */
  private static final List<String> LAYOUTS = List.of("SD", "DS", "SDS", "DSD", "SDSDS", "D",
      "sD", "Ds", "dS", "SdS", "DDS", "sdS", "S", "SS", "d");
  private static final long SEED = Long.getLong("gsskit.seed", 4121L);

  private static MitInterop fx;
  private static MitGssPeer peer;
  private static Glue glue;
  private static CredHandle acceptor;

  static List<String> enctypes() {
    return ENCTYPES;
  }

  @BeforeAll
  static void start() throws Exception {
    MitInterop.Builder b = MitInterop.realm(ENCTYPES);
    for (String e : ENCTYPES) {
      b.service("host/" + host(e), e);
    }
    fx = b.withPeer().start();
    peer = fx.peer();
    glue = fx.glue();
    acceptor = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
  }

  @AfterAll
  static void stop() {
    if (fx != null) {
      fx.close();
    }
  }

  private static String host(String enctype) {
    return "e" + NUMBERS.get(enctype) + ".mit.test";
  }

  /** MIT initiator (peer context {@code id}) to GSSKit's acceptor; returns GSSKit's context. */
  private static ContextHandle establish(String id, String enctype) {
    // MIT's initiator offers only the service's enctype (gss_krb5_set_allowable_enctypes), so no
    // RFC 4537 negotiation moves the context to another enctype: each case covers its own.
    String cred = "only-" + id;
    peer.require("acquire", "cred", cred, "usage", "initiate");
    peer.require("allowable", "cred", cred, "enctypes", NUMBERS.get(enctype));
    ContextHandle ctx = MitInterop.acceptFromMit(glue, acceptor, peer, id,
        "host@" + host(enctype), FLAGS, null, cred);
    MinorStatus minor = new MinorStatus();
    BufferSet key = new BufferSet();
    int major = glue.contexts.inquireSecContextByOid(minor, ctx,
        Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, key);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    byte[] oid = key.get(1);
    byte[] mitOid = peer.require("session_key", "ctx", id).bytes("enctype_oid");
    assertThat(oid[oid.length - 1]).as("token key enctype, as MIT's").isEqualTo(
        mitOid[mitOid.length - 1]);
    assertThat((int) oid[oid.length - 1]).as("token key enctype").isEqualTo(
        NUMBERS.get(enctype));
    return ctx;
  }

  private static int unwrapIov(ContextHandle ctx, IovBuffer[] iov, BooleanHolder cs) {
    MinorStatus minor = new MinorStatus();
    return glue.messages.unwrapIov(minor, ctx, cs, new IntHolder(), iov);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enctypes")
  void mitWrapIovToGsskitUnwrapIov(String enctype) {
    String id = "m2g-" + enctype;
    ContextHandle ctx = establish(id, enctype);
    Random r = new Random(SEED + enctype.hashCode());
    for (String layout : LAYOUTS) {
      for (boolean conf : new boolean[] {true, false}) {
        for (boolean trailer : new boolean[] {true, false}) {
          String what = enctype + " " + layout + " conf " + conf + " trailer " + trailer;
          List<Buf> msg = message(layout, r, 40);
          boolean sealed = conf && dataCount(msg) > 0;
          MitGssPeer.Reply w = peer.require("wrap_iov", "ctx", id, "conf", conf ? 1 : 0, "bufs",
              bufs(framed(msg, trailer, trailer)));
          assertThat(w.number("conf")).as(what).isEqualTo(sealed ? 1 : 0);
          List<Buf> wrapped = parse(w.fields().get("bufs"));
          // tampered SIGN_ONLY: BAD_SIG, DATA untouched, and the token still unwraps afterwards
          List<Buf> bad = tamperedSignOnly(wrapped);
          if (bad != null) {
            IovBuffer[] iov = iov(bad);
            assertThat(unwrapIov(ctx, iov, new BooleanHolder())).as(what)
                .isEqualTo(GssStatus.GSS_S_BAD_SIG);
            assertThat(data(values(iov))).as(what).isEqualTo(data(wrapped));
          }
          IovBuffer[] iov = iov(wrapped);
          BooleanHolder cs = new BooleanHolder();
          assertThat(unwrapIov(ctx, iov, cs)).as(what).isEqualTo(GssStatus.GSS_S_COMPLETE);
          assertThat(cs.get()).as(what).isEqualTo(sealed);
          assertThat(data(values(iov))).as(what).isEqualTo(data(msg));
          if (dataCount(msg) == 1) {
            // the same layout as one STREAM: a second MIT token (replay detection is on)
            List<Buf> again = parse(peer.require("wrap_iov", "ctx", id, "conf", conf ? 1 : 0,
                "bufs", bufs(framed(msg, trailer, trailer))).fields().get("bufs"));
            IovBuffer[] s = iov(streamLayout(msg, token(again), false));
            assertThat(unwrapIov(ctx, s, cs)).as(what + " stream")
                .isEqualTo(GssStatus.GSS_S_COMPLETE);
            assertThat(data(values(s))).as(what + " stream").isEqualTo(data(msg));
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enctypes")
  void gsskitWrapIovToMitUnwrapIov(String enctype) {
    String id = "g2m-" + enctype;
    ContextHandle ctx = establish(id, enctype);
    Random r = new Random(SEED + 1 + enctype.hashCode());
    for (String layout : LAYOUTS) {
      for (boolean conf : new boolean[] {true, false}) {
        for (boolean trailer : new boolean[] {true, false}) {
          String what = enctype + " " + layout + " conf " + conf + " trailer " + trailer;
          List<Buf> msg = message(layout, r, 40);
          IovBuffer[] iov = iov(framed(msg, trailer, trailer));
          MinorStatus minor = new MinorStatus();
          BooleanHolder cs = new BooleanHolder();
          int major = glue.messages.wrapIov(minor, ctx, conf, 0, cs, iov);
          assertThat(major).as(what + ": " + glue.status.describe(major, minor))
              .isEqualTo(GssStatus.GSS_S_COMPLETE);
          boolean sealed = conf && dataCount(msg) > 0;
          assertThat(cs.get()).as(what).isEqualTo(sealed);
          List<Buf> wrapped = values(iov);
          assertMitUnwrapsIov(peer, id, wrapped, sealed, data(msg), what);
          if (dataCount(msg) == 1) {
            IovBuffer[] again = iov(framed(msg, trailer, trailer));
            assertThat(glue.messages.wrapIov(minor, ctx, conf, 0, cs, again)).as(what)
                .isEqualTo(GssStatus.GSS_S_COMPLETE);
            MitGssPeer.Reply s = peer.require("unwrap_iov", "ctx", id, "bufs",
                bufs(streamLayout(msg, token(values(again)), true)));
            List<Buf> got = parse(s.fields().get("bufs"));
            assertThat(data(got)).as(what + " stream").isEqualTo(data(msg));
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enctypes")
  void aeadBothWays(String enctype) {
    String id = "aead-" + enctype;
    ContextHandle ctx = establish(id, enctype);
    Random r = new Random(SEED + 2 + enctype.hashCode());
    for (int assocLen : new int[] {-1, 0, 1, 16, 100}) {
      for (boolean conf : new boolean[] {true, false}) {
        String what = enctype + " assoc " + assocLen + " conf " + conf;
        byte[] msg = new byte[r.nextInt(200)];
        r.nextBytes(msg);
        byte[] assoc = assocLen < 0 ? null : new byte[assocLen];
        if (assoc != null) {
          r.nextBytes(assoc);
        }
        // MIT -> GSSKit
        List<Object> args = new ArrayList<>(List.of("ctx", id, "msg", msg, "conf", conf ? 1 : 0));
        if (assoc != null) {
          args.addAll(List.of("assoc", assoc));
        }
        MitGssPeer.Reply w = peer.require("wrap_aead", args.toArray());
        assertThat(w.number("conf")).as(what).isEqualTo(conf ? 1 : 0);
        MinorStatus minor = new MinorStatus();
        Buffer out = new Buffer();
        BooleanHolder cs = new BooleanHolder();
        if (assoc != null && assoc.length > 0) {
          byte[] wrong = assoc.clone();
          wrong[0] ^= 1;
          assertThat(glue.messages.unwrapAead(minor, ctx, w.bytes("token"), wrong, out, cs, null))
              .as(what).isEqualTo(GssStatus.GSS_S_BAD_SIG);
        }
        int major = glue.messages.unwrapAead(minor, ctx, w.bytes("token"), assoc, out, cs, null);
        assertThat(major).as(what + ": " + glue.status.describe(major, minor))
            .isEqualTo(GssStatus.GSS_S_COMPLETE);
        assertThat(out.value()).as(what).isEqualTo(msg);
        assertThat(cs.get()).as(what).isEqualTo(conf);
        // GSSKit -> MIT
        Buffer tok = new Buffer();
        major = glue.messages.wrapAead(minor, ctx, conf, 0, assoc, msg, cs, tok);
        assertThat(major).as(what + ": " + glue.status.describe(major, minor))
            .isEqualTo(GssStatus.GSS_S_COMPLETE);
        List<Object> uargs = new ArrayList<>(List.of("ctx", id, "token", tok.value()));
        if (assoc != null && assoc.length > 0) {
          byte[] wrong = assoc.clone();
          wrong[assoc.length - 1] ^= (byte) 0x80;
          List<Object> bad = new ArrayList<>(uargs);
          bad.addAll(List.of("assoc", wrong));
          MitGssPeer.Reply no = peer.call("unwrap_aead", bad.toArray());
          assertThat(no.ok()).as(what + ": " + no).isFalse();
          assertThat(no.major()).as(what + ": " + no).isEqualTo(GssStatus.GSS_S_BAD_SIG);
        }
        if (assoc != null) {
          uargs.addAll(List.of("assoc", assoc));
        }
        MitGssPeer.Reply u = peer.require("unwrap_aead", uargs.toArray());
        assertThat(u.bytes("msg")).as(what).isEqualTo(msg);
        assertThat(u.number("conf")).as(what).isEqualTo(conf ? 1 : 0);
      }
    }
  }
}

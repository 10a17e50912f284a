package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_DATA;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_HEADER;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_MIC_TOKEN;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY;
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
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.mech.krb5.MitIovBuffers.Buf;
import io.gsskit.raw.internal.mech.krb5.token.Rfc4757Protector;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 4757 (rc4-hmac) IOV, AEAD and MIC-IOV tokens against MIT krb5 1.20's libgssapi_krb5
 * ({@link MitGssPeer}) in a realm whose only enctype is arcfour-hmac: MIT {@code gss_wrap_iov} →
 * GSSKit {@code unwrapIov} (separate buffers and STREAM) and back, SIGN_ONLY before, between and
 * after DATA, with and without TRAILER, confidentiality on and off, tampered SIGN_ONLY rejected by
 * both; {@code gss_wrap_iov_length} compared with MIT's; AEAD and MIC IOV both ways; and
 * DCE-style rc4 contexts (three legs, acceptor subkey of rc4) both ways with DCE/RPC's IOV
 * layouts (no padding, framing over the header only).
 */
class Krb5Rc4MitIovTest {

  private static final int FLAGS = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG
      | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_REPLAY_FLAG;
  private static final int DCE_FLAGS = FLAGS | Gss.GSS_C_DCE_STYLE | Gss.GSS_C_SEQUENCE_FLAG;
  private static final String HOST = "server.mit.test";
  /** D DATA, S SIGN_ONLY, lower case empty. */
  private static final List<String> LAYOUTS = List.of("D", "SD", "DS", "SDS", "DSD", "sD",
      "dS", "S", "d", "DDS");
  private static final long SEED = Long.getLong("gsskit.seed", 4757L);

  private static MitInterop fx;
  private static MitGssPeer peer;
  private static Krb5Mechanism mech;
  private static MechName target;
  private static MechCred acceptorCred;

  @BeforeAll
  static void start() throws Exception {
    fx = MitInterop.realm("arcfour-hmac").krb5Conf(MitInterop.WEAK_RC4).withPeer().start();
    peer = fx.peer();
    mech = fx.mechanism();
    target = MitInterop.hostName(mech, "host@" + HOST);
    acceptorCred = MitInterop.acceptorCred(mech);
  }

  @AfterAll
  static void stop() {
    if (fx != null) {
      fx.close();
    }
  }

  private static void ok(int major, MinorStatus minor) {
    assertThat(major).as(Krb5Minor.describe(minor.value())).isEqualTo(GssStatus.GSS_S_COMPLETE);
  }

  private static Rfc4757Protector rc4(MechContext g) {
    return (Rfc4757Protector) ((Krb5Context) g).protector();
  }

  /** MIT initiator (peer context {@code id}) → GSSKit acceptor, two or three legs. */
  private static MechContext fromMit(String id, int flags) {
    byte[] name = MitGssPeer.utf8("host@" + HOST);
    MitGssPeer.Reply r = peer.require("init", "ctx", id, "name", name, "flags", flags);
    Holder<MechContext> acc = new Holder<>();
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    int major = mech.acceptSecContext(minor, acc, acceptorCred, r.bytes("token"), null,
        new Holder<>(), new OidHolder(), out, new IntHolder(), new IntHolder(), new Holder<>());
    boolean dce = (flags & Gss.GSS_C_DCE_STYLE) != 0;
    assertThat(major).as(Krb5Minor.describe(minor.value()))
        .isEqualTo(dce ? GssStatus.GSS_S_CONTINUE_NEEDED : GssStatus.GSS_S_COMPLETE);
    r = peer.require("init", "ctx", id, "name", name, "flags", flags, "token", out.value());
    assertThat(r.number("complete")).isEqualTo(1);
    if (dce) {
      major = mech.acceptSecContext(minor, acc, acceptorCred, r.bytes("token"), null,
          new Holder<>(), new OidHolder(), new Buffer(), new IntHolder(), new IntHolder(),
          new Holder<>());
      ok(major, minor);
    }
    assertThat(rc4(acc.get()).dceStyle()).isEqualTo(dce);
    return acc.get();
  }

  /** GSSKit initiator → MIT acceptor (peer context {@code id}), two or three legs. */
  private static MechContext toMit(String id, int flags) {
    Holder<MechContext> ini = new Holder<>();
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    int major = mech.initSecContext(minor, null, ini, target, Gss.GSS_MECH_KRB5, flags, 0, null,
        null, new OidHolder(), out, new IntHolder(), new IntHolder());
    assertThat(major).isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    MitGssPeer.Reply r = peer.require("accept", "ctx", id, "token", out.value());
    boolean dce = (flags & Gss.GSS_C_DCE_STYLE) != 0;
    out = new Buffer();
    major = mech.initSecContext(minor, null, ini, target, Gss.GSS_MECH_KRB5, flags, 0, null,
        r.bytes("token"), new OidHolder(), out, new IntHolder(), new IntHolder());
    ok(major, minor);
    if (dce) {
      assertThat(peer.require("accept", "ctx", id, "token", out.value()).number("complete"))
          .isEqualTo(1);
    }
    assertThat(rc4(ini.get()).dceStyle()).isEqualTo(dce);
    return ini.get();
  }

  @Test
  void mitWrapIovToGsskitUnwrapIov() {
    String id = "m2g";
    MechContext ctx = fromMit(id, FLAGS);
    Random r = new Random(SEED);
    MinorStatus minor = new MinorStatus();
    for (String layout : LAYOUTS) {
      for (boolean conf : new boolean[] {true, false}) {
        for (boolean trailer : new boolean[] {true, false}) {
          String what = "seed " + SEED + " " + layout + " conf " + conf + " trailer " + trailer;
          List<Buf> msg = message(layout, r, 150);
          boolean sealed = conf && dataCount(msg) > 0;
          MitGssPeer.Reply w = peer.require("wrap_iov", "ctx", id, "conf", conf ? 1 : 0, "bufs",
              bufs(framed(msg, true, trailer)));
          assertThat(w.number("conf")).as(what).isEqualTo(sealed ? 1 : 0);
          List<Buf> wrapped = parse(w.fields().get("bufs"));
          // MIT's HEADER has the length GSSKit's wrap_iov_length gives; PADDING is 1, TRAILER 0.
          IovBuffer[] lens = iov(framed(msg, true, trailer));
          ok(mech.wrapIovLength(minor, ctx, conf, 0, new BooleanHolder(), lens), minor);
          for (int i = 0; i < lens.length; i++) {
            assertThat(lens[i].length()).as(what + " buffer " + i)
                .isEqualTo(wrapped.get(i).value().length);
          }
          List<Buf> bad = tamperedSignOnly(wrapped);
          if (bad != null) {
            IovBuffer[] iov = iov(bad);
            assertThat(mech.unwrapIov(minor, ctx, new BooleanHolder(), new IntHolder(), iov))
                .as(what).isEqualTo(GssStatus.GSS_S_BAD_SIG);
            assertThat(data(values(iov))).as(what).isEqualTo(data(wrapped));
          }
          IovBuffer[] iov = iov(wrapped);
          BooleanHolder cs = new BooleanHolder();
          ok(mech.unwrapIov(minor, ctx, cs, new IntHolder(), iov), minor);
          assertThat(cs.get()).as(what).isEqualTo(sealed);
          assertThat(data(values(iov))).as(what).isEqualTo(data(msg));
          // The token is a gss_wrap token when there is no SIGN_ONLY.
          if (msg.stream().noneMatch(b -> b.type() == GSS_IOV_BUFFER_TYPE_SIGN_ONLY)) {
            byte[] again = token(parse(peer.require("wrap_iov", "ctx", id, "conf", conf ? 1 : 0,
                "bufs", bufs(framed(msg, true, trailer))).fields().get("bufs")));
            Buffer plain = new Buffer();
            ok(mech.unwrap(minor, ctx, again, plain, cs, new IntHolder()), minor);
            assertThat(plain.value()).as(what).isEqualTo(data(msg));
          }
          if (dataCount(msg) == 1) {
            List<Buf> again = parse(peer.require("wrap_iov", "ctx", id, "conf", conf ? 1 : 0,
                "bufs", bufs(framed(msg, true, trailer))).fields().get("bufs"));
            IovBuffer[] s = iov(streamLayout(msg, token(again), false));
            ok(mech.unwrapIov(minor, ctx, cs, new IntHolder(), s), minor);
            assertThat(data(values(s))).as(what + " stream").isEqualTo(data(msg));
          }
        }
      }
    }
  }

  @Test
  void gsskitWrapIovToMitUnwrapIov() {
    String id = "g2m";
    MechContext ctx = toMit(id, FLAGS);
    Random r = new Random(SEED + 1);
    MinorStatus minor = new MinorStatus();
    for (String layout : LAYOUTS) {
      for (boolean conf : new boolean[] {true, false}) {
        for (boolean trailer : new boolean[] {true, false}) {
          String what = "seed " + (SEED + 1) + " " + layout + " conf " + conf + " trailer "
              + trailer;
          List<Buf> msg = message(layout, r, 150);
          IovBuffer[] iov = iov(framed(msg, true, trailer));
          BooleanHolder cs = new BooleanHolder();
          ok(mech.wrapIov(minor, ctx, conf, 0, cs, iov), minor);
          boolean sealed = conf && dataCount(msg) > 0;
          assertThat(cs.get()).as(what).isEqualTo(sealed);
          List<Buf> wrapped = values(iov);
          assertMitUnwrapsIov(peer, id, wrapped, sealed, data(msg), what);
          if (dataCount(msg) == 1) {
            IovBuffer[] again = iov(framed(msg, true, trailer));
            ok(mech.wrapIov(minor, ctx, conf, 0, cs, again), minor);
            MitGssPeer.Reply s = peer.require("unwrap_iov", "ctx", id, "bufs",
                bufs(streamLayout(msg, token(values(again)), true)));
            assertThat(data(parse(s.fields().get("bufs")))).as(what + " stream")
                .isEqualTo(data(msg));
            // and MIT's gss_unwrap reads our IOV token when there is no SIGN_ONLY
            if (msg.size() == 1) {
              IovBuffer[] third = iov(framed(msg, true, trailer));
              ok(mech.wrapIov(minor, ctx, conf, 0, cs, third), minor);
              assertThat(peer.require("unwrap", "ctx", id, "token", token(values(third)))
                  .bytes("msg")).as(what).isEqualTo(data(msg));
            }
          }
        }
      }
    }
  }

  @Test
  void aeadAndMicIovBothWays() {
    MechContext m2g = fromMit("aead-m", FLAGS);
    MechContext g2m = toMit("aead-g", FLAGS);
    Random r = new Random(SEED + 2);
    MinorStatus minor = new MinorStatus();
    for (int assocLen : new int[] {-1, 0, 1, 16, 100}) {
      for (boolean conf : new boolean[] {true, false}) {
        String what = "seed " + (SEED + 2) + " assoc " + assocLen + " conf " + conf;
        byte[] msg = new byte[r.nextInt(200)];
        r.nextBytes(msg);
        byte[] assoc = assocLen < 0 ? null : new byte[assocLen];
        if (assoc != null) {
          r.nextBytes(assoc);
        }
        List<Object> args = new ArrayList<>(List.of("ctx", "aead-m", "msg", msg, "conf",
            conf ? 1 : 0));
        if (assoc != null) {
          args.addAll(List.of("assoc", assoc));
        }
        MitGssPeer.Reply w = peer.require("wrap_aead", args.toArray());
        Buffer out = new Buffer();
        BooleanHolder cs = new BooleanHolder();
        if (mitOverLong(w.bytes("token"), msg.length)) {
          // See mitAeadWithLargeAssociatedDataIsJudgedAsMitJudgesIt.
          assertThat(mech.unwrapAead(minor, m2g, w.bytes("token"), assoc, out, cs,
              new IntHolder())).as(what).isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
        } else if (assoc != null && assoc.length > 0) {
          byte[] wrong = assoc.clone();
          wrong[0] ^= 1;
          assertThat(mech.unwrapAead(minor, m2g, w.bytes("token"), wrong, out, cs,
              new IntHolder())).as(what).isEqualTo(GssStatus.GSS_S_BAD_SIG);
        }
        if (!mitOverLong(w.bytes("token"), msg.length)) {
          ok(mech.unwrapAead(minor, m2g, w.bytes("token"), assoc, out, cs, new IntHolder()),
              minor);
          assertThat(out.value()).as(what).isEqualTo(msg);
          assertThat(cs.get()).as(what).isEqualTo(conf);
        }
        Buffer tok = new Buffer();
        ok(mech.wrapAead(minor, g2m, conf, 0, assoc, msg, cs, tok), minor);
        List<Object> uargs = new ArrayList<>(List.of("ctx", "aead-g", "token", tok.value()));
        if (assoc != null) {
          uargs.addAll(List.of("assoc", assoc));
        }
        MitGssPeer.Reply u = peer.require("unwrap_aead", uargs.toArray());
        assertThat(u.bytes("msg")).as(what).isEqualTo(msg);
        assertThat(u.number("conf")).as(what).isEqualTo(conf ? 1 : 0);
      }
    }
    // MIC IOV: DATA | SIGN_ONLY | MIC_TOKEN both ways.
    byte[] a = "mic over".getBytes(StandardCharsets.UTF_8);
    byte[] b = " several buffers".getBytes(StandardCharsets.UTF_8);
    List<Buf> micLayout = List.of(new Buf(GSS_IOV_BUFFER_TYPE_DATA, a),
        new Buf(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, b), new Buf(GSS_IOV_BUFFER_TYPE_MIC_TOKEN, null));
    List<Buf> mitMic = parse(peer.require("get_mic_iov", "ctx", "aead-m", "bufs",
        bufs(micLayout)).fields().get("bufs"));
    IovBuffer[] verify = iov(mitMic);
    ok(mech.verifyMicIov(minor, m2g, new IntHolder(), verify), minor);
    IovBuffer[] ours = iov(micLayout);
    ok(mech.getMicIov(minor, g2m, 0, ours), minor);
    peer.require("verify_mic_iov", "ctx", "aead-g", "bufs", bufs(values(ours)));
    // and against the plain calls over the concatenation
    byte[] ab = new byte[a.length + b.length];
    System.arraycopy(a, 0, ab, 0, a.length);
    System.arraycopy(b, 0, ab, a.length, b.length);
    ours = iov(micLayout);
    ok(mech.getMicIov(minor, g2m, 0, ours), minor);
    peer.require("verify", "ctx", "aead-g", "msg", ab, "token", ours[2].toByteArray());
    IovBuffer[] lens = {new IovBuffer(GSS_IOV_BUFFER_TYPE_MIC_TOKEN)};
    ok(mech.getMicIovLength(minor, g2m, 0, lens), minor);
    assertThat(lens[0].length()).isEqualTo(ours[2].length());
    // MIT 1.20 over-reports the MIC length of v1 tokens by the 8 confounder bytes.
    String mitLens = peer.require("get_mic_iov_length", "ctx", "aead-g", "bufs",
        "data:" + Base64.getEncoder().encodeToString(a) + ",mic_token:alloc").fields().get("lens");
    // (kg_seal_iov_length counts kg_confounder_size for every v1 token; harmless: get_mic_iov
    // then shortens the buffer to the real token.)
    assertThat(mitLens).isEqualTo("data:" + a.length + ",mic_token:" + (lens[0].length() + 8));
    // A caller-sized MIC_TOKEN buffer of MIT's length is shortened to the token.
    IovBuffer[] roomy = {new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, a),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_MIC_TOKEN, new byte[lens[0].length() + 8])};
    ok(mech.getMicIov(minor, g2m, 0, roomy), minor);
    assertThat(roomy[1].length()).isEqualTo(lens[0].length());
    peer.require("verify", "ctx", "aead-g", "msg", a, "token", roomy[1].toByteArray());
  }

  /** RFC 4757 §7.1 / MIT: DCE-style rc4 contexts, GSSKit ↔ MIT, with DCE/RPC's IOV layouts. */
  @Test
  void dceStyleRc4BothWays() {
    for (boolean gsskitInitiates : new boolean[] {true, false}) {
      String id = gsskitInitiates ? "dce-g" : "dce-m";
      MechContext g = gsskitInitiates ? toMit(id, DCE_FLAGS) : fromMit(id, DCE_FLAGS);
      Krb5Context k = (Krb5Context) g;
      // DCE style: the acceptor sends an rc4 subkey, and both sides use it (TokenFormat).
      assertThat(k.acceptorSubkey()).as("acceptor subkey").isNotNull();
      assertThat(k.acceptorSubkey().keyType()).isEqualTo(23);
      assertThat(rc4(g).acceptorSubkey()).isTrue();
      MinorStatus minor = new MinorStatus();
      byte[] rpcHeader = {5, 0, 0, 3, 16, 0, 0, 0, 0x48, 0, 0x10, 0};
      byte[] stub = "NDR stub, padded by the caller".getBytes(StandardCharsets.UTF_8);
      for (boolean conf : new boolean[] {true, false}) {
        String what = id + " conf " + conf;
        // Plain gss_wrap tokens are RFC 4757's in DCE style too (padding, framing over all).
        Buffer tok = new Buffer();
        ok(mech.wrap(minor, g, conf, 0, stub, null, tok), minor);
        assertThat(peer.require("unwrap", "ctx", id, "token", tok.value()).bytes("msg"))
            .as(what).isEqualTo(stub);
        Buffer plain = new Buffer();
        ok(mech.unwrap(minor, g, peer.require("wrap", "ctx", id, "msg", stub, "conf",
            conf ? 1 : 0).bytes("token"), plain, new BooleanHolder(), new IntHolder()), minor);
        assertThat(plain.value()).as(what).isEqualTo(stub);
        // GSSKit -> MIT: HEADER | SIGN_ONLY | DATA, no PADDING (DCE style).
        IovBuffer[] iov = {new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER
            | GSS_IOV_BUFFER_FLAG_ALLOCATE), new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY,
            rpcHeader), new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, stub.clone())};
        ok(mech.wrapIov(minor, g, conf, 0, null, iov), minor);
        List<Buf> u = parse(peer.require("unwrap_iov", "ctx", id, "bufs", bufs(values(iov)))
            .fields().get("bufs"));
        assertThat(u.get(2).value()).as(what).isEqualTo(stub);
        // MIT -> GSSKit, same layout; MIT's header has GSSKit's length.
        List<Buf> w = parse(peer.require("wrap_iov", "ctx", id, "conf", conf ? 1 : 0, "bufs",
            "header:alloc,sign_only:" + Base64.getEncoder().encodeToString(rpcHeader)
                + ",data:" + Base64.getEncoder().encodeToString(stub)).fields().get("bufs"));
        assertThat(w.get(0).value()).as(what).hasSize(iov[0].length());
        IovBuffer[] in = iov(w);
        ok(mech.unwrapIov(minor, g, new BooleanHolder(), new IntHolder(), in), minor);
        assertThat(in[2].toByteArray()).as(what).isEqualTo(stub);
        // MIT's gss_wrap_aead (IOV-built: framing over the header only) to GSSKit, with and
        // without associated data.
        byte[] aead = peer.require("wrap_aead", "ctx", id, "msg", stub, "conf", conf ? 1 : 0)
            .bytes("token");
        Buffer back = new Buffer();
        ok(mech.unwrapAead(minor, g, aead, null, back, new BooleanHolder(), new IntHolder()),
            minor);
        assertThat(back.value()).as(what).isEqualTo(stub);
        aead = peer.require("wrap_aead", "ctx", id, "msg", stub, "assoc", rpcHeader, "conf",
            conf ? 1 : 0).bytes("token");
        ok(mech.unwrapAead(minor, g, aead, rpcHeader, back, new BooleanHolder(),
            new IntHolder()), minor);
        assertThat(back.value()).as(what).isEqualTo(stub);
        // GSSKit's gss_wrap_aead, split by the receiver as DCE/RPC does (HEADER | DATA).
        Buffer ours = new Buffer();
        ok(mech.wrapAead(minor, g, conf, 0, rpcHeader, stub, new BooleanHolder(), ours),
            minor);
        byte[] t = ours.value();
        int hl = iov[0].length();
        u = parse(peer.require("unwrap_iov", "ctx", id, "bufs", "header:"
            + Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(t, hl))
            + ",sign_only:" + Base64.getEncoder().encodeToString(rpcHeader) + ",data:"
            + Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(t, hl, t.length)))
            .fields().get("bufs"));
        assertThat(u.get(2).value()).as(what).isEqualTo(stub);
      }
    }
  }

  /** True when MIT's AEAD token is longer than a gss_wrap token of the message. */
  private static boolean mitOverLong(byte[] token, int msgLength) {
    int body = 11 + 32 + msgLength + 1; // krb5 OID (06 09 ...), token header, data, pad 1
    int octets = body < 0x80 ? 1 : body < 0x100 ? 2 : 3;
    return token.length != 1 + octets + body;
  }

  /**
   * MIT 1.20's {@code gss_wrap_aead} on rc4 contexts (mechglue's IOV shim) sizes the buffers with
   * {@code gss_wrap_iov_length}, which counts the associated data into the framing's length
   * (k5sealiov.c {@code kg_seal_iov_length}: {@code data_length} includes SIGN_ONLY), while
   * {@code gss_wrap_iov} frames DATA only: when DATA + associated data need more DER length
   * octets than DATA alone, the token carries a stray byte after the header and MIT's own {@code
   * gss_unwrap_aead} rejects it (DEFECTIVE_TOKEN, "token header is malformed"). GSSKit judges
   * such tokens as MIT does and never produces them (its lengths are exact, so MIT reads GSSKit's
   * AEAD tokens of every size).
   */
  @Test
  void mitAeadWithLargeAssociatedDataIsJudgedAsMitJudgesIt() {
    byte[] name = MitGssPeer.utf8("host@" + HOST);
    MitGssPeer.Reply r = peer.require("init", "ctx", "x", "name", name, "flags", FLAGS);
    MitGssPeer.Reply a = peer.require("accept", "ctx", "y", "token", r.bytes("token"));
    peer.require("init", "ctx", "x", "name", name, "flags", FLAGS, "token", a.bytes("token"));
    MechContext m2g = fromMit("judge-m", FLAGS);
    MechContext g2m = toMit("judge-g", FLAGS);
    MinorStatus minor = new MinorStatus();
    int overLong = 0;
    for (int[] c : new int[][] {{20, 100}, {150, 100}, {100, 30}, {120, 10}, {30, 2},
        {60, 200}, {200, 60}}) {
      String what = "msg " + c[0] + " assoc " + c[1];
      byte[] msg = new byte[c[0]];
      byte[] assoc = new byte[c[1]];
      new Random(SEED + c[0] * 1000L + c[1]).nextBytes(msg);
      byte[] mitToMit = peer.require("wrap_aead", "ctx", "x", "msg", msg, "assoc", assoc)
          .bytes("token");
      boolean mitAccepts = peer.call("unwrap_aead", "ctx", "y", "token", mitToMit, "assoc",
          assoc).ok();
      assertThat(mitAccepts).as(what).isEqualTo(!mitOverLong(mitToMit, msg.length));
      byte[] mitToUs = peer.require("wrap_aead", "ctx", "judge-m", "msg", msg, "assoc", assoc)
          .bytes("token");
      Buffer out = new Buffer();
      int major = mech.unwrapAead(minor, m2g, mitToUs, assoc, out, new BooleanHolder(),
          new IntHolder());
      assertThat(major).as(what).isEqualTo(mitAccepts ? GssStatus.GSS_S_COMPLETE
          : GssStatus.GSS_S_DEFECTIVE_TOKEN);
      if (mitAccepts) {
        assertThat(out.value()).as(what).isEqualTo(msg);
      } else {
        overLong++;
      }
      Buffer ours = new Buffer();
      ok(mech.wrapAead(minor, g2m, true, 0, assoc, msg, new BooleanHolder(), ours), minor);
      assertThat(peer.require("unwrap_aead", "ctx", "judge-g", "token", ours.value(), "assoc",
          assoc).bytes("msg")).as(what).isEqualTo(msg);
    }
    assertThat(overLong).as("cases where MIT's own token is over-long").isPositive();
  }
}

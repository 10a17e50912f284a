package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.b64;
import static io.gsskit.raw.internal.mech.krb5.MitIovBuffers.valuesOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.mech.krb5.Krb5DceTest.TokenBytes;
import io.gsskit.raw.internal.mech.krb5.token.Rfc4121Protector;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * DCE-style establishment and message protection between GSSKit and MIT krb5's own
 * libgssapi_krb5 ({@link MitGssPeer}, an MIT KDC from {@link MitInterop}), in both directions and
 * for aes256-sha1 and aes256-sha384 tickets: the three raw legs, wrap/unwrap with replay and
 * sequence detection on (so both sides agree on the sequence numbers), IOV tokens as DCE/RPC
 * builds them (HEADER | DATA, HEADER | DATA | TRAILER, HEADER | SIGN_ONLY | DATA) compared field
 * by field with MIT's own, AEAD, hostile third legs from MIT and export/import between the legs.
 */
class Krb5DceMitTest {

  private static final int FLAGS = Krb5DceTest.FLAGS;
  private static final String HOST = "server.mit.test";
  private static final byte[] RPC_HEADER = {5, 0, 0, 3, 16, 0, 0, 0, 0x48, 0, 0x10, 0};
  private static final byte[] RPC_VERIFIER = {9, 6, 8, 0, 0, 0, 0, 0};

  /** An MIT realm and peer ({@link MitInterop}); GSSKit's mechanism, target and keytab. */
  private static final class Setup implements AutoCloseable {
    final MitInterop fx;
    final MitGssPeer peer;
    final Krb5Mechanism mech;
    final String alice;
    final MechName target;
    final MechCred acceptorCred;

    Setup(String enctype) throws Exception {
      fx = MitInterop.realm(enctype).service("host/" + HOST).withPeer().start();
      try {
        peer = fx.peer();
        alice = fx.alice();
        mech = fx.mechanism();
        target = MitInterop.hostName(mech, "host@" + HOST);
        acceptorCred = MitInterop.acceptorCred(mech);
      } catch (Exception | Error e) {
        fx.close();
        throw e;
      }
    }

    Krb5DceTest.Step init(Holder<MechContext> ctx, byte[] input) {
      MinorStatus minor = new MinorStatus();
      Buffer out = new Buffer();
      IntHolder ret = new IntHolder();
      int major = mech.initSecContext(minor, null, ctx, target, Gss.GSS_MECH_KRB5, FLAGS, 0,
          null, input, new OidHolder(), out, ret, new IntHolder());
      return new Krb5DceTest.Step(major, minor.value(),
          out.value() == null ? new byte[0] : out.value(), ret.get(), null, null);
    }

    Krb5DceTest.Step accept(Holder<MechContext> ctx, byte[] input) {
      MinorStatus minor = new MinorStatus();
      Buffer out = new Buffer();
      IntHolder ret = new IntHolder();
      Holder<MechName> src = new Holder<>();
      int major = mech.acceptSecContext(minor, ctx, acceptorCred, input, null, src,
          new OidHolder(), out, ret, new IntHolder(), new Holder<>());
      return new Krb5DceTest.Step(major, minor.value(),
          out.value() == null ? new byte[0] : out.value(), ret.get(), src.get(), null);
    }

    @Override
    public void close() {
      fx.close();
    }
  }

  private static void ok(Krb5DceTest.Step s, int expected) {
    assertThat(s.major()).as(Krb5Minor.describe(s.minor())).isEqualTo(expected);
  }

  private static void ok(int major, MinorStatus minor) {
    assertThat(major).as(Krb5Minor.describe(minor.value())).isEqualTo(GssStatus.GSS_S_COMPLETE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"aes256-cts-hmac-sha1-96", "aes256-cts-hmac-sha384-192"})
  void gsskitInitiatorToMitAcceptor(String enctype) throws Exception {
    try (Setup s = new Setup(enctype)) {
      Holder<MechContext> ini = new Holder<>();
      Krb5DceTest.Step s1 = s.init(ini, null);
      ok(s1, GssStatus.GSS_S_CONTINUE_NEEDED);
      MitGssPeer.Reply r1 = s.peer.require("accept", "ctx", "a", "token", s1.token());
      assertThat(r1.number("complete")).isZero();
      byte[] apRep = r1.bytes("token");
      assertThat(apRep[0] & 0xFF).as("MIT's AP-REP is raw").isEqualTo(0x6F);
      // Between the legs the initiator moves to "another process".
      ini.set(Krb5DceTest.exportImportWith(s.mech, ini.get(), "initiator between legs"));
      Krb5DceTest.Step s3 = s.init(ini, apRep);
      ok(s3, GssStatus.GSS_S_COMPLETE);
      assertThat(s3.flags() & FLAGS).isEqualTo(FLAGS);
      MitGssPeer.Reply r2 = s.peer.require("accept", "ctx", "a", "token", s3.token());
      assertThat(r2.number("complete")).isEqualTo(1);
      assertThat(r2.text("initiator")).isEqualTo(s.alice);
      assertThat(r2.number("flags") & FLAGS).as("MIT's acceptor flags").isEqualTo(FLAGS);
      exchange(s, ini.get(), "a");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"aes256-cts-hmac-sha1-96", "aes256-cts-hmac-sha384-192"})
  void mitInitiatorToGsskitAcceptor(String enctype) throws Exception {
    try (Setup s = new Setup(enctype)) {
      byte[] name = MitGssPeer.utf8("host@" + HOST);
      MitGssPeer.Reply r1 = s.peer.require("init", "ctx", "i", "name", name, "flags", FLAGS);
      assertThat(r1.number("complete")).isZero();
      byte[] apReq = r1.bytes("token");
      assertThat(apReq[0] & 0xFF).as("MIT's DCE AP-REQ is raw").isEqualTo(0x6E);
      Holder<MechContext> acc = new Holder<>();
      Krb5DceTest.Step s2 = s.accept(acc, apReq);
      ok(s2, GssStatus.GSS_S_CONTINUE_NEEDED);
      assertThat(s2.token()[0] & 0xFF).isEqualTo(0x6F);
      acc.set(Krb5DceTest.exportImportWith(s.mech, acc.get(), "acceptor between legs"));
      MitGssPeer.Reply r3 = s.peer.require("init", "ctx", "i", "name", name, "flags", FLAGS,
          "token", s2.token());
      assertThat(r3.number("complete")).isEqualTo(1);
      assertThat(r3.number("flags") & FLAGS).as("MIT's initiator flags").isEqualTo(FLAGS);
      byte[] third = r3.bytes("token");
      assertThat(third[0] & 0xFF).as("MIT's third leg is a raw AP-REP").isEqualTo(0x6F);
      // MIT's third leg: session key, no subkey, our sequence number.
      Krb5Context a = (Krb5Context) acc.get();
      var part = Krb5DceTest.decryptThird(third, a.sessionKey());
      assertThat(part.subkey()).isNull();
      assertThat(part.seqNumber()).isEqualTo(a.sendSeq());
      // Mangled copies of MIT's third leg give errors and change nothing.
      long seed = new Random().nextLong();
      Random rnd = new Random(seed);
      for (int n = 0; n < third.length; n++) {
        Krb5DceTest.Step t = s.accept(acc, Arrays.copyOf(third, n));
        assertThat(GssStatus.isError(t.major())).as("truncated at " + n).isTrue();
        byte[] flip = third.clone();
        flip[n] ^= (byte) (1 << rnd.nextInt(8));
        Krb5DceTest.Step f = s.accept(acc, flip);
        assertThat(GssStatus.isError(f.major())).as("flip at " + n + " seed " + seed).isTrue();
      }
      Krb5DceTest.Step s4 = s.accept(acc, third);
      ok(s4, GssStatus.GSS_S_COMPLETE);
      assertThat(((Krb5Name) s4.source()).principal().toString()).isEqualTo(s.alice);
      assertThat(s4.flags() & FLAGS).isEqualTo(FLAGS);
      assertThat(GssStatus.isError(s.accept(acc, third).major())).as("replayed third leg")
          .isTrue();
      exchange(s, acc.get(), "i");
    }
  }

  /** Messages both ways between an established GSSKit context and the peer's context m. */
  private static void exchange(Setup s, MechContext g, String m) {
    MinorStatus minor = new MinorStatus();
    int mac = ((Rfc4121Protector) ((Krb5Context) g).protector()).checksumLength();
    for (int n = 0; n < 2; n++) {
      byte[] msg = ("to mit " + n).getBytes(StandardCharsets.UTF_8);
      Buffer tok = new Buffer();
      ok(s.mech.wrap(minor, g, true, 0, msg, null, tok), minor);
      assertThat(s.peer.require("unwrap", "ctx", m, "token", tok.value()).bytes("msg"))
          .isEqualTo(msg);
      byte[] fromMit = s.peer.require("wrap", "ctx", m, "msg", MitGssPeer.utf8("to gsskit " + n))
          .bytes("token");
      assertThat(TokenBytes.ec(fromMit)).as("MIT's gss_wrap: EC 0 in DCE style too").isZero();
      Buffer plain = new Buffer();
      ok(s.mech.unwrap(minor, g, fromMit, plain, null, null), minor);
      assertThat(new String(plain.value(), StandardCharsets.UTF_8)).isEqualTo("to gsskit " + n);
    }
    byte[] stub = "NDR stub data of some request, not block aligned".getBytes(
        StandardCharsets.UTF_8);

    // HEADER | DATA, sealed, no TRAILER (EC 16, RRC 16 + MAC), both ways.
    IovBuffer h = Krb5DceTest.buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer d = Krb5DceTest.data(stub);
    ok(s.mech.wrapIov(minor, g, true, 0, null, new IovBuffer[] {h, d}), minor);
    List<byte[]> got = valuesOf(s.peer.require("unwrap_iov", "ctx", m, "bufs",
        "header:" + b64(h.toByteArray()) + ",data:" + b64(d.toByteArray())));
    assertThat(got.get(1)).isEqualTo(stub);
    List<byte[]> mit = valuesOf(s.peer.require("wrap_iov", "ctx", m, "conf", 1, "bufs",
        "header:alloc,data:" + b64(stub)));
    byte[] mh = mit.get(0);
    assertThat(TokenBytes.ec(mh)).isEqualTo(16).isEqualTo(TokenBytes.ec(h.toByteArray()));
    assertThat(TokenBytes.rrc(mh)).isEqualTo(16 + mac).isEqualTo(TokenBytes.rrc(h.toByteArray()));
    assertThat(mh.length).isEqualTo(h.length());
    IovBuffer[] in = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, mh),
        Krb5DceTest.data(mit.get(1))};
    ok(s.mech.unwrapIov(minor, g, null, null, in), minor);
    assertThat(in[1].toByteArray()).isEqualTo(stub);

    // HEADER | DATA | TRAILER, sealed (EC 16 in the trailer, RRC 0), both ways.
    IovBuffer h2 = Krb5DceTest.buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer d2 = Krb5DceTest.data(stub);
    IovBuffer t2 = Krb5DceTest.buf(Iov.GSS_IOV_BUFFER_TYPE_TRAILER);
    ok(s.mech.wrapIov(minor, g, true, 0, null, new IovBuffer[] {h2, d2, t2}), minor);
    got = valuesOf(s.peer.require("unwrap_iov", "ctx", m, "bufs", "header:" + b64(h2.toByteArray())
        + ",data:" + b64(d2.toByteArray()) + ",trailer:" + b64(t2.toByteArray())));
    assertThat(got.get(1)).isEqualTo(stub);
    mit = valuesOf(s.peer.require("wrap_iov", "ctx", m, "conf", 1, "bufs",
        "header:alloc,data:" + b64(stub) + ",trailer:alloc"));
    assertThat(TokenBytes.ec(mit.get(0))).isEqualTo(16);
    assertThat(TokenBytes.rrc(mit.get(0))).isZero();
    assertThat(mit.get(2).length).isEqualTo(t2.length());
    IovBuffer[] in2 = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, mit.get(0)),
        Krb5DceTest.data(mit.get(1)), new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_TRAILER,
        mit.get(2))};
    ok(s.mech.unwrapIov(minor, g, null, null, in2), minor);
    assertThat(in2[1].toByteArray()).isEqualTo(stub);

    // Packet integrity: HEADER | SIGN_ONLY | DATA | SIGN_ONLY, both ways.
    IovBuffer h3 = Krb5DceTest.buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer[] sig = {h3, new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, RPC_HEADER),
        Krb5DceTest.data(stub), new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, RPC_VERIFIER)};
    ok(s.mech.wrapIov(minor, g, false, 0, null, sig), minor);
    got = valuesOf(s.peer.require("unwrap_iov", "ctx", m, "bufs", "header:" + b64(h3.toByteArray())
        + ",sign_only:" + b64(RPC_HEADER) + ",data:" + b64(stub) + ",sign_only:"
        + b64(RPC_VERIFIER)));
    assertThat(got.get(2)).isEqualTo(stub);
    mit = valuesOf(s.peer.require("wrap_iov", "ctx", m, "conf", 0, "bufs", "header:alloc,sign_only:"
        + b64(RPC_HEADER) + ",data:" + b64(stub) + ",sign_only:" + b64(RPC_VERIFIER)));
    assertThat(Arrays.copyOfRange(mit.get(0), 4, 8))
        .isEqualTo(Arrays.copyOfRange(h3.toByteArray(), 4, 8));
    IovBuffer[] in3 = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, mit.get(0)),
        new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, RPC_HEADER),
        Krb5DceTest.data(mit.get(2)),
        new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, RPC_VERIFIER)};
    ok(s.mech.unwrapIov(minor, g, null, null, in3), minor);

    // AEAD without associated data: MIT's (IOV-built, EC 16) to GSSKit, GSSKit's to MIT's
    // gss_unwrap (MIT refuses gss_unwrap_aead on DCE contexts: no STREAM IOVs there).
    byte[] aead = s.peer.require("wrap_aead", "ctx", m, "msg", stub).bytes("token");
    assertThat(TokenBytes.ec(aead)).isEqualTo(16);
    assertThat(TokenBytes.rrc(aead)).isZero();
    Buffer back = new Buffer();
    ok(s.mech.unwrapAead(minor, g, aead, null, back, null, null), minor);
    assertThat(back.value()).isEqualTo(stub);
    Buffer ours = new Buffer();
    ok(s.mech.wrapAead(minor, g, true, 0, null, stub, null, ours), minor);
    assertThat(TokenBytes.ec(ours.value())).isEqualTo(16);
    assertThat(s.peer.require("unwrap", "ctx", m, "token", ours.value()).bytes("msg"))
        .isEqualTo(stub);
  }

  /**
   * DCE/RPC packet privacy: HEADER | SIGN_ONLY | DATA | SIGN_ONLY sealed, both ways.
   */
  @ParameterizedTest
  @ValueSource(strings = {"aes256-cts-hmac-sha1-96", "aes256-cts-hmac-sha384-192"})
  void packetPrivacyBothWays(String enctype) throws Exception {
    try (Setup s = new Setup(enctype)) {
      byte[] name = MitGssPeer.utf8("host@" + HOST);
      MitGssPeer.Reply r1 = s.peer.require("init", "ctx", "i", "name", name, "flags", FLAGS);
      Holder<MechContext> acc = new Holder<>();
      Krb5DceTest.Step s2 = s.accept(acc, r1.bytes("token"));
      ok(s2, GssStatus.GSS_S_CONTINUE_NEEDED);
      byte[] third = s.peer.require("init", "ctx", "i", "name", name, "flags", FLAGS, "token",
          s2.token()).bytes("token");
      ok(s.accept(acc, third), GssStatus.GSS_S_COMPLETE);
      MechContext g = acc.get();
      byte[] stub = "an encrypted NDR stub".getBytes(StandardCharsets.UTF_8);
      MinorStatus minor = new MinorStatus();
      IovBuffer h = Krb5DceTest.buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
      IovBuffer d = Krb5DceTest.data(stub);
      int major = s.mech.wrapIov(minor, g, true, 0, null, new IovBuffer[] {h,
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, RPC_HEADER), d,
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, RPC_VERIFIER)});
      ok(major, minor);
      List<byte[]> got = valuesOf(s.peer.require("unwrap_iov", "ctx", "i", "bufs", "header:"
          + b64(h.toByteArray()) + ",sign_only:" + b64(RPC_HEADER) + ",data:"
          + b64(d.toByteArray()) + ",sign_only:" + b64(RPC_VERIFIER)));
      assertThat(got.get(2)).isEqualTo(stub);
      List<byte[]> mit = valuesOf(s.peer.require("wrap_iov", "ctx", "i", "conf", 1, "bufs",
          "header:alloc,sign_only:" + b64(RPC_HEADER) + ",data:" + b64(stub) + ",sign_only:"
          + b64(RPC_VERIFIER)));
      assertThat(Arrays.copyOfRange(mit.get(0), 4, 8))
          .isEqualTo(Arrays.copyOfRange(h.toByteArray(), 4, 8));
      IovBuffer[] forged = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, mit.get(0).clone()),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, RPC_VERIFIER),
          Krb5DceTest.data(mit.get(2)),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, RPC_VERIFIER)};
      assertThat(s.mech.unwrapIov(minor, g, null, null, forged))
          .isEqualTo(GssStatus.GSS_S_BAD_SIG);
      IovBuffer[] in = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, mit.get(0)),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, RPC_HEADER),
          Krb5DceTest.data(mit.get(2)),
          new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, RPC_VERIFIER)};
      ok(s.mech.unwrapIov(minor, g, null, null, in), minor);
      assertThat(in[2].toByteArray()).isEqualTo(stub);
      // gss_wrap_aead with associated data from MIT (HEADER | SIGN_ONLY | DATA | TRAILER).
      byte[] aead = s.peer.require("wrap_aead", "ctx", "i", "msg", stub, "assoc", RPC_HEADER)
          .bytes("token");
      assertThat(TokenBytes.ec(aead)).isEqualTo(16);
      Buffer back = new Buffer();
      ok(s.mech.unwrapAead(minor, g, aead, RPC_HEADER, back, null, null), minor);
      assertThat(back.value()).isEqualTo(stub);
    }
  }
}

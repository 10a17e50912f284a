package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.proto.ApRep;
import io.gsskit.raw.internal.kerberos.proto.EncApRepPart;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.mech.krb5.token.Rfc4121Protector;
import io.gsskit.raw.internal.token.InitialContextToken;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * DCE-style ({@code GSS_C_DCE_STYLE}) establishment between GSSKit's own initiator and acceptor
 * (Kerby KDC): the three raw legs, per-message tokens and the DCE IOV rules, hostile third legs,
 * the framing rules, delegation, and export/import between the legs and after completion. The
 * wire facts themselves are checked against MIT in {@link Krb5DceMitTest}.
 */
class Krb5DceTest {

  static final int FLAGS = Gss.GSS_C_DCE_STYLE | Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG
      | Gss.GSS_C_SEQUENCE_FLAG | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG;

  static Krb5Fixture fx;
  static Krb5Mechanism mech;
  static MechName target;
  static MechCred acceptorCred;

  @BeforeAll
  static void start() throws Exception {
    fx = new Krb5Fixture();
    mech = new Krb5Mechanism(fx.settings(fx.env(), Clock.systemUTC()));
    Holder<MechName> n = new Holder<>();
    MinorStatus minor = new MinorStatus();
    assertThat(mech.importName(minor, fx.service.getBytes(StandardCharsets.UTF_8),
        Gss.GSS_KRB5_NT_PRINCIPAL_NAME, n)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    target = n.get();
    Holder<MechCred> c = new Holder<>();
    assertThat(mech.acquireCred(minor, null, 0, Gss.GSS_MECH_KRB5, Gss.GSS_C_ACCEPT, c,
        new IntHolder())).isEqualTo(GssStatus.GSS_S_COMPLETE);
    acceptorCred = c.get();
  }

  @AfterAll
  static void stop() throws Exception {
    fx.close();
  }

  /** One establishment step's results. */
  record Step(int major, int minor, byte[] token, int flags, MechName source, MechCred deleg) {}

  static Step init(Holder<MechContext> ctx, int flags, byte[] input) {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    IntHolder ret = new IntHolder();
    int major = mech.initSecContext(minor, null, ctx, target, Gss.GSS_MECH_KRB5, flags, 0, null,
        input, new OidHolder(), out, ret, new IntHolder());
    return new Step(major, minor.value(), out.value() == null ? new byte[0] : out.value(),
        ret.get(), null, null);
  }

  static Step accept(Holder<MechContext> ctx, byte[] input) {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    IntHolder ret = new IntHolder();
    Holder<MechName> src = new Holder<>();
    Holder<MechCred> deleg = new Holder<>();
    int major = mech.acceptSecContext(minor, ctx, acceptorCred, input, null, src,
        new OidHolder(), out, ret, new IntHolder(), deleg);
    return new Step(major, minor.value(), out.value() == null ? new byte[0] : out.value(),
        ret.get(), src.get(), deleg.get());
  }

  /** Both contexts after the first two legs, with the initiator's third-leg token. */
  record Legs(Holder<MechContext> ini, Holder<MechContext> acc, byte[] apReq, byte[] apRep,
      byte[] third) {

    Krb5Context initiator() {
      return (Krb5Context) ini.get();
    }

    Krb5Context acceptor() {
      return (Krb5Context) acc.get();
    }
  }

  static Legs twoLegs(int flags) {
    Holder<MechContext> ini = new Holder<>();
    Holder<MechContext> acc = new Holder<>();
    Step s1 = init(ini, flags, null);
    assertThat(s1.major()).as(Krb5Minor.describe(s1.minor()))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    Step s2 = accept(acc, s1.token());
    assertThat(s2.major()).as(Krb5Minor.describe(s2.minor()))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    Step s3 = init(ini, flags, s2.token());
    assertThat(s3.major()).as(Krb5Minor.describe(s3.minor()))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    return new Legs(ini, acc, s1.token(), s2.token(), s3.token());
  }

  static Legs established() {
    Legs l = twoLegs(FLAGS);
    Step s4 = accept(l.acc(), l.third());
    assertThat(s4.major()).as(Krb5Minor.describe(s4.minor())).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return l;
  }

  @Test
  void threeRawLegsEstablishMatchingContexts() {
    Holder<MechContext> ini = new Holder<>();
    Holder<MechContext> acc = new Holder<>();
    Step s1 = init(ini, FLAGS, null);
    assertThat(s1.major()).isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    assertThat(s1.token()[0] & 0xFF).as("raw AP-REQ").isEqualTo(0x6E);
    assertThat(s1.flags() & (Gss.GSS_C_DCE_STYLE | Gss.GSS_C_MUTUAL_FLAG))
        .isEqualTo(Gss.GSS_C_DCE_STYLE | Gss.GSS_C_MUTUAL_FLAG);
    Step s2 = accept(acc, s1.token());
    assertThat(s2.major()).as(Krb5Minor.describe(s2.minor()))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    assertThat(s2.token()[0] & 0xFF).as("raw AP-REP").isEqualTo(0x6F);
    assertThat(s2.source()).as("no source name before the third leg").isNull();
    assertThat(s2.flags() & Gss.GSS_C_PROT_READY_FLAG).isZero();
    assertThat(s2.flags() & Gss.GSS_C_DCE_STYLE).isNotZero();
    // Per-message calls wait for the third leg.
    assertThat(mech.wrap(new MinorStatus(), acc.get(), true, 0, new byte[1], null, new Buffer()))
        .isEqualTo(GssStatus.GSS_S_NO_CONTEXT);
    Step s3 = init(ini, FLAGS, s2.token());
    assertThat(s3.major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(s3.token()[0] & 0xFF).as("raw third-leg AP-REP").isEqualTo(0x6F);
    assertThat(s3.flags() & FLAGS).isEqualTo(FLAGS);
    Step s4 = accept(acc, s3.token());
    assertThat(s4.major()).as(Krb5Minor.describe(s4.minor())).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(s4.token()).isEmpty();
    assertThat(s4.flags() & FLAGS).isEqualTo(FLAGS);
    assertThat(s4.flags() & Gss.GSS_C_PROT_READY_FLAG).isNotZero();
    assertThat(((Krb5Name) s4.source()).principal().toString()).isEqualTo(fx.alice);

    // The initiator's AP-REP: session key, no subkey, the acceptor's sequence number.
    Krb5Context i = (Krb5Context) ini.get();
    Krb5Context a = (Krb5Context) acc.get();
    EncApRepPart third = decryptThird(s3.token(), a.sessionKey());
    assertThat(third.subkey()).isNull();
    assertThat(third.seqNumber()).isEqualTo(a.sendSeq());
    assertThat(Duration.between(third.ctime(), Instant.now()).abs())
        .isLessThan(Duration.ofMinutes(1));
    // Normal sequence numbers both ways (as MIT): each side keeps its own.
    assertThat(i.sendSeq()).isEqualTo(a.recvSeq());
    assertThat(a.sendSeq()).isEqualTo(i.recvSeq());
    assertThat(a.acceptorSubkey()).isNotNull();
    assertThat(i.acceptorSubkey().copyBytes()).isEqualTo(a.acceptorSubkey().copyBytes());

    for (int n = 0; n < 3; n++) {
      roundTrip(ini.get(), acc.get(), "to acceptor " + n);
      roundTrip(acc.get(), ini.get(), "to initiator " + n);
    }
    Buffer mic = new Buffer();
    assertThat(mech.getMic(new MinorStatus(), acc.get(), 0, new byte[] {7}, mic))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(mech.verifyMic(new MinorStatus(), ini.get(), new byte[] {7}, mic.value(),
        new IntHolder())).isEqualTo(GssStatus.GSS_S_COMPLETE);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void throughTheMechglue(boolean withCredential) throws Exception {
    io.gsskit.raw.internal.glue.Glue g = fx.glue();
    io.gsskit.raw.NameHandle name = Krb5Fixture.name(g, fx.service,
        Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    // The mechglue dispatches an unframed first token by the credential's only mechanism, or
    // without a credential by its first byte (0x6E, a raw AP-REQ: krb5), as MIT's does.
    io.gsskit.raw.CredHandle acc = null;
    if (withCredential) {
      io.gsskit.raw.CredHandle.Ref accRef = new io.gsskit.raw.CredHandle.Ref();
      MinorStatus m0 = new MinorStatus();
      int acquired = g.creds.acquireCred(m0, null, 0,
          io.gsskit.raw.OidSet.of(Gss.GSS_MECH_KRB5), Gss.GSS_C_ACCEPT, accRef, null, null);
      assertThat(acquired).as(g.status.describe(acquired, m0))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
      acc = accRef.get();
    }
    io.gsskit.raw.ContextHandle.Ref ictx = new io.gsskit.raw.ContextHandle.Ref();
    io.gsskit.raw.ContextHandle.Ref actx = new io.gsskit.raw.ContextHandle.Ref();
    byte[] apReq = Krb5Fixture.init(g, ictx, name, FLAGS, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    int major = g.contexts.acceptSecContext(minor, actx, acc, apReq, null, null, null, out,
        null, null, null);
    assertThat(major).as(g.status.describe(major, minor))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    byte[] third = Krb5Fixture.init(g, ictx, name, FLAGS, out.value(),
        GssStatus.GSS_S_COMPLETE);
    IntHolder flags = new IntHolder();
    major = g.contexts.acceptSecContext(minor, actx, acc, third, null, null, null, out, flags,
        null, null);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(flags.get() & FLAGS).isEqualTo(FLAGS);
    byte[] msg = {1, 2, 3};
    assertThat(Krb5MessagesTest.unwrap(g, actx.get(),
        Krb5MessagesTest.wrap(g, ictx.get(), true, msg), true)).isEqualTo(msg);
  }

  static EncApRepPart decryptThird(byte[] token, KerberosKey sessionKey) {
    try {
      ApRep rep = ApRep.decode(token);
      return EncApRepPart.decode(KerberosCrypto.decrypt(sessionKey, KeyUsage.AP_REP_ENC_PART,
          rep.encPart().cipher()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static void roundTrip(MechContext from, MechContext to, String text) {
    byte[] msg = text.getBytes(StandardCharsets.UTF_8);
    Buffer tok = new Buffer();
    assertThat(mech.wrap(new MinorStatus(), from, true, 0, msg, new BooleanHolder(), tok))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    // Plain gss_wrap is unchanged by DCE style (MIT): EC 0, RRC 0.
    assertThat(TokenBytes.ec(tok.value())).isZero();
    assertThat(TokenBytes.rrc(tok.value())).isZero();
    Buffer out = new Buffer();
    MinorStatus minor = new MinorStatus();
    int major = mech.unwrap(minor, to, tok.value(), out, new BooleanHolder(), new IntHolder());
    assertThat(major).as(Krb5Minor.describe(minor.value())).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(out.value()).isEqualTo(msg);
  }

  /** Header fields of RFC 4121 wrap tokens. */
  static final class TokenBytes {
    static int ec(byte[] t) {
      return ((t[4] & 0xFF) << 8) | (t[5] & 0xFF);
    }

    static int rrc(byte[] t) {
      return ((t[6] & 0xFF) << 8) | (t[7] & 0xFF);
    }
  }

  static IovBuffer buf(int type) {
    return new IovBuffer(type | Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE);
  }

  static IovBuffer data(byte[] b) {
    return new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, b.clone());
  }

  static void ok(int major, MinorStatus minor) {
    assertThat(major).as(Krb5Minor.describe(minor.value())).isEqualTo(GssStatus.GSS_S_COMPLETE);
  }

  @Test
  void iovTokensUseTheDceEcAndRrc() {
    Legs l = established();
    MechContext a = l.acc().get();
    MechContext i = l.ini().get();
    int mac = ((Rfc4121Protector) ((Krb5Context) a).protector()).checksumLength();
    byte[] msg = "DCE/RPC stub data, 37 bytes long....".getBytes(StandardCharsets.UTF_8);
    MinorStatus minor = new MinorStatus();

    // HEADER | DATA, sealed, no TRAILER: EC 16, RRC = 16 + MAC (the rotation minus EC).
    IovBuffer h = buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer d = data(msg);
    ok(mech.wrapIov(minor, a, true, 0, new BooleanHolder(), new IovBuffer[] {h, d}), minor);
    byte[] hdr = h.toByteArray();
    assertThat(TokenBytes.ec(hdr)).isEqualTo(16);
    assertThat(TokenBytes.rrc(hdr)).isEqualTo(16 + mac);
    assertThat(hdr).hasSize(16 + 16 + 16 + mac + 16);
    IovBuffer[] in = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, hdr), data(d.toByteArray())};
    ok(mech.unwrapIov(minor, i, new BooleanHolder(), new IntHolder(), in), minor);
    assertThat(in[1].toByteArray()).isEqualTo(msg);

    // The same as one STREAM (HEADER | DATA contiguous): rotated by RRC + EC.
    IovBuffer h2 = buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer d2 = data(msg);
    ok(mech.wrapIov(minor, a, true, 0, null, new IovBuffer[] {h2, d2}), minor);
    byte[] stream = concat(h2.toByteArray(), d2.toByteArray());
    IovBuffer sd = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA);
    ok(mech.unwrapIov(minor, i, null, null, new IovBuffer[] {
        new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_STREAM, stream), sd}), minor);
    assertThat(sd.toByteArray()).isEqualTo(msg);

    // HEADER | DATA | TRAILER, sealed: EC 16 in the trailer, RRC 0.
    IovBuffer h3 = buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer d3 = data(msg);
    IovBuffer t3 = buf(Iov.GSS_IOV_BUFFER_TYPE_TRAILER);
    ok(mech.wrapIov(minor, i, true, 0, null, new IovBuffer[] {h3, d3, t3}), minor);
    assertThat(TokenBytes.ec(h3.toByteArray())).isEqualTo(16);
    assertThat(TokenBytes.rrc(h3.toByteArray())).isZero();
    assertThat(t3.length()).isEqualTo(16 + 16 + mac);
    IovBuffer[] in3 = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, h3.toByteArray()),
        data(d3.toByteArray()), new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_TRAILER, t3.toByteArray())};
    ok(mech.unwrapIov(minor, a, null, null, in3), minor);
    assertThat(in3[1].toByteArray()).isEqualTo(msg);
    // ... and plain gss_unwrap takes the concatenation.
    IovBuffer h4 = buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer d4 = data(msg);
    IovBuffer t4 = buf(Iov.GSS_IOV_BUFFER_TYPE_TRAILER);
    ok(mech.wrapIov(minor, i, true, 0, null, new IovBuffer[] {h4, d4, t4}), minor);
    Buffer plain = new Buffer();
    ok(mech.unwrap(minor, a, concat(h4.toByteArray(), d4.toByteArray(), t4.toByteArray()),
        plain, null, null), minor);
    assertThat(plain.value()).isEqualTo(msg);

    // Integrity only with SIGN_ONLY (DCE/RPC packet integrity): unchanged, EC = RRC = MAC.
    byte[] rpcHeader = {5, 0, 0, 3, 16, 0, 0, 0};
    IovBuffer h5 = buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer[] sig = {h5, new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, rpcHeader),
        data(msg)};
    ok(mech.wrapIov(minor, a, false, 0, null, sig), minor);
    assertThat(TokenBytes.ec(h5.toByteArray())).isEqualTo(mac);
    assertThat(TokenBytes.rrc(h5.toByteArray())).isEqualTo(mac);
    IovBuffer[] vin = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, h5.toByteArray()),
        new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, rpcHeader), data(msg)};
    ok(mech.unwrapIov(minor, i, null, null, vin), minor);
    vin[1] = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, new byte[] {5, 0, 0, 3, 16, 0, 0, 1});
    assertThat(mech.unwrapIov(minor, i, null, null, vin)).isEqualTo(GssStatus.GSS_S_BAD_SIG);

    // wrap_iov_length agrees with wrap_iov.
    IovBuffer lh = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    ok(mech.wrapIovLength(minor, a, true, 0, null, new IovBuffer[] {lh, data(msg)}), minor);
    assertThat(lh.length()).isEqualTo(hdr.length);

    // gss_wrap_aead in DCE style builds the IOV token (EC 16) even without associated data.
    Buffer aead = new Buffer();
    ok(mech.wrapAead(minor, a, true, 0, null, msg, null, aead), minor);
    assertThat(TokenBytes.ec(aead.value())).isEqualTo(16);
    assertThat(TokenBytes.rrc(aead.value())).isZero();
    Buffer back = new Buffer();
    ok(mech.unwrap(minor, i, aead.value(), back, null, null), minor);
    assertThat(back.value()).isEqualTo(msg);
  }

  @Test
  void theDceIovRulesStayOutOfOtherContexts() {
    Holder<MechContext> ini = new Holder<>();
    Holder<MechContext> acc = new Holder<>();
    int flags = FLAGS & ~Gss.GSS_C_DCE_STYLE;
    Step s1 = init(ini, flags, null);
    assertThat(s1.token()[0] & 0xFF).as("framed AP-REQ").isEqualTo(0x60);
    Step s2 = accept(acc, s1.token());
    assertThat(s2.major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(init(ini, flags, s2.token()).major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    IovBuffer h = buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    MinorStatus minor = new MinorStatus();
    ok(mech.wrapIov(minor, acc.get(), true, 0, null, new IovBuffer[] {h, data(new byte[9])}),
        minor);
    assertThat(TokenBytes.ec(h.toByteArray())).isZero();
    assertThat(((Krb5Context) acc.get()).isDce()).isFalse();
  }

  /** An error status and an unchanged context waiting for its third leg. */
  static void assertRefused(Legs l, byte[] token, String what) {
    Step s;
    try {
      s = accept(l.acc(), token);
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": threw " + e, e);
    }
    assertThat(GssStatus.isError(s.major())).as(what + ": " + Krb5Minor.describe(s.minor()))
        .isTrue();
    assertThat(s.token()).as(what).isEmpty();
    assertThat(l.acc().get()).as(what).isSameAs(l.acceptor());
    assertThat(l.acceptor().state).as(what).isEqualTo(Krb5Context.State.AWAIT_DCE_AP_REP);
  }

  static byte[] thirdLeg(KerberosKey key, int etype, EncApRepPart part) {
    try {
      byte[] enc = KerberosCrypto.encrypt(key, KeyUsage.AP_REP_ENC_PART, part.encode());
      return new ApRep(new EncryptedData(etype, null, enc)).encode();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void hostileThirdLegsOnlyGiveErrorsAndChangeNothing() throws Exception {
    Legs l = twoLegs(FLAGS);
    byte[] good = l.third();
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    String s = " (seed " + seed + ")";
    for (int n = 0; n < good.length; n++) {
      assertRefused(l, Arrays.copyOf(good, n), "truncated at " + n + s);
      byte[] flip = good.clone();
      flip[n] ^= (byte) (1 << rnd.nextInt(8));
      assertRefused(l, flip, "bit flip at " + n + s);
    }
    assertRefused(l, Arrays.copyOf(good, good.length + 1), "trailing byte");
    int body = (good[1] & 0x80) == 0 ? 2 : 2 + (good[1] & 0x7F);
    assertRefused(l, concat(new byte[] {0x6F, (byte) 0x84, 0x7F, (byte) 0xFF, (byte) 0xFF,
        (byte) 0xFF}, Arrays.copyOfRange(good, body, good.length)), "oversized outer length");
    for (int n = 0; n < 300; n++) {
      byte[] r = new byte[rnd.nextInt(200)];
      rnd.nextBytes(r);
      if (r.length > 0 && rnd.nextBoolean()) {
        r[0] = 0x6F;
      }
      assertRefused(l, r, "random #" + n + s);
    }
    Krb5Context a = l.acceptor();
    KerberosKey sk = a.sessionKey();
    Instant now = Instant.now();
    Instant ctime = Instant.ofEpochSecond(now.getEpochSecond());
    long seq = a.sendSeq();
    // A framed third leg, a wrong key, the wrong etype, the wrong sequence number, a subkey, an
    // old time: each refused with its own status.
    assertThat(accept(l.acc(), Krb5Tokens.frame(Gss.GSS_MECH_KRB5, Krb5Tokens.AP_REP, good))
        .major()).isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    KerberosKey other = KerberosCrypto.generateKey(sk.encType(), new SecureRandom());
    byte[] wrongKey = thirdLeg(other, sk.keyType(), new EncApRepPart(ctime, 0, null, seq));
    assertThat(accept(l.acc(), wrongKey).major()).isEqualTo(GssStatus.GSS_S_BAD_SIG);
    byte[] wrongEtype = thirdLeg(sk, sk.keyType() == 17 ? 18 : 17,
        new EncApRepPart(ctime, 0, null, seq));
    assertThat(accept(l.acc(), wrongEtype).major()).isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    Step wrongSeq = accept(l.acc(), thirdLeg(sk, sk.keyType(),
        new EncApRepPart(ctime, 0, null, (seq + 1) & 0xFFFF_FFFFL)));
    assertThat(wrongSeq.major()).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(Krb5Minor.describe(wrongSeq.minor())).contains("sequence number");
    Step noSeq = accept(l.acc(), thirdLeg(sk, sk.keyType(), new EncApRepPart(ctime, 0, null,
        null)));
    assertThat(noSeq.major()).isEqualTo(GssStatus.GSS_S_FAILURE);
    Step subkey = accept(l.acc(), thirdLeg(sk, sk.keyType(), new EncApRepPart(ctime, 0,
        new EncryptionKey(sk.keyType(), other.copyBytes()), seq)));
    assertThat(subkey.major()).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(Krb5Minor.describe(subkey.minor())).contains("subkey");
    Step old = accept(l.acc(), thirdLeg(sk, sk.keyType(),
        new EncApRepPart(ctime.minus(Duration.ofHours(1)), 0, null, seq)));
    assertThat(old.major()).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(Krb5Minor.describe(old.minor())).contains("s off");
    // Another context's third leg (same ticket, same session key): its sequence number differs.
    Legs other2 = twoLegs(FLAGS);
    assertThat(accept(l.acc(), other2.third()).major()).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(a.state).isEqualTo(Krb5Context.State.AWAIT_DCE_AP_REP);

    // After all that the genuine third leg still completes the context ...
    Step done = accept(l.acc(), good);
    assertThat(done.major()).as(Krb5Minor.describe(done.minor()))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    roundTrip(l.ini().get(), l.acc().get(), "after hostile third legs");
    // ... and a replayed third leg is refused without touching the open context.
    Step replay = accept(l.acc(), good);
    assertThat(replay.major()).isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    assertThat(l.acceptor().isOpen()).isTrue();
    roundTrip(l.acc().get(), l.ini().get(), "after the replay");
    // A crafted token with the right key and fields is what completes (checks can pass).
    assertThat(accept(other2.acc(), thirdLeg(other2.acceptor().sessionKey(),
        other2.acceptor().sessionKey().keyType(), new EncApRepPart(ctime, 0, null,
        other2.acceptor().sendSeq()))).major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    other.destroy();
  }

  @Test
  void rawAndFramedAreTiedToTheDceFlag() throws Exception {
    // A raw AP-REQ without the DCE flag in its checksum.
    Holder<MechContext> plain = new Holder<>();
    byte[] framed = init(plain, FLAGS & ~Gss.GSS_C_DCE_STYLE, null).token();
    byte[] raw = Krb5Tokens.parse(framed).body();
    Step s = accept(new Holder<>(), raw);
    assertThat(s.major()).isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    assertThat(s.token()[0] & 0xFF).as("a framed KRB-ERROR token").isEqualTo(0x60);
    // A framed AP-REQ with the DCE flag.
    Holder<MechContext> dce = new Holder<>();
    byte[] dceRaw = init(dce, FLAGS, null).token();
    Step f = accept(new Holder<>(), Krb5Tokens.frame(Gss.GSS_MECH_KRB5, Krb5Tokens.AP_REQ,
        dceRaw));
    assertThat(f.major()).isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    // The DCE initiator turns the acceptor's framed KRB-ERROR into FAILURE with its code ...
    Step err = init(dce, FLAGS, f.token());
    assertThat(err.major()).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(err.minor()).isEqualTo(
        io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode.KRB_AP_ERR_MSG_TYPE.mitCode());
    // ... and refuses a framed AP-REP.
    Holder<MechContext> dce2 = new Holder<>();
    Holder<MechContext> acc2 = new Holder<>();
    Step r1 = init(dce2, FLAGS, null);
    Step r2 = accept(acc2, r1.token());
    assertThat(r2.major()).isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    Step r3 = init(dce2, FLAGS, Krb5Tokens.frame(Gss.GSS_MECH_KRB5, Krb5Tokens.AP_REP,
        r2.token()));
    assertThat(r3.major()).isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    assertThat(InitialContextToken.parse(framed).mech()).isEqualTo(Gss.GSS_MECH_KRB5);
  }

  @Test
  void aDelegatedCredentialIsHandedOutWithTheThirdLeg() {
    int flags = FLAGS | Gss.GSS_C_DELEG_FLAG;
    Holder<MechContext> ini = new Holder<>();
    Holder<MechContext> acc = new Holder<>();
    Step s1 = init(ini, flags, null);
    assertThat(s1.flags() & Gss.GSS_C_DELEG_FLAG).as("the KDC forwards").isNotZero();
    Step s2 = accept(acc, s1.token());
    assertThat(s2.major()).isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    assertThat(s2.deleg()).isNull();
    Step s3 = init(ini, flags, s2.token());
    Step s4 = accept(acc, s3.token());
    assertThat(s4.major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(s4.flags() & Gss.GSS_C_DELEG_FLAG).isNotZero();
    assertThat(s4.deleg()).isInstanceOf(Krb5Cred.class);
    assertThat(((Krb5Cred) s4.deleg()).canInitiate()).isTrue();
    s4.deleg().release();
    // Deleting a context before its third leg releases the credential it held.
    Holder<MechContext> acc2 = new Holder<>();
    Step t2 = accept(acc2, init(new Holder<>(), flags, null).token());
    Krb5Cred held = ((Krb5Context) acc2.get()).delegated();
    assertThat(held).isNotNull();
    mech.deleteSecContext(new MinorStatus(), acc2.get(), new Buffer());
    assertThat(held.isReleased()).isTrue();
    assertThat(t2.deleg()).isNull();
  }

  static MechContext exportImport(MechContext ctx, String what) {
    return exportImportWith(mech, ctx, what);
  }

  static MechContext exportImportWith(Krb5Mechanism mech, MechContext ctx, String what) {
    MinorStatus minor = new MinorStatus();
    Buffer tok = new Buffer();
    int major = mech.exportSecContext(minor, ctx, tok);
    assertThat(major).as(what + ": " + Krb5Minor.describe(minor.value()))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    Holder<MechContext> h = new Holder<>();
    major = mech.importSecContext(minor, tok.value(), h);
    assertThat(major).as(what + ": " + Krb5Minor.describe(minor.value()))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    return h.get();
  }

  @Test
  void contextsMoveBetweenLegsAndAfterCompletion() {
    // The initiator after its AP-REQ, the acceptor after its AP-REP.
    Holder<MechContext> ini = new Holder<>();
    Holder<MechContext> acc = new Holder<>();
    Step s1 = init(ini, FLAGS | Gss.GSS_C_DELEG_FLAG, null);
    ini.set(exportImport(ini.get(), "initiator between legs"));
    Step s2 = accept(acc, s1.token());
    assertThat(((Krb5Context) acc.get()).delegated()).isNotNull();
    java.time.Instant authtime = ((Krb5Context) acc.get()).authtime();
    assertThat(authtime).isNotNull();
    acc.set(exportImport(acc.get(), "acceptor between legs"));
    assertThat(((Krb5Context) acc.get()).authtime()).as("carried by version 0x03")
        .isEqualTo(authtime);
    assertThat(((Krb5Context) acc.get()).delegated()).isNull();
    Step s3 = init(ini, FLAGS, s2.token());
    assertThat(s3.major()).as(Krb5Minor.describe(s3.minor())).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Step s4 = accept(acc, s3.token());
    assertThat(s4.major()).as(Krb5Minor.describe(s4.minor())).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(((Krb5Name) s4.source()).principal().toString()).isEqualTo(fx.alice);
    assertThat(s4.flags() & Gss.GSS_C_DELEG_FLAG).as("not carried across export").isZero();
    assertThat(s4.deleg()).isNull();
    roundTrip(ini.get(), acc.get(), "after moving between legs");
    // After completion both keep the DCE flag and the DCE IOV rules.
    MechContext i2 = exportImport(ini.get(), "initiator");
    MechContext a2 = exportImport(acc.get(), "acceptor");
    assertThat(((Krb5Context) i2).isDce()).isTrue();
    assertThat(((Krb5Context) a2).flags() & FLAGS).isEqualTo(FLAGS);
    roundTrip(i2, a2, "imported");
    roundTrip(a2, i2, "imported back");
    IovBuffer h = buf(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer d = data(new byte[20]);
    MinorStatus minor = new MinorStatus();
    ok(mech.wrapIov(minor, i2, true, 0, null, new IovBuffer[] {h, d}), minor);
    assertThat(TokenBytes.ec(h.toByteArray())).isEqualTo(16);
    IovBuffer[] in = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER, h.toByteArray()),
        data(d.toByteArray())};
    ok(mech.unwrapIov(minor, a2, null, null, in), minor);
    assertThat(in[1].toByteArray()).isEqualTo(new byte[20]);
    // A non-DCE context waiting for its AP-REP is still not exportable.
    Holder<MechContext> half = new Holder<>();
    init(half, Gss.GSS_C_MUTUAL_FLAG, null);
    assertThat(mech.exportSecContext(minor, half.get(), new Buffer()))
        .isEqualTo(GssStatus.GSS_S_UNAVAILABLE);
  }

  @Test
  void version2TokensBetweenLegsStillImport() throws Exception {
    for (String role : new String[] {"initiator", "acceptor"}) {
      byte[] v2;
      try (var in = Krb5DceTest.class.getResourceAsStream(
          "Krb5ImportFuzzInputs/importSecContext/v2-dce-partial-" + role)) {
        v2 = in.readAllBytes();
      }
      assertThat(v2[4]).as("version").isEqualTo((byte) 2);
      Holder<MechContext> h = new Holder<>();
      MinorStatus minor = new MinorStatus();
      ok(mech.importSecContext(minor, v2, h), minor);
      Krb5Context ctx = (Krb5Context) h.get();
      assertThat(ctx.isInitiator()).isEqualTo(role.equals("initiator"));
      assertThat(ctx.state).isEqualTo(ctx.isInitiator() ? Krb5Context.State.AWAIT_AP_REP
          : Krb5Context.State.AWAIT_DCE_AP_REP);
      assertThat(ctx.isDce()).isTrue();
      assertThat(ctx.authtime()).as("version 0x02 does not carry it").isNull();
      assertThat(ctx.sessionKey()).isNotNull();
      // re-exported as version 0x03, still between the legs
      Krb5Context.State state = ctx.state;
      Buffer again = new Buffer();
      ok(mech.exportSecContext(minor, ctx, again), minor);
      assertThat(again.value()[4]).isEqualTo((byte) 3);
      ok(mech.importSecContext(minor, again.value(), h), minor);
      assertThat(((Krb5Context) h.get()).state).isEqualTo(state);
      h.get().release();
    }
  }

  @Test
  void hostileMidwayExportTokensGiveOnlyDefinedStatuses() {
    Holder<MechContext> ini = new Holder<>();
    Holder<MechContext> acc = new Holder<>();
    Step s1 = init(ini, FLAGS, null);
    accept(acc, s1.token());
    MinorStatus minor = new MinorStatus();
    Buffer ti = new Buffer();
    Buffer ta = new Buffer();
    ok(mech.exportSecContext(minor, ini.get(), ti), minor);
    ok(mech.exportSecContext(minor, acc.get(), ta), minor);
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    for (byte[] good : new byte[][] {ti.value(), ta.value()}) {
      assertThat(good[4]).as("version of a token between legs").isEqualTo((byte) 3);
      assertThat(good[6]).as("phase").isNotZero();
      for (int n = 0; n < good.length; n++) {
        importDefined(Arrays.copyOf(good, n), "truncated at " + n + " (seed " + seed + ")");
        byte[] flip = good.clone();
        flip[n] ^= (byte) (1 << rnd.nextInt(8));
        importDefined(flip, "bit flip at " + n + " (seed " + seed + ")");
      }
      importDefined(Arrays.copyOf(good, good.length + 1), "trailing byte");
      assertThat(mech.importSecContext(minor, Arrays.copyOf(good, good.length + 1),
          new Holder<>())).isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    }
  }

  private static void importDefined(byte[] token, String what) {
    Holder<MechContext> h = new Holder<>();
    int major;
    try {
      major = mech.importSecContext(new MinorStatus(), token, h);
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": threw " + e, e);
    }
    assertThat(major).as(what).isIn(GssStatus.GSS_S_COMPLETE, GssStatus.GSS_S_DEFECTIVE_TOKEN);
    if (major == GssStatus.GSS_S_COMPLETE) {
      // a context that imports either waits for a leg or is usable; using it never throws
      Step step = ((Krb5Context) h.get()).isInitiator()
          ? init(h, FLAGS, new byte[] {0x6F, 0}) : accept(h, new byte[] {0x6F, 0});
      assertThat(GssStatus.isError(step.major())).as(what).isTrue();
      h.get().release();
    }
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int pos = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, pos, p.length);
      pos += p.length;
    }
    return out;
  }
}

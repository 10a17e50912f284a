package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_BAD_STRUCTURE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_FLAG_ALLOCATED;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_DATA;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_HEADER;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_MIC_TOKEN;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_PADDING;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_STREAM;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_TRAILER;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** IOV wrap/unwrap/MIC with MIT's layout: equivalence with plain tokens and hostile arrays. */
class Rfc4121IovTest {

  static Iterable<EncType> enctypes() {
    return Pair.ENCTYPES;
  }

  private static final int[] SIZES = {0, 1, 15, 16, 17, 33, 1000, 65536};

  /** wrapIov with separate HEADER/DATA(/PADDING)/TRAILER buffers; returns the buffers. */
  static IovBuffer[] wrapIov(Rfc4121Protector p, boolean conf, byte[] msg, boolean trailer,
      byte[] signOnly) {
    IovBuffer h = new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER | GSS_IOV_BUFFER_FLAG_ALLOCATE);
    IovBuffer d = new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, msg.clone());
    IovBuffer pad = new IovBuffer(GSS_IOV_BUFFER_TYPE_PADDING | GSS_IOV_BUFFER_FLAG_ALLOCATE);
    IovBuffer t = new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER | GSS_IOV_BUFFER_FLAG_ALLOCATE);
    IovBuffer s = new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, signOnly);
    IovBuffer[] iov = trailer ? new IovBuffer[] {h, s, d, pad, t} : new IovBuffer[] {h, s, d, pad};
    MinorStatus minor = new MinorStatus();
    BooleanHolder cs = new BooleanHolder();
    assertThat(p.wrapIov(minor, conf, 0, cs, iov)).as("minor %d", minor.value())
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(cs.get()).isEqualTo(conf);
    assertThat(h.hasFlag(GSS_IOV_BUFFER_FLAG_ALLOCATED)).isTrue();
    assertThat(pad.length()).isZero();
    return iov;
  }

  /** HEADER | DATA | TRAILER of a wrapIov result, as one token. */
  static byte[] reassemble(IovBuffer[] iov) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (IovBuffer x : iov) {
      int t = x.bufferType();
      if (t == GSS_IOV_BUFFER_TYPE_HEADER || t == GSS_IOV_BUFFER_TYPE_DATA
          || t == GSS_IOV_BUFFER_TYPE_PADDING || t == GSS_IOV_BUFFER_TYPE_TRAILER) {
        b.write(x.array(), x.offset(), x.length());
      }
    }
    return b.toByteArray();
  }

  /** A plain token equivalent built by wrapIov (with or without a TRAILER buffer). */
  static byte[] iovToken(Rfc4121Protector p, boolean conf, byte[] msg, boolean trailer) {
    return reassemble(wrapIov(p, conf, msg, trailer, new byte[0]));
  }

  private static int unwrapStream(Rfc4121Protector p, byte[] token, byte[] signOnly,
      Buffer out) {
    IovBuffer data = new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA);
    byte[] copy = token.clone();
    IovBuffer[] iov = {new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, copy),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, signOnly), data};
    int major = p.unwrapIov(new MinorStatus(), new BooleanHolder(), new IntHolder(), iov);
    if (!GssStatus.isError(major)) {
      assertThat(data.array()).as("DATA points into the stream").isSameAs(copy);
      out.set(data.toByteArray());
    }
    return major;
  }

  @ParameterizedTest
  @MethodSource("enctypes")
  void iovAndPlainTokensAreEquivalentBothWays(EncType t) throws Exception {
    Pair p = Pair.of(t);
    Random r = new Random(7);
    for (int size : SIZES) {
      byte[] msg = new byte[size];
      r.nextBytes(msg);
      for (boolean conf : new boolean[] {true, false}) {
        for (boolean trailer : new boolean[] {true, false}) {
          String what = t + " size " + size + " conf " + conf + " trailer " + trailer;
          byte[] tok = iovToken(p.initiator(), conf, msg, trailer);
          assertThat((long) tok.length).as(what)
              .isEqualTo(p.initiator().tokenLength(conf, size));
          int rrc = TokenLayout.getShort(tok, 6);
          int trl = conf ? 16 + p.initiator().macLength() : p.initiator().checksumLength();
          assertThat(rrc).as(what).isEqualTo(trailer ? 0 : trl);
          Buffer out = new Buffer();
          BooleanHolder cs = new BooleanHolder();
          assertThat(p.acceptor().unwrap(new MinorStatus(), tok, out, cs, null)).as(what)
              .isEqualTo(GSS_S_COMPLETE);
          assertThat(out.value()).isEqualTo(msg);
          assertThat(cs.get()).isEqualTo(conf);
          // plain wrap -> unwrapIov with STREAM
          Buffer plain = new Buffer();
          assertThat(p.acceptor().wrap(new MinorStatus(), conf, 0, msg, null, plain))
              .isEqualTo(GSS_S_COMPLETE);
          Buffer got = new Buffer();
          assertThat(unwrapStream(p.initiator(), plain.value(), new byte[0], got)).as(what)
              .isEqualTo(GSS_S_COMPLETE);
          assertThat(got.value()).isEqualTo(msg);
          // wrapIov -> unwrapIov with separate buffers, DATA decrypted in place
          IovBuffer[] iov = wrapIov(p.acceptor(), conf, msg, trailer, new byte[0]);
          assertThat(p.initiator().unwrapIov(new MinorStatus(), null, null, iov)).as(what)
              .isEqualTo(GSS_S_COMPLETE);
          assertThat(iov[2].toByteArray()).isEqualTo(msg);
        }
      }
    }
  }

  @Test
  void rotatedPlainTokensUnwrapAsStream() throws Exception {
    Pair p = Pair.of(EncType.AES128_CTS_HMAC_SHA1_96);
    Rfc4121Protector rot = Rfc4121Protector.builder(p.key(), false).acceptorSubkey(true)
        .rotateOnSend(true).sendSeq(1000).build();
    for (boolean conf : new boolean[] {true, false}) {
      Buffer tok = new Buffer();
      rot.wrap(new MinorStatus(), conf, 0, new byte[] {1, 2, 3}, null, tok);
      Buffer got = new Buffer();
      assertThat(unwrapStream(p.acceptor(), tok.value(), new byte[0], got))
          .isEqualTo(GSS_S_COMPLETE);
      assertThat(got.value()).containsExactly(1, 2, 3);
    }
  }

  @ParameterizedTest
  @MethodSource("enctypes")
  void signOnlyIsCoveredButNotSent(EncType t) throws Exception {
    Pair p = Pair.of(t);
    byte[] msg = "payload".getBytes();
    byte[] aad = "header-to-sign".getBytes();
    for (boolean conf : new boolean[] {false, true}) {
      for (boolean trailer : new boolean[] {true, false}) {
        String what = t + " conf " + conf + " trailer " + trailer;
        IovBuffer[] iov = wrapIov(p.initiator(), conf, msg, trailer, aad);
        byte[] tok = reassemble(iov);
        assertThat((long) tok.length).as(what)
            .isEqualTo(p.initiator().tokenLength(conf, msg.length));
        Buffer got = new Buffer();
        assertThat(unwrapStream(p.acceptor(), tok, aad, got)).as(what).isEqualTo(GSS_S_COMPLETE);
        assertThat(got.value()).isEqualTo(msg);
        // flipped or missing SIGN_ONLY -> BAD_SIG, and the window is unchanged (the same token
        // then verifies)
        byte[] tok2 = reassemble(wrapIov(p.initiator(), conf, msg, trailer, aad));
        byte[] flipped = aad.clone();
        flipped[3] ^= 1;
        assertThat(unwrapStream(p.acceptor(), tok2, flipped, got)).as(what)
            .isEqualTo(GSS_S_BAD_SIG);
        assertThat(unwrapStream(p.acceptor(), tok2, new byte[0], got)).as(what)
            .isEqualTo(GSS_S_BAD_SIG);
        assertThat(unwrapStream(p.acceptor(), tok2, aad, got)).as(what)
            .isEqualTo(GSS_S_COMPLETE);
        // the SIGN_ONLY bytes are not in the token; a plain unwrap (no SIGN_ONLY) rejects it
        assertThat(indexOf(tok2, aad)).isNegative();
        byte[] tok3 = reassemble(wrapIov(p.initiator(), conf, msg, trailer, aad));
        assertThat(p.acceptor().unwrap(new MinorStatus(), tok3, new Buffer(), null, null))
            .as(what).isEqualTo(GSS_S_BAD_SIG);
        assertThat(unwrapStream(p.acceptor(), tok3, aad, got)).as(what)
            .isEqualTo(GSS_S_COMPLETE);
      }
    }
  }

  @Test
  void withoutDataBuffersTheTokenIsIntegrityOnlyAsMitMakesIt() throws Exception {
    Pair p = Pair.of(EncType.AES256_CTS_HMAC_SHA384_192);
    byte[] aad = {1, 2, 3, 4};
    IovBuffer h = new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER);
    BooleanHolder cs = new BooleanHolder();
    cs.set(true);
    assertThat(p.initiator().wrapIovLength(new MinorStatus(), true, 0, cs, new IovBuffer[] {h,
        new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, aad)})).isEqualTo(GSS_S_COMPLETE);
    assertThat(cs.get()).isFalse();
    assertThat(h.length()).isEqualTo(16 + p.initiator().checksumLength());
    cs.set(true);
    IovBuffer[] iov = {new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER | GSS_IOV_BUFFER_FLAG_ALLOCATE),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, aad)};
    assertThat(p.initiator().wrapIov(new MinorStatus(), true, 0, cs, iov))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(cs.get()).isFalse();
    assertThat(iov[0].array()[2] & 0x02).as("Sealed flag").isZero();
    cs.set(true);
    assertThat(p.acceptor().unwrapIov(new MinorStatus(), cs, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, iov[0].toByteArray()),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, aad)})).isEqualTo(GSS_S_COMPLETE);
    assertThat(cs.get()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("enctypes")
  void wrapIovLengthIsExact(EncType t) throws Exception {
    Pair p = Pair.of(t);
    for (boolean conf : new boolean[] {true, false}) {
      for (boolean trailer : new boolean[] {true, false}) {
        IovBuffer h = new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER);
        IovBuffer d = new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, new byte[100]);
        IovBuffer pad = new IovBuffer(GSS_IOV_BUFFER_TYPE_PADDING);
        IovBuffer tr = new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER);
        IovBuffer[] iov = trailer ? new IovBuffer[] {h, d, pad, tr}
            : new IovBuffer[] {h, d, pad};
        assertThat(p.initiator().wrapIovLength(new MinorStatus(), conf, 0, null, iov))
            .isEqualTo(GSS_S_COMPLETE);
        long sum = h.length() + 100L + pad.length() + (trailer ? tr.length() : 0);
        assertThat(sum).isEqualTo(p.initiator().tokenLength(conf, 100));
        assertThat(pad.length()).isZero();
        // caller-provided buffers of exactly those sizes work
        byte[] hb = new byte[h.length()];
        byte[] tb = new byte[trailer ? tr.length() : 0];
        IovBuffer[] real = trailer
            ? new IovBuffer[] {new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, hb),
                new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, new byte[100]),
                new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER, tb)}
            : new IovBuffer[] {new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, hb),
                new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, new byte[100])};
        assertThat(p.initiator().wrapIov(new MinorStatus(), conf, 0, null, real))
            .isEqualTo(GSS_S_COMPLETE);
        assertThat(p.acceptor().unwrap(new MinorStatus(), reassemble(real), new Buffer(), null,
            null)).isEqualTo(GSS_S_COMPLETE);
      }
    }
  }

  @Test
  void hostileArraysGiveStatusCodesNeverExceptions() throws Exception {
    Pair p = Pair.of(EncType.AES128_CTS_HMAC_SHA1_96);
    Rfc4121Protector i = p.initiator();
    Rfc4121Protector a = p.acceptor();
    MinorStatus m = new MinorStatus();
    byte[] d = new byte[10];
    // missing HEADER
    assertThat(i.wrapIov(m, true, 0, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, d)})).isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(a.unwrapIov(m, null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, d)})).isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    // two HEADERs, two TRAILERs, STREAM with HEADER, STREAM without DATA
    IovBuffer h1 = new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER | GSS_IOV_BUFFER_FLAG_ALLOCATE);
    IovBuffer h2 = new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER | GSS_IOV_BUFFER_FLAG_ALLOCATE);
    assertThat(i.wrapIov(m, true, 0, null, new IovBuffer[] {h1, h2,
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, d)})).isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(i.wrapIov(m, true, 0, null, new IovBuffer[] {h1,
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, d),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER, new byte[64]),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER, new byte[64])}))
        .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(a.unwrapIov(m, null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, new byte[64]),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, new byte[16]),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA)})).isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(a.unwrapIov(m, null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, new byte[64])}))
        .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(a.unwrapIov(m, null, null, new IovBuffer[] {null}))
        .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    // too-short caller HEADER / TRAILER on wrap
    for (boolean conf : new boolean[] {true, false}) {
      assertThat(i.wrapIov(m, conf, 0, null, new IovBuffer[] {
          new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, new byte[15]),
          new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, d),
          new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER, new byte[64])}))
          .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
      assertThat(i.wrapIov(m, conf, 0, null, new IovBuffer[] {
          new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, new byte[64]),
          new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, d),
          new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER, new byte[3])}))
          .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    }
    // unwrap: a real token cut into wrong pieces, every split and truncation of a STREAM
    Random r = new Random(11);
    for (boolean conf : new boolean[] {true, false}) {
      byte[] tok = iovToken(i, conf, "hello world".getBytes(), true);
      for (int cut = 0; cut <= tok.length; cut++) {
        // CVE-2024-37371 analog: the HEADER shorter than the token header, e.g. "60 88"
        int headerLen = Math.min(cut, 40);
        int s = unwrapSplit(a, tok, headerLen, 11);
        assertThat(s == GSS_S_COMPLETE || s == GSS_S_DEFECTIVE_TOKEN || s == GSS_S_BAD_SIG
            || GssStatus.supplementaryInfo(s) != 0).as("split %d -> %x", cut, s).isTrue();
        byte[] shorter = Arrays.copyOf(tok, cut);
        int st = unwrapStream(a, shorter, new byte[0], new Buffer());
        if (cut < tok.length) {
          assertThat(st).as("stream cut %d", cut).isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_SIG);
        }
      }
      byte[] garbage = new byte[r.nextInt(100)];
      r.nextBytes(garbage);
      assertThat(unwrapStream(a, garbage, new byte[0], new Buffer()))
          .isIn(GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_SIG);
      assertThat(unwrapStream(a, new byte[] {0x60, (byte) 0x88}, new byte[0], new Buffer()))
          .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    }
  }

  /** Unwraps {@code tok} split as HEADER(headerLen) | DATA(dataLen) | TRAILER(rest). */
  private static int unwrapSplit(Rfc4121Protector a, byte[] tok, int headerLen, int dataLen) {
    int dl = Math.max(0, Math.min(dataLen, tok.length - headerLen));
    byte[] c = tok.clone();
    IovBuffer[] iov = {new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, c, 0, headerLen),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, c, headerLen, dl),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER, c, headerLen + dl,
            tok.length - headerLen - dl)};
    return a.unwrapIov(new MinorStatus(), null, null, iov);
  }

  @Test
  void micIovCoversDataAndSignOnly() throws Exception {
    Pair p = Pair.of(EncType.AES256_CTS_HMAC_SHA384_192);
    byte[] a = {1, 2, 3};
    byte[] b = {4, 5};
    IovBuffer mic = new IovBuffer(GSS_IOV_BUFFER_TYPE_MIC_TOKEN | GSS_IOV_BUFFER_FLAG_ALLOCATE);
    IovBuffer[] iov = {new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, a),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, b), mic};
    assertThat(p.initiator().getMicIov(new MinorStatus(), 0, iov)).isEqualTo(GSS_S_COMPLETE);
    // equals a plain MIC over a | b
    assertThat(p.acceptor().verifyMic(new MinorStatus(), new byte[] {1, 2, 3, 4, 5},
        mic.toByteArray(), null)).isEqualTo(GSS_S_COMPLETE);
    IovBuffer mic2 = new IovBuffer(GSS_IOV_BUFFER_TYPE_MIC_TOKEN | GSS_IOV_BUFFER_FLAG_ALLOCATE);
    IovBuffer[] iov2 = {new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, a),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, b), mic2};
    assertThat(p.initiator().getMicIov(new MinorStatus(), 0, iov2)).isEqualTo(GSS_S_COMPLETE);
    b[0] ^= 1;
    assertThat(p.acceptor().verifyMicIov(new MinorStatus(), null, iov2)).isEqualTo(GSS_S_BAD_SIG);
    b[0] ^= 1;
    assertThat(p.acceptor().verifyMicIov(new MinorStatus(), null, iov2))
        .isEqualTo(GSS_S_COMPLETE);
    IovBuffer len = new IovBuffer(GSS_IOV_BUFFER_TYPE_MIC_TOKEN);
    assertThat(p.initiator().getMicIovLength(new MinorStatus(), 0, new IovBuffer[] {len}))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(len.length()).isEqualTo(mic.length());
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}

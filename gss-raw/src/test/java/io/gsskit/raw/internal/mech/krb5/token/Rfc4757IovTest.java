package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_BAD_STRUCTURE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_GAP_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.GssStatus.GSS_S_UNSEQ_TOKEN;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE;
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
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * RFC 4757 IOV tokens ({@link Rfc4757Iov}) between GSSKit engines: the IOV token equals the
 * {@code gss_wrap} token, SIGN_ONLY placement, STREAM, PADDING rules (incl. foreign pad lengths),
 * DCE style, MIC IOV, hostile arrays and a seeded mutation property.
 */
class Rfc4757IovTest {

  private static final long SEED = Long.getLong("gsskit.seed", 4757_2L);

  record Engines(Rfc4757Protector sender, Rfc4757Protector receiver) {}

  /** A fixed-confounder sender and a receiver with replay and sequence detection. */
  static Engines engines(boolean dce, byte fill) throws Exception {
    KerberosKey k = KerberosCrypto.generateKey(EncType.ARCFOUR_HMAC, new SecureRandom());
    Rfc4757Protector s = Rfc4757Protector.builder(k, Rfc4757ProtectorTest.KRB5, false)
        .sendSeq(77).recvSeq(900).dceStyle(dce).confounders(c -> Arrays.fill(c, fill)).build();
    Rfc4757Protector r = Rfc4757Protector.builder(k, Rfc4757ProtectorTest.KRB5, true)
        .sendSeq(900).recvSeq(77).dceStyle(dce).replayDetection(true).sequenceDetection(true)
        .build();
    return new Engines(s, r);
  }

  static IovBuffer alloc(int type) {
    return new IovBuffer(type | GSS_IOV_BUFFER_FLAG_ALLOCATE);
  }

  static byte[] concat(IovBuffer... bufs) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (IovBuffer b : bufs) {
      o.write(b.array(), b.offset(), b.length());
    }
    return o.toByteArray();
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  @Test
  void iovTokenIsTheWrapTokenAndBothUnwrapEachOther() throws Exception {
    Random r = new Random(SEED);
    for (int len : new int[] {0, 1, 7, 62, 63, 64, 100, 127, 128, 300, 70000}) {
      for (boolean conf : new boolean[] {true, false}) {
        String what = "seed " + SEED + " len " + len + " conf " + conf;
        byte[] msg = bytes(r, len);
        Engines a = engines(false, (byte) 0x5A);
        Engines b = engines(false, (byte) 0x5A);
        // same key? no: separate keys; compare each IOV token with its own engine's wrap token
        Buffer plainWrap = new Buffer();
        MinorStatus minor = new MinorStatus();
        IovBuffer h = alloc(GSS_IOV_BUFFER_TYPE_HEADER);
        IovBuffer d = new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, msg.clone());
        IovBuffer p = alloc(GSS_IOV_BUFFER_TYPE_PADDING);
        IovBuffer t = alloc(GSS_IOV_BUFFER_TYPE_TRAILER);
        BooleanHolder cs = new BooleanHolder();
        assertThat(a.sender().wrapIov(minor, conf, 0, cs, new IovBuffer[] {h, d, p, t}))
            .as(what).isEqualTo(GSS_S_COMPLETE);
        assertThat(cs.get()).as(what).isEqualTo(conf);
        assertThat(p.length()).as(what).isEqualTo(1);
        if (!conf) {
          assertThat(p.toByteArray()).as(what).containsExactly(1);
        }
        assertThat(t.length()).as(what).isZero();
        byte[] iovToken = concat(h, d, p);
        // The lengths call agrees with what wrapIov produced.
        IovBuffer[] lens = {new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER),
            new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, msg), new IovBuffer(
                GSS_IOV_BUFFER_TYPE_PADDING), new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER)};
        assertThat(a.sender().wrapIovLength(minor, conf, 0, null, lens)).isEqualTo(
            GSS_S_COMPLETE);
        assertThat(lens[0].length()).as(what).isEqualTo(h.length());
        assertThat(lens[2].length()).as(what).isEqualTo(1);
        assertThat(lens[3].length()).as(what).isZero();
        // A fresh engine pair on the same key with the same confounder and sequence number
        // produces exactly this token with gss_wrap.
        Rfc4757Protector twin = Rfc4757Protector.builder(a.sender().key(),
            Rfc4757ProtectorTest.KRB5, false).sendSeq(77).confounders(c -> Arrays.fill(c,
                (byte) 0x5A)).build();
        assertThat(twin.wrap(minor, conf, 0, msg, null, plainWrap)).isEqualTo(GSS_S_COMPLETE);
        assertThat(iovToken).as(what).isEqualTo(plainWrap.value());
        // gss_unwrap reads the IOV token ...
        Buffer out = new Buffer();
        assertThat(a.receiver().unwrap(minor, iovToken, out, cs, null)).as(what)
            .isEqualTo(GSS_S_COMPLETE);
        assertThat(out.value()).as(what).isEqualTo(msg);
        // ... and unwrapIov reads gss_wrap tokens, split and as a STREAM.
        byte[] w = Rfc4757ProtectorTest.wrap(b.sender(), conf, msg);
        int hl = h.length();
        IovBuffer[] split = {new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, w, 0, hl),
            new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, w, hl, len),
            new IovBuffer(GSS_IOV_BUFFER_TYPE_PADDING, w, hl + len, 1),
            new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER)};
        byte[] w2 = Rfc4757ProtectorTest.wrap(b.sender(), conf, msg);
        assertThat(b.receiver().unwrapIov(minor, cs, new IntHolder(), split)).as(what)
            .isEqualTo(GSS_S_COMPLETE);
        assertThat(cs.get()).isEqualTo(conf);
        assertThat(split[1].toByteArray()).as(what).isEqualTo(msg);
        assertThat(split[2].length()).as("padding consumed").isZero();
        IovBuffer data = new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA);
        IovBuffer[] stream = {new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, w2), data};
        assertThat(b.receiver().unwrapIov(minor, cs, null, stream)).as(what)
            .isEqualTo(GSS_S_COMPLETE);
        assertThat(data.toByteArray()).as(what).isEqualTo(msg);
        assertThat(data.array()).as("DATA points into the stream").isSameAs(w2);
        // the same token again is a replay
        byte[] again = Rfc4757ProtectorTest.wrap(b.sender(), conf, msg);
        IovBuffer d2 = alloc(GSS_IOV_BUFFER_TYPE_DATA);
        assertThat(b.receiver().unwrapIov(minor, cs, null, new IovBuffer[] {
            new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, again.clone()), d2})).isEqualTo(
                GSS_S_COMPLETE);
        assertThat(d2.toByteArray()).isEqualTo(msg);
        assertThat(b.receiver().unwrapIov(minor, cs, null, new IovBuffer[] {
            new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, again.clone()),
            new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA)})).isEqualTo(GSS_S_DUPLICATE_TOKEN);
      }
    }
  }

  /** Layout letters: D DATA, S SIGN_ONLY, P PADDING (lower case: empty). */
  private static List<IovBuffer> layout(String spec, Random r) {
    List<IovBuffer> out = new ArrayList<>();
    for (char c : spec.toCharArray()) {
      int n = Character.isUpperCase(c) ? 1 + r.nextInt(50) : 0;
      switch (Character.toUpperCase(c)) {
        case 'H' -> out.add(alloc(GSS_IOV_BUFFER_TYPE_HEADER));
        case 'D' -> out.add(new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, bytes(r, n)));
        case 'S' -> out.add(new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, bytes(r, n)));
        case 'P' -> out.add(alloc(GSS_IOV_BUFFER_TYPE_PADDING));
        case 'T' -> out.add(alloc(GSS_IOV_BUFFER_TYPE_TRAILER));
        default -> throw new IllegalArgumentException(spec);
      }
    }
    return out;
  }

  private static IovBuffer[] copy(List<IovBuffer> bufs) {
    IovBuffer[] out = new IovBuffer[bufs.size()];
    for (int i = 0; i < out.length; i++) {
      IovBuffer b = bufs.get(i);
      out[i] = new IovBuffer(b.bufferType(), b.toByteArray());
    }
    return out;
  }

  private static byte[] dataOf(IovBuffer[] bufs) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (IovBuffer b : bufs) {
      if (b.bufferType() == GSS_IOV_BUFFER_TYPE_DATA) {
        o.write(b.array(), b.offset(), b.length());
      }
    }
    return o.toByteArray();
  }

  @Test
  void signOnlyAnywhereIsCoveredAndTamperingIsBadSigWithoutStateChange() throws Exception {
    Random r = new Random(SEED + 1);
    Engines e = engines(false, (byte) 1);
    for (String spec : new String[] {"HSDPT", "HDSPT", "HSDSDSPT", "HDPS", "HSPT", "HsdPT",
        "HDDSP", "HSSP"}) {
      for (boolean conf : new boolean[] {true, false}) {
        String what = "seed " + (SEED + 1) + " " + spec + " conf " + conf;
        List<IovBuffer> bufs = layout(spec, r);
        byte[] msg = dataOf(bufs.toArray(new IovBuffer[0]));
        IovBuffer[] iov = bufs.toArray(new IovBuffer[0]);
        BooleanHolder cs = new BooleanHolder();
        MinorStatus minor = new MinorStatus();
        assertThat(e.sender().wrapIov(minor, conf, 0, cs, iov)).as(what)
            .isEqualTo(GSS_S_COMPLETE);
        // MIT kg_integ_only_iov: any DATA buffer, even an empty one, allows sealing.
        boolean sealed = conf && spec.toUpperCase(java.util.Locale.ROOT).contains("D");
        assertThat(cs.get()).as(what).isEqualTo(sealed);
        if (sealed && msg.length > 0) {
          assertThat(dataOf(iov)).as(what + " encrypted in place").isNotEqualTo(msg);
        }
        for (int i = 0; i < iov.length; i++) {
          if (iov[i].bufferType() == GSS_IOV_BUFFER_TYPE_SIGN_ONLY && iov[i].length() > 0) {
            IovBuffer[] bad = copy(Arrays.asList(iov));
            bad[i].array()[r.nextInt(bad[i].length())] ^= 0x04;
            byte[] before = dataOf(bad);
            assertThat(e.receiver().unwrapIov(minor, cs, null, bad)).as(what)
                .isEqualTo(GSS_S_BAD_SIG);
            assertThat(dataOf(bad)).as(what + " DATA untouched").isEqualTo(before);
          }
        }
        IovBuffer[] good = copy(Arrays.asList(iov));
        assertThat(e.receiver().unwrapIov(minor, cs, null, good)).as(what)
            .isEqualTo(GSS_S_COMPLETE);
        assertThat(cs.get()).as(what).isEqualTo(sealed);
        assertThat(dataOf(good)).as(what).isEqualTo(msg);
      }
    }
  }

  @Test
  void foreignPadLengthsAreStrippedAndBadOnesRejected() throws Exception {
    Engines e = engines(false, (byte) 3);
    byte[] msg = "eight bytes pad".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    for (int pad = 0; pad <= 10; pad++) {
      for (boolean conf : new boolean[] {true, false}) {
        byte[] tok = paddedToken(e.sender(), conf, msg, pad);
        MinorStatus minor = new MinorStatus();
        IovBuffer data = new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA);
        int s = e.receiver().unwrapIov(minor, null, null, new IovBuffer[] {
            new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, tok.clone()), data});
        Buffer out = new Buffer();
        // gss_unwrap judges the same token the same way (its sequence number is then a replay)
        int plain = e.receiver().unwrap(new MinorStatus(), tok, out, null, null);
        if (pad >= 1 && pad <= 8) {
          assertThat(s).as("pad " + pad).isIn(GSS_S_COMPLETE, GSS_S_UNSEQ_TOKEN,
              GSS_S_GAP_TOKEN);
          assertThat(data.toByteArray()).as("pad " + pad).isEqualTo(msg);
          assertThat(plain).as("pad " + pad).isEqualTo(GSS_S_DUPLICATE_TOKEN);
        } else {
          assertThat(s).as("pad " + pad).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
          assertThat(minor.value()).isEqualTo(Rfc4121Minor.BAD_PADDING);
          assertThat(plain).as("pad " + pad).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
        }
      }
    }
  }

  /**
   * A gss_wrap token with {@code pad} bytes of value {@code pad} (RFC 1964 block padding as DES
   * senders use it), built from the primitives.
   */
  static byte[] paddedToken(Rfc4757Protector p, boolean conf, byte[] msg, int pad) {
    int inner = Rfc4757Layout.WRAP_HEADER + msg.length + pad;
    byte[] tok = Rfc4757Layout.allocate(p.oidDer(), inner);
    int at = tok.length - inner;
    Rfc4757Protector.header(tok, at, Rfc4757Layout.WRAP_TOKEN_ID, conf);
    tok[at + 6] = Rfc4757Layout.FILLER;
    tok[at + 7] = Rfc4757Layout.FILLER;
    p.confounder(tok, at + Rfc4757Layout.CONFOUNDER);
    System.arraycopy(msg, 0, tok, at + Rfc4757Layout.WRAP_HEADER, msg.length);
    Arrays.fill(tok, tok.length - pad, tok.length, (byte) pad);
    int seq = p.takeSendSeq();
    p.keys().checksum(Rfc4757Keys.WRAP_USAGE, tok, at, tok, at + Rfc4757Layout.CONFOUNDER,
        inner - Rfc4757Layout.CONFOUNDER, tok, 0, 0, tok, at + Rfc4757Layout.SGN_CKSUM);
    p.sequenceField(tok, at, seq);
    if (conf) {
      p.keys().sealCipher(seq).processBytes(tok, at + Rfc4757Layout.CONFOUNDER,
          inner - Rfc4757Layout.CONFOUNDER, tok, at + Rfc4757Layout.CONFOUNDER);
    }
    return tok;
  }

  @Test
  void explicitBuffersTakeForeignPaddingFromTheData() throws Exception {
    Engines e = engines(false, (byte) 9);
    byte[] msg = {10, 20, 30, 40, 50};
    byte[] tok = paddedToken(e.sender(), true, msg, 4);
    int hl = tok.length - msg.length - 4;
    // The caller splits as for one pad byte: DATA holds the message and 3 pad bytes.
    IovBuffer data = new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, tok, hl, msg.length + 3);
    IovBuffer pad = new IovBuffer(GSS_IOV_BUFFER_TYPE_PADDING, tok, tok.length - 1, 1);
    assertThat(e.receiver().unwrapIov(new MinorStatus(), null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, tok, 0, hl), data, pad}))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(data.toByteArray()).isEqualTo(msg);
    assertThat(pad.length()).isZero();
    // Without a PADDING buffer (WinRM style) nothing is stripped: the pad bytes are data.
    byte[] tok2 = paddedToken(e.sender(), true, msg, 0);
    IovBuffer d2 = new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, tok2, tok2.length - msg.length,
        msg.length);
    assertThat(e.receiver().unwrapIov(new MinorStatus(), null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, tok2, 0, tok2.length - msg.length), d2}))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(d2.toByteArray()).isEqualTo(msg);
  }

  @Test
  void dceStyleHasNoPaddingAndAnnouncesTheHeaderOnly() throws Exception {
    Random r = new Random(SEED + 3);
    Engines e = engines(true, (byte) 7);
    for (int len : new int[] {0, 1, 16, 200}) {
      for (boolean conf : new boolean[] {true, false}) {
        for (boolean withPadding : new boolean[] {true, false}) {
          String what = "seed " + (SEED + 3) + " len " + len + " conf " + conf + " padding "
              + withPadding;
          byte[] msg = bytes(r, len);
          byte[] assoc = bytes(r, 12);
          List<IovBuffer> bufs = new ArrayList<>(List.of(alloc(GSS_IOV_BUFFER_TYPE_HEADER),
              new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, assoc),
              new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, msg.clone())));
          if (withPadding) {
            bufs.add(alloc(GSS_IOV_BUFFER_TYPE_PADDING));
          }
          IovBuffer[] iov = bufs.toArray(new IovBuffer[0]);
          MinorStatus minor = new MinorStatus();
          assertThat(e.sender().wrapIov(minor, conf, 0, null, iov)).as(what)
              .isEqualTo(GSS_S_COMPLETE);
          byte[] h = iov[0].toByteArray();
          // 60 2B 06 09 <krb5 OID> + 32: the DER length covers OID + token header only.
          assertThat(h).as(what).hasSize(2 + 11 + 32);
          assertThat(h[1] & 0xFF).as(what).isEqualTo(11 + 32);
          if (withPadding) {
            assertThat(iov[3].length()).as(what).isZero();
          }
          IovBuffer[] lens = {new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER),
              new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, msg)};
          assertThat(e.sender().wrapIovLength(minor, conf, 0, null, lens))
              .isEqualTo(GSS_S_COMPLETE);
          assertThat(lens[0].length()).isEqualTo(h.length);
          IovBuffer[] back = copy(bufs);
          back[0] = new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, h);
          BooleanHolder cs = new BooleanHolder();
          assertThat(e.receiver().unwrapIov(minor, cs, null, back)).as(what)
              .isEqualTo(GSS_S_COMPLETE);
          assertThat(back[2].toByteArray()).as(what).isEqualTo(msg);
          assertThat(cs.get()).isEqualTo(conf);
          // As one stream (GSSKit's extension; MIT refuses STREAM on DCE contexts).
          IovBuffer[] again = {alloc(GSS_IOV_BUFFER_TYPE_HEADER),
              new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, assoc),
              new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, msg.clone())};
          assertThat(e.sender().wrapIov(minor, conf, 0, null, again)).isEqualTo(GSS_S_COMPLETE);
          IovBuffer d = new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA);
          assertThat(e.receiver().unwrapIov(minor, cs, null, new IovBuffer[] {
              new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, concat(again[0], again[2])),
              new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, assoc), d})).as(what)
              .isEqualTo(GSS_S_COMPLETE);
          assertThat(d.toByteArray()).as(what).isEqualTo(msg);
        }
      }
    }
    // A non-DCE receiver refuses a DCE token's framing (its length does not cover the data).
    Engines plain = engines(false, (byte) 7);
    Rfc4757Protector dceSender = Rfc4757Protector.builder(plain.sender().key(),
        Rfc4757ProtectorTest.KRB5, false).sendSeq(77).dceStyle(true).build();
    IovBuffer[] iov = {alloc(GSS_IOV_BUFFER_TYPE_HEADER),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, new byte[] {1, 2, 3})};
    assertThat(dceSender.wrapIov(new MinorStatus(), true, 0, null, iov))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(plain.receiver().unwrap(new MinorStatus(), concat(iov[0], iov[1]), new Buffer(),
        null, null)).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
  }

  @Test
  void micIovIsTheMicOverDataSignOnlyAndPaddingInOrder() throws Exception {
    Engines e = engines(false, (byte) 0);
    byte[] a = {1, 2, 3};
    byte[] b = {4, 5};
    IovBuffer mic = alloc(GSS_IOV_BUFFER_TYPE_MIC_TOKEN);
    MinorStatus minor = new MinorStatus();
    IovBuffer[] lens = {new IovBuffer(GSS_IOV_BUFFER_TYPE_MIC_TOKEN)};
    assertThat(e.sender().getMicIovLength(minor, 0, lens)).isEqualTo(GSS_S_COMPLETE);
    assertThat(lens[0].length()).isEqualTo(2 + 11 + 24);
    assertThat(e.sender().getMicIov(minor, 0, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, a), new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY,
            b), mic})).isEqualTo(GSS_S_COMPLETE);
    assertThat(mic.length()).isEqualTo(lens[0].length());
    assertThat(e.receiver().verifyMic(minor, new byte[] {1, 2, 3, 4, 5}, mic.toByteArray(), null))
        .isEqualTo(GSS_S_COMPLETE);
    byte[] m2 = Rfc4757ProtectorTest.mic(e.sender(), new byte[] {1, 2, 3, 4, 5});
    assertThat(e.receiver().verifyMicIov(minor, new IntHolder(), new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, new byte[] {1, 2}),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, new byte[] {3, 4, 5}),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_MIC_TOKEN, m2)})).isEqualTo(GSS_S_COMPLETE);
    byte[] m3 = Rfc4757ProtectorTest.mic(e.sender(), new byte[] {1, 2, 3, 4, 5});
    assertThat(e.receiver().verifyMicIov(minor, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, new byte[] {1, 2, 3, 5, 4}),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_MIC_TOKEN, m3)})).isEqualTo(GSS_S_BAD_SIG);
    assertThat(e.receiver().verifyMicIov(minor, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, a)})).isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
  }

  @Test
  void hostileArraysGiveStatusesNeverExceptions() throws Exception {
    Engines e = engines(false, (byte) 0);
    MinorStatus minor = new MinorStatus();
    byte[] d = {1};
    // wrap: no HEADER, no PADDING (outside DCE), two HEADERs, a STREAM, a short caller HEADER
    assertThat(e.sender().wrapIov(minor, true, 0, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, d), alloc(GSS_IOV_BUFFER_TYPE_PADDING)}))
        .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(e.sender().wrapIov(minor, true, 0, null, new IovBuffer[] {
        alloc(GSS_IOV_BUFFER_TYPE_HEADER), new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, d)}))
        .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(e.sender().wrapIovLength(minor, false, 0, null, new IovBuffer[] {
        alloc(GSS_IOV_BUFFER_TYPE_HEADER), new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, d)}))
        .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(e.sender().wrapIov(minor, true, 0, null, new IovBuffer[] {
        alloc(GSS_IOV_BUFFER_TYPE_HEADER), alloc(GSS_IOV_BUFFER_TYPE_HEADER),
        alloc(GSS_IOV_BUFFER_TYPE_PADDING)})).isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(e.sender().wrapIov(minor, true, 0, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, new byte[44]),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, d), alloc(GSS_IOV_BUFFER_TYPE_PADDING)}))
        .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(e.sender().wrapIov(minor, true, 0, null, new IovBuffer[] {null}))
        .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(e.sender().wrapIov(minor, true, 0, null, new IovBuffer[] {new IovBuffer(99)}))
        .isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    // unwrap: no HEADER, a non-empty TRAILER, STREAM with two DATA, STREAM with a HEADER
    byte[] tok = Rfc4757ProtectorTest.wrap(e.sender(), true, d);
    assertThat(e.receiver().unwrapIov(minor, null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, tok)})).isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    int hl = tok.length - 2;
    assertThat(e.receiver().unwrapIov(minor, null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, tok, 0, hl),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, tok, hl, 1),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER, tok, hl + 1, 1)}))
        .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    assertThat(e.receiver().unwrapIov(minor, null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, tok), new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA)})).isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    assertThat(e.receiver().unwrapIov(minor, null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, tok), alloc(GSS_IOV_BUFFER_TYPE_HEADER),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA)})).isEqualTo(GSS_S_CALL_BAD_STRUCTURE);
    // header of the wrong length (one byte moved from HEADER to DATA)
    assertThat(e.receiver().unwrapIov(minor, null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, tok, 0, hl - 1),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, tok, hl - 1, 2),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_PADDING, tok, hl + 1, 1)}))
        .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    // the valid token still unwraps: nothing above changed state
    IovBuffer data = new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA);
    assertThat(e.receiver().unwrapIov(minor, null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, tok), data})).isEqualTo(GSS_S_COMPLETE);
    assertThat(data.toByteArray()).isEqualTo(d);
    // QOP and destroyed engines
    assertThat(e.sender().wrapIov(minor, true, 5, null, new IovBuffer[0]))
        .isEqualTo(io.gsskit.raw.GssStatus.GSS_S_BAD_QOP);
    e.receiver().destroy();
    assertThat(e.receiver().unwrapIov(minor, null, null, new IovBuffer[] {
        new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, tok), data})).isEqualTo(GSS_S_NO_CONTEXT);
  }

  /**
   * Property: flipping any bit of a wrapped token's HEADER, DATA or PADDING, or truncating a
   * STREAM anywhere, gives only BAD_SIG / DEFECTIVE_TOKEN (or, for the four sequence-number
   * bytes of an integrity-only token, COMPLETE with another sequence number; RFC 4757 does not
   * cover SND_SEQ by the checksum), never an exception.
   */
  @Test
  void mutatedTokensOnlyGiveDefinedStatuses() throws Exception {
    Random r = new Random(SEED + 5);
    for (int round = 0; round < 40; round++) {
      String what = "seed " + (SEED + 5) + " round " + round;
      boolean dce = r.nextBoolean();
      boolean conf = r.nextBoolean();
      Engines e = engines(dce, (byte) round);
      byte[] msg = bytes(r, r.nextInt(90));
      IovBuffer[] iov = {alloc(GSS_IOV_BUFFER_TYPE_HEADER),
          new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, bytes(r, r.nextInt(5))),
          new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, msg.clone()),
          alloc(GSS_IOV_BUFFER_TYPE_PADDING)};
      assertThat(e.sender().wrapIov(new MinorStatus(), conf, 0, null, iov)).as(what)
          .isEqualTo(GSS_S_COMPLETE);
      byte[] token = concat(iov[0], iov[2], iov[3]);
      int hl = iov[0].length();
      for (int k = 0; k < 30; k++) {
        byte[] t = token.clone();
        int bit = r.nextInt(t.length * 8);
        t[bit / 8] ^= (byte) (1 << (bit % 8));
        IovBuffer[] m = {new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, t, 0, hl), iov[1],
            new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, t, hl, msg.length),
            new IovBuffer(GSS_IOV_BUFFER_TYPE_PADDING, t, hl + msg.length, t.length - hl
                - msg.length)};
        int s = e.receiver().unwrapIov(new MinorStatus(), null, null, m);
        assertThat(s).as(what + " bit " + bit).isIn(GSS_S_BAD_SIG, GSS_S_DEFECTIVE_TOKEN,
            GSS_S_COMPLETE, GSS_S_UNSEQ_TOKEN, GSS_S_GAP_TOKEN, GSS_S_DUPLICATE_TOKEN,
            io.gsskit.raw.GssStatus.GSS_S_OLD_TOKEN);
        if (s != GSS_S_BAD_SIG && s != GSS_S_DEFECTIVE_TOKEN) {
          int inner = hl - 32;
          assertThat(bit / 8).as(what + " accepted flip must be in SND_SEQ's number")
              .isBetween(inner + 8, inner + 11);
          assertThat(conf).as(what).isFalse();
        }
      }
      for (int cut = 0; cut < token.length; cut++) {
        int s = e.receiver().unwrapIov(new MinorStatus(), null, null, new IovBuffer[] {
            new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, Arrays.copyOf(token, cut)), iov[1],
            new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA)});
        assertThat(s).as(what + " cut " + cut).isIn(GSS_S_BAD_SIG, GSS_S_DEFECTIVE_TOKEN);
      }
    }
  }

  @Test
  void exportKeepsDceStyle() throws Exception {
    Engines e = engines(true, (byte) 0);
    AtomicReference<MessageProtector> ref = new AtomicReference<>();
    assertThat(MessageProtectors.importState(new MinorStatus(), e.receiver().export(), ref))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(((Rfc4757Protector) ref.get()).dceStyle()).isTrue();
    IovBuffer[] iov = {alloc(GSS_IOV_BUFFER_TYPE_HEADER),
        new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, new byte[] {9})};
    assertThat(e.sender().wrapIov(new MinorStatus(), true, 0, null, iov))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(ref.get().unwrapIov(new MinorStatus(), null, null, iov))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(iov[1].toByteArray()).containsExactly(9);
    Engines n = engines(false, (byte) 0);
    assertThat(MessageProtectors.importState(new MinorStatus(), n.receiver().export(), ref))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(((Rfc4757Protector) ref.get()).dceStyle()).isFalse();
  }
}

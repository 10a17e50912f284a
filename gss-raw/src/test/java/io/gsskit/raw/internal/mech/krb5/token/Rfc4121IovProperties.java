package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_SIG;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_DATA;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_HEADER;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of IOV wrap/unwrap with SIGN_ONLY buffers between GSSKit engines, for every
 * enctype: random layouts (DATA and SIGN_ONLY in any order, empty buffers, with or without
 * PADDING and TRAILER, sealed or not) round-trip through separate buffers and STREAM; every
 * flipped byte of the MAC/checksum, of the SIGN_ONLY data and of the ciphertext gives
 * {@code GSS_S_BAD_SIG}, releases no plaintext and leaves the receive window unchanged.
 */
class Rfc4121IovProperties {

  private static final long SEED = Long.getLong("gsskit.seed", 0x4121L);

  static Iterable<EncType> enctypes() {
    return Pair.ENCTYPES;
  }

  /** Layout kinds and contents of the DATA/SIGN_ONLY part of a message. */
  private record Part(int type, byte[] value) {}

  private static List<Part> randomMessage(Random r) {
    List<Part> parts = new ArrayList<>();
    int n = r.nextInt(7);
    for (int i = 0; i < n; i++) {
      byte[] v = new byte[r.nextInt(4) == 0 ? 0 : r.nextInt(70)];
      r.nextBytes(v);
      parts.add(new Part(r.nextBoolean() ? GSS_IOV_BUFFER_TYPE_DATA
          : GSS_IOV_BUFFER_TYPE_SIGN_ONLY, v));
    }
    return parts;
  }

  private static IovBuffer[] frame(List<Part> msg, boolean padding, boolean trailer) {
    List<IovBuffer> b = new ArrayList<>();
    b.add(new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER | GSS_IOV_BUFFER_FLAG_ALLOCATE));
    for (Part p : msg) {
      b.add(new IovBuffer(p.type(), p.value().clone()));
    }
    if (padding) {
      b.add(new IovBuffer(GSS_IOV_BUFFER_TYPE_PADDING | GSS_IOV_BUFFER_FLAG_ALLOCATE));
    }
    if (trailer) {
      b.add(new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER | GSS_IOV_BUFFER_FLAG_ALLOCATE));
    }
    return b.toArray(new IovBuffer[0]);
  }

  /** Fresh buffers with copies of the values (what a receiver would hold). */
  private static IovBuffer[] copy(IovBuffer[] iov) {
    IovBuffer[] c = new IovBuffer[iov.length];
    for (int i = 0; i < iov.length; i++) {
      c[i] = new IovBuffer(iov[i].bufferType(), iov[i].toByteArray());
    }
    return c;
  }

  private static byte[] concat(IovBuffer[] iov, int type) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (IovBuffer b : iov) {
      if (b.bufferType() == type) {
        o.write(b.array(), b.offset(), b.length());
      }
    }
    return o.toByteArray();
  }

  private static byte[] plain(List<Part> msg) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (Part p : msg) {
      if (p.type() == GSS_IOV_BUFFER_TYPE_DATA) {
        o.write(p.value(), 0, p.value().length);
      }
    }
    return o.toByteArray();
  }

  /** HEADER | DATA… | PADDING | TRAILER of a wrapped array: the whole token. */
  private static byte[] token(IovBuffer[] iov) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (IovBuffer b : iov) {
      if (b.bufferType() != GSS_IOV_BUFFER_TYPE_SIGN_ONLY) {
        o.write(b.array(), b.offset(), b.length());
      }
    }
    return o.toByteArray();
  }

  /** STREAM(token) with the SIGN_ONLY parts around one DATA buffer, in the message's order. */
  private static IovBuffer[] stream(List<Part> msg, byte[] token) {
    List<IovBuffer> b = new ArrayList<>();
    b.add(new IovBuffer(GSS_IOV_BUFFER_TYPE_STREAM, token));
    for (Part p : msg) {
      b.add(p.type() == GSS_IOV_BUFFER_TYPE_DATA ? new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA)
          : new IovBuffer(p.type(), p.value().clone()));
    }
    return b.toArray(new IovBuffer[0]);
  }

  private static long dataCount(List<Part> msg) {
    return msg.stream().filter(p -> p.type() == GSS_IOV_BUFFER_TYPE_DATA).count();
  }

  private static IovBuffer[] wrap(Rfc4121Protector p, List<Part> msg, boolean conf,
      boolean padding, boolean trailer, String what) {
    IovBuffer[] iov = frame(msg, padding, trailer);
    MinorStatus minor = new MinorStatus();
    BooleanHolder cs = new BooleanHolder();
    assertThat(p.wrapIov(minor, conf, 0, cs, iov)).as(what + " minor " + minor.value())
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(cs.get()).as(what).isEqualTo(conf && dataCount(msg) > 0);
    return iov;
  }

  @ParameterizedTest
  @MethodSource("enctypes")
  void randomLayoutsRoundTrip(EncType t) throws Exception {
    long seed = SEED + t.number();
    Random r = new Random(seed);
    Pair p = Pair.of(t);
    for (int round = 0; round < 80; round++) {
      List<Part> msg = randomMessage(r);
      boolean conf = r.nextBoolean();
      boolean padding = r.nextBoolean();
      boolean trailer = r.nextBoolean();
      boolean sealed = conf && dataCount(msg) > 0;
      String what = "seed " + seed + " " + t + " round " + round + " conf " + conf
          + " padding " + padding + " trailer " + trailer + " layout "
          + msg.stream().map(x -> (x.type() == GSS_IOV_BUFFER_TYPE_DATA ? "D" : "S")
              + x.value().length).toList();
      IovBuffer[] sent = wrap(p.initiator(), msg, conf, padding, trailer, what);
      // SIGN_ONLY never changes; with confidentiality DATA is ciphertext
      assertThat(concat(sent, GSS_IOV_BUFFER_TYPE_SIGN_ONLY)).as(what).isEqualTo(
          concat(frame(msg, false, false), GSS_IOV_BUFFER_TYPE_SIGN_ONLY));
      IovBuffer[] recv = copy(sent);
      BooleanHolder cs = new BooleanHolder();
      assertThat(p.acceptor().unwrapIov(new MinorStatus(), cs, new IntHolder(), recv))
          .as(what).isEqualTo(GSS_S_COMPLETE);
      assertThat(cs.get()).as(what).isEqualTo(sealed);
      assertThat(concat(recv, GSS_IOV_BUFFER_TYPE_DATA)).as(what).isEqualTo(plain(msg));
      if (dataCount(msg) == 1) {
        IovBuffer[] again = wrap(p.acceptor(), msg, conf, padding, trailer, what);
        IovBuffer[] s = stream(msg, token(again));
        assertThat(p.initiator().unwrapIov(new MinorStatus(), cs, null, s)).as(what + " stream")
            .isEqualTo(GSS_S_COMPLETE);
        assertThat(concat(s, GSS_IOV_BUFFER_TYPE_DATA)).as(what + " stream")
            .isEqualTo(plain(msg));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("enctypes")
  void everyFlipIsRejectedWithoutReleasingPlaintextOrChangingState(EncType t)
      throws Exception {
    Pair p = Pair.of(t);
    Random r = new Random(SEED - t.number());
    List<Part> msg = new ArrayList<>();
    for (int[] part : new int[][] {{GSS_IOV_BUFFER_TYPE_SIGN_ONLY, 9},
        {GSS_IOV_BUFFER_TYPE_DATA, 20}, {GSS_IOV_BUFFER_TYPE_SIGN_ONLY, 5},
        {GSS_IOV_BUFFER_TYPE_DATA, 7}}) {
      byte[] v = new byte[part[1]];
      r.nextBytes(v);
      msg.add(new Part(part[0], v));
    }
    for (boolean conf : new boolean[] {true, false}) {
      for (boolean trailer : new boolean[] {true, false}) {
        String what = t + " conf " + conf + " trailer " + trailer;
        IovBuffer[] sent = wrap(p.initiator(), msg, conf, true, trailer, what);
        for (int i = 0; i < sent.length; i++) {
          IovBuffer b = sent[i];
          for (int j = 0; j < b.length(); j++) {
            IovBuffer[] recv = copy(sent);
            recv[i].array()[j] ^= 0x04;
            String where = what + " buffer " + i + " byte " + j;
            byte[] dataBefore = concat(recv, GSS_IOV_BUFFER_TYPE_DATA);
            int major = p.acceptor().unwrapIov(new MinorStatus(), null, null, recv);
            // Everything but the clear token header is covered by the MAC or checksum: BAD_SIG.
            // A flipped token header gives BAD_SIG or DEFECTIVE_TOKEN (EC, RRC, header copy).
            boolean tokenHeader = b.bufferType() == GSS_IOV_BUFFER_TYPE_HEADER && j < 16;
            if (tokenHeader) {
              assertThat(GssStatus.isError(major)).as(where).isTrue();
            } else {
              assertThat(major).as(where).isEqualTo(GSS_S_BAD_SIG);
            }
            assertThat(concat(recv, GSS_IOV_BUFFER_TYPE_DATA)).as(where + ": no plaintext")
                .isEqualTo(dataBefore);
          }
        }
        // the genuine buffers still unwrap: no failure above moved the window
        IovBuffer[] recv = copy(sent);
        assertThat(p.acceptor().unwrapIov(new MinorStatus(), null, null, recv)).as(what)
            .isEqualTo(GSS_S_COMPLETE);
        assertThat(concat(recv, GSS_IOV_BUFFER_TYPE_DATA)).as(what).isEqualTo(plain(msg));
        // ... and only once (replay detection)
        assertThat(p.acceptor().unwrapIov(new MinorStatus(), null, null, copy(sent)))
            .as(what).isEqualTo(GssStatus.GSS_S_DUPLICATE_TOKEN);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("enctypes")
  void streamFlipsWithOneDataBuffer(EncType t) throws Exception {
    Pair p = Pair.of(t);
    Random r = new Random(SEED + 7 * t.number());
    List<Part> msg = new ArrayList<>();
    for (int[] part : new int[][] {{GSS_IOV_BUFFER_TYPE_SIGN_ONLY, 6},
        {GSS_IOV_BUFFER_TYPE_DATA, 33}, {GSS_IOV_BUFFER_TYPE_SIGN_ONLY, 4}}) {
      byte[] v = new byte[part[1]];
      r.nextBytes(v);
      msg.add(new Part(part[0], v));
    }
    for (boolean conf : new boolean[] {true, false}) {
      for (boolean trailer : new boolean[] {true, false}) {
        String what = t + " conf " + conf + " trailer " + trailer;
        byte[] tok = token(wrap(p.initiator(), msg, conf, false, trailer, what));
        // every SIGN_ONLY byte
        for (int part : new int[] {0, 2}) {
          for (int j = 0; j < msg.get(part).value().length; j++) {
            List<Part> wrong = new ArrayList<>(msg);
            byte[] v = msg.get(part).value().clone();
            v[j] ^= 0x01;
            wrong.set(part, new Part(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, v));
            byte[] copy = tok.clone();
            assertThat(p.acceptor().unwrapIov(new MinorStatus(), null, null,
                stream(wrong, copy))).as(what + " sign-only " + part + "/" + j)
                .isEqualTo(GSS_S_BAD_SIG);
            assertThat(copy).as(what + ": stream unchanged").isEqualTo(tok);
          }
        }
        // every token byte: the clear token header gives an error, the rest BAD_SIG; the
        // stream keeps its ciphertext
        for (int j = 0; j < tok.length; j++) {
          byte[] bad = tok.clone();
          bad[j] ^= 0x40;
          byte[] before = bad.clone();
          int major = p.acceptor().unwrapIov(new MinorStatus(), null, null, stream(msg, bad));
          if (j < 16) {
            assertThat(GssStatus.isError(major)).as(what + " stream byte " + j).isTrue();
          } else {
            assertThat(major).as(what + " stream byte " + j).isEqualTo(GSS_S_BAD_SIG);
          }
          assertThat(bad).as(what + " stream byte " + j + ": unchanged").isEqualTo(before);
        }
        IovBuffer[] s = stream(msg, tok.clone());
        Buffer got = new Buffer();
        assertThat(p.acceptor().unwrapIov(new MinorStatus(), null, null, s)).as(what)
            .isEqualTo(GSS_S_COMPLETE);
        got.set(concat(s, GSS_IOV_BUFFER_TYPE_DATA));
        assertThat(got.value()).as(what).isEqualTo(plain(msg));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("enctypes")
  void hostileTokensWithSignOnlyGiveStatusCodes(EncType t) throws Exception {
    Pair p = Pair.of(t);
    long seed = SEED + 31 * t.number();
    Random r = new Random(seed);
    List<Part> msg = List.of(new Part(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, new byte[] {9, 8, 7}),
        new Part(GSS_IOV_BUFFER_TYPE_DATA, new byte[45]));
    for (boolean conf : new boolean[] {true, false}) {
      byte[] tok = token(wrap(p.initiator(), msg, conf, false, r.nextBoolean(), "hostile"));
      for (int cut = 0; cut < tok.length; cut++) {
        int major = p.acceptor().unwrapIov(new MinorStatus(), null, null,
            stream(msg, Arrays.copyOf(tok, cut)));
        assertThat(major).as("seed %d %s conf %b cut %d", seed, t, conf, cut)
            .isIn(GssStatus.GSS_S_DEFECTIVE_TOKEN, GSS_S_BAD_SIG);
      }
      for (int round = 0; round < 300; round++) {
        byte[] bad = tok.clone();
        switch (round % 3) {
          case 0 -> { // random EC and RRC
            bad[4] = (byte) r.nextInt(256);
            bad[5] = (byte) r.nextInt(256);
            bad[6] = (byte) r.nextInt(256);
            bad[7] = (byte) r.nextInt(256);
          }
          case 1 -> r.nextBytes(bad); // garbage of the right length
          default -> { // random header, random length
            bad = Arrays.copyOf(tok, 16 + r.nextInt(tok.length));
            r.nextBytes(bad);
            bad[0] = 0x05;
            bad[1] = 0x04;
            bad[2] = (byte) (0x01 | 0x04 | (conf ? 0x02 : 0));
            bad[3] = (byte) 0xFF;
          }
        }
        // as a STREAM, and split into HEADER | DATA | TRAILER at random points
        int a = r.nextInt(bad.length + 1);
        int b = a + r.nextInt(bad.length - a + 1);
        byte[] c = bad.clone();
        IovBuffer[] split = {new IovBuffer(GSS_IOV_BUFFER_TYPE_HEADER, c, 0, a),
            new IovBuffer(GSS_IOV_BUFFER_TYPE_SIGN_ONLY, new byte[] {9, 8, 7}),
            new IovBuffer(GSS_IOV_BUFFER_TYPE_DATA, c, a, b - a),
            new IovBuffer(GSS_IOV_BUFFER_TYPE_TRAILER, c, b, c.length - b)};
        for (IovBuffer[] iov : List.of(stream(msg, bad), split)) {
          int major = p.acceptor().unwrapIov(new MinorStatus(), null, null, iov);
          assertThat(GssStatus.isError(major)).as("seed %d %s round %d", seed, t, round)
              .isTrue();
        }
      }
    }
  }
}

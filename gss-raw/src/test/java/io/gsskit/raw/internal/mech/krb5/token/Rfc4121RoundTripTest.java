package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_QOP;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rfc4121RoundTripTest {

  static final int[] SIZES = {0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 1000, 4096, 65536,
      1 << 20};

  static Iterable<EncType> enctypes() {
    return Pair.ENCTYPES;
  }

  @ParameterizedTest
  @MethodSource("enctypes")
  void wrapUnwrapBothDirectionsAllSizes(EncType t) throws Exception {
    Pair p = Pair.of(t);
    Random r = new Random(42);
    for (boolean rotate : new boolean[] {false, true}) {
      Pair q = rotate ? rotated(p) : p;
      for (int size : SIZES) {
        byte[] msg = new byte[size];
        r.nextBytes(msg);
        for (boolean conf : new boolean[] {true, false}) {
          roundTrip(q.initiator(), q.acceptor(), msg, conf, t + " size " + size);
          roundTrip(q.acceptor(), q.initiator(), msg, conf, t + " size " + size);
        }
        mic(q.initiator(), q.acceptor(), msg);
        mic(q.acceptor(), q.initiator(), msg);
      }
    }
  }

  private static Pair rotated(Pair p) throws Exception {
    Rfc4121Protector i = Rfc4121Protector.builder(p.key(), false).acceptorSubkey(true)
        .rotateOnSend(true).learnRecvSeq().build();
    Rfc4121Protector a = Rfc4121Protector.builder(p.key(), true).acceptorSubkey(true)
        .rotateOnSend(true).learnRecvSeq().build();
    return new Pair(i, a, p.key());
  }

  static void roundTrip(Rfc4121Protector from, Rfc4121Protector to, byte[] msg, boolean conf,
      String what) {
    MinorStatus minor = new MinorStatus();
    Buffer tok = new Buffer();
    BooleanHolder cs = new BooleanHolder();
    assertThat(from.wrap(minor, conf, 0, msg, cs, tok)).as(what).isEqualTo(GSS_S_COMPLETE);
    assertThat(cs.get()).isEqualTo(conf);
    assertThat((long) tok.length()).isEqualTo(from.tokenLength(conf, msg.length));
    Buffer out = new Buffer();
    BooleanHolder cs2 = new BooleanHolder();
    IntHolder qop = new IntHolder(7);
    int major = to.unwrap(minor, tok.value(), out, cs2, qop);
    assertThat(major).as(what + " minor " + minor.value()).isEqualTo(GSS_S_COMPLETE);
    assertThat(out.value()).isEqualTo(msg);
    assertThat(cs2.get()).isEqualTo(conf);
    assertThat(qop.get()).isZero();
  }

  static void mic(Rfc4121Protector from, Rfc4121Protector to, byte[] msg) {
    MinorStatus minor = new MinorStatus();
    Buffer tok = new Buffer();
    assertThat(from.getMic(minor, 0, msg, tok)).isEqualTo(GSS_S_COMPLETE);
    IntHolder qop = new IntHolder(3);
    assertThat(to.verifyMic(minor, msg, tok.value(), qop)).isEqualTo(GSS_S_COMPLETE);
    assertThat(qop.get()).isZero();
  }

  @Test
  void qopOtherThanDefaultIsRejected() throws Exception {
    Pair p = Pair.of(EncType.AES256_CTS_HMAC_SHA1_96);
    MinorStatus minor = new MinorStatus();
    assertThat(p.initiator().wrap(minor, true, 1, new byte[1], null, new Buffer()))
        .isEqualTo(GSS_S_BAD_QOP);
    assertThat(minor.value()).isEqualTo(Rfc4121Minor.QOP_UNSUPPORTED);
    assertThat(p.initiator().getMic(minor, 5, new byte[1], new Buffer())).isEqualTo(GSS_S_BAD_QOP);
    assertThat(p.initiator().wrapSizeLimit(minor, true, 2, 100, new IntHolder()))
        .isEqualTo(GSS_S_BAD_QOP);
    assertThat(p.initiator().nextSendSeq()).isEqualTo(1000); // no sequence number consumed
  }

  @Test
  void destroyedEngineReportsNoContext() throws Exception {
    Pair p = Pair.of(EncType.AES128_CTS_HMAC_SHA256_128);
    Buffer tok = new Buffer();
    MinorStatus minor = new MinorStatus();
    p.initiator().wrap(minor, true, 0, new byte[3], null, tok);
    p.acceptor().destroy();
    assertThat(p.acceptor().unwrap(minor, tok.value(), new Buffer(), null, null))
        .isEqualTo(GSS_S_NO_CONTEXT);
    assertThat(p.acceptor().wrap(minor, true, 0, new byte[3], null, new Buffer()))
        .isEqualTo(GSS_S_NO_CONTEXT);
    assertThat(p.acceptor().toString()).contains("destroyed");
  }

  /** wrap_size_limit is exact: the limit fits, limit + 1 does not. */
  @ParameterizedTest
  @MethodSource("enctypes")
  void wrapSizeLimitIsExact(EncType t) throws Exception {
    long seed = System.nanoTime();
    Random r = new Random(seed);
    Pair p = Pair.of(t);
    MinorStatus minor = new MinorStatus();
    for (int n = 0; n < 200; n++) {
      int limit = n < 100 ? n : r.nextInt(1 << 16);
      for (boolean conf : new boolean[] {true, false}) {
        IntHolder max = new IntHolder();
        assertThat(p.initiator().wrapSizeLimit(minor, conf, 0, limit, max))
            .isEqualTo(GSS_S_COMPLETE);
        int m = max.get();
        Buffer tok = new Buffer();
        p.initiator().wrap(minor, conf, 0, new byte[m], null, tok);
        String what = "seed " + seed + " " + t + " conf " + conf + " limit " + limit;
        if (m > 0 || tok.length() <= limit) {
          assertThat(tok.length()).as(what).isLessThanOrEqualTo(limit);
        }
        p.initiator().wrap(minor, conf, 0, new byte[m + 1], null, tok);
        assertThat(tok.length()).as(what).isGreaterThan(limit);
      }
    }
  }

  @Test
  void exportAfterTrafficContinuesBothWays() throws Exception {
    Pair p = Pair.of(EncType.AES256_CTS_HMAC_SHA384_192);
    Random r = new Random(7);
    for (int n = 0; n < 10; n++) {
      roundTrip(p.initiator(), p.acceptor(), new byte[r.nextInt(50)], n % 2 == 0, "pre");
      roundTrip(p.acceptor(), p.initiator(), new byte[r.nextInt(50)], n % 2 == 0, "pre");
    }
    // One token from the initiator is in flight (not yet unwrapped) at export time.
    Buffer inFlight = new Buffer();
    MinorStatus minor = new MinorStatus();
    p.initiator().wrap(minor, true, 0, new byte[] {1, 2, 3}, null, inFlight);
    Buffer old = new Buffer();
    p.initiator().wrap(minor, true, 0, new byte[] {4}, null, old);
    p.acceptor().unwrap(minor, old.value(), new Buffer(), null, null); // gap: in-flight missing

    byte[] blobA = p.acceptor().export();
    byte[] blobI = p.initiator().export();
    p.acceptor().destroy();
    p.initiator().destroy();
    AtomicReference<Rfc4121Protector> a = new AtomicReference<>();
    AtomicReference<Rfc4121Protector> i = new AtomicReference<>();
    assertThat(Rfc4121Protector.importState(minor, blobA, a)).isEqualTo(GSS_S_COMPLETE);
    assertThat(Rfc4121Protector.importState(minor, blobI, i)).isEqualTo(GSS_S_COMPLETE);

    Buffer out = new Buffer();
    // The in-flight token is accepted as unsequenced (the window survived), the old one is a
    // duplicate, and new traffic flows in both directions.
    assertThat(a.get().unwrap(minor, inFlight.value(), out, null, null))
        .isEqualTo(io.gsskit.raw.GssStatus.GSS_S_UNSEQ_TOKEN);
    assertThat(out.value()).containsExactly(1, 2, 3);
    assertThat(a.get().unwrap(minor, old.value(), out, null, null))
        .isEqualTo(io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_TOKEN);
    for (int n = 0; n < 5; n++) {
      roundTrip(i.get(), a.get(), new byte[n], true, "post");
      roundTrip(a.get(), i.get(), new byte[n], false, "post");
    }
  }

  @Test
  void malformedExportsAreRejected() throws Exception {
    Pair p = Pair.of(EncType.AES128_CTS_HMAC_SHA1_96, false, true, false);
    byte[] blob = p.initiator().export();
    MinorStatus minor = new MinorStatus();
    AtomicReference<Rfc4121Protector> out = new AtomicReference<>();
    for (int n = 0; n < blob.length; n++) {
      assertThat(Rfc4121Protector.importState(minor, java.util.Arrays.copyOf(blob, n), out))
          .as("truncated at " + n).isNotEqualTo(GSS_S_COMPLETE);
    }
    assertThat(Rfc4121Protector.importState(minor, java.util.Arrays.copyOf(blob, blob.length + 1),
        out)).isNotEqualTo(GSS_S_COMPLETE);
    Random r = new Random(11);
    for (int n = 0; n < 2000; n++) {
      byte[] junk = new byte[r.nextInt(80)];
      r.nextBytes(junk);
      if (r.nextBoolean() && junk.length > 5) {
        System.arraycopy(blob, 0, junk, 0, 5);
      }
      Rfc4121Protector.importState(minor, junk, out); // must not throw
    }
  }

  @Test
  void prfIsDeterministicPerKeyAndSelector() throws Exception {
    Pair p = Pair.of(EncType.AES256_CTS_HMAC_SHA1_96);
    var partial = Pair.key(EncType.AES256_CTS_HMAC_SHA1_96);
    Rfc4121Protector withPartial = Rfc4121Protector.builder(p.key(), true).acceptorSubkey(true)
        .partialKey(partial).build();
    MinorStatus minor = new MinorStatus();
    Buffer a = new Buffer();
    Buffer b = new Buffer();
    for (int len : new int[] {0, 1, 16, 17, 100, 1 << 14}) {
      assertThat(p.initiator().pseudoRandom(minor, 0, new byte[0], len, a)).isZero();
      assertThat(p.acceptor().pseudoRandom(minor, 0, new byte[0], len, b)).isZero();
      assertThat(a.value()).hasSize(len).isEqualTo(b.value());
      assertThat(withPartial.pseudoRandom(minor, 0, new byte[0], len, b)).isZero();
      assertThat(b.value()).isEqualTo(a.value()); // FULL = token key
    }
    withPartial.pseudoRandom(minor, 1, "x".getBytes(), 64, b);
    p.initiator().pseudoRandom(minor, 1, "x".getBytes(), 64, a);
    assertThat(b.value()).isNotEqualTo(a.value());
    // T0 = PRF(K, 00000000 | in): RFC 7802 counter starts at 0, 4 octets.
    byte[] t0 = io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto.prf(partial,
        new byte[] {0, 0, 0, 0, 'x'});
    assertThat(java.util.Arrays.copyOf(b.value(), t0.length)).isEqualTo(t0);
    assertThat(p.initiator().pseudoRandom(minor, 2, new byte[0], 1, a))
        .isEqualTo(io.gsskit.raw.GssStatus.GSS_S_FAILURE);
    assertThat(p.initiator().pseudoRandom(minor, 0, new byte[0],
        Rfc4121Protector.MAX_PRF_OUTPUT + 1, a)).isEqualTo(io.gsskit.raw.GssStatus.GSS_S_FAILURE);
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.mech.krb5.token.Rfc4121Minor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Per-message calls (RFC 4121 §4.2 through the mechglue): GSSKit initiator and acceptor with
 * tickets from the embedded Kerby KDC exchange MIC and Wrap tokens both ways.
 */
class Krb5MessagesTest {

  static Krb5Fixture fx;
  static Glue glue;
  static final int ALL = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG
      | Gss.GSS_C_SEQUENCE_FLAG | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG;

  @BeforeAll
  static void start() throws Exception {
    fx = new Krb5Fixture();
    glue = fx.glue();
  }

  @AfterAll
  static void stop() throws Exception {
    fx.close();
  }

  /** An established initiator/acceptor pair. */
  record Pair(ContextHandle init, ContextHandle acc) {}

  static Pair establish(Glue g, int flags) {
    return establish(g, fx.service, flags);
  }

  static Pair establish(Glue g, String service, int flags) {
    NameHandle target = Krb5Fixture.name(g, service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    CredHandle acc = Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT, Map.of());
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    boolean mutual = (flags & Gss.GSS_C_MUTUAL_FLAG) != 0;
    byte[] apReq = Krb5Fixture.init(g, ictx, target, flags, null,
        mutual ? GssStatus.GSS_S_CONTINUE_NEEDED : GssStatus.GSS_S_COMPLETE);
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref actx = new ContextHandle.Ref();
    Buffer out = new Buffer();
    int major = g.contexts.acceptSecContext(minor, actx, acc, apReq, null, null, null, out,
        null, null, null);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    if (mutual) {
      Krb5Fixture.init(g, ictx, target, flags, out.value(), GssStatus.GSS_S_COMPLETE);
    }
    return new Pair(ictx.get(), actx.get());
  }

  static byte[] wrap(Glue g, ContextHandle c, boolean conf, byte[] msg) {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    BooleanHolder cs = new BooleanHolder();
    int major = g.messages.wrap(minor, c, conf, 0, msg, cs, out);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(cs.get()).isEqualTo(conf);
    return out.value();
  }

  static byte[] unwrap(Glue g, ContextHandle c, byte[] token, boolean conf) {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    BooleanHolder cs = new BooleanHolder();
    IntHolder qop = new IntHolder();
    int major = g.messages.unwrap(minor, c, token, out, cs, qop);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(cs.get()).isEqualTo(conf);
    assertThat(qop.get()).isZero();
    return out.value();
  }

  static byte[] mic(Glue g, ContextHandle c, byte[] msg) {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    int major = g.messages.getMic(minor, c, 0, msg, out);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return out.value();
  }

  static int verify(Glue g, ContextHandle c, byte[] msg, byte[] token, MinorStatus minor) {
    return g.messages.verifyMic(minor, c, msg, token, new IntHolder());
  }

  @Test
  void wrapAndMicBothDirectionsWithMutualAuthentication() {
    Pair p = establish(glue, ALL);
    Random rnd = new Random(4121);
    for (int i = 0; i < 20; i++) {
      byte[] msg = new byte[rnd.nextInt(300)];
      rnd.nextBytes(msg);
      boolean conf = i % 2 == 0;
      assertThat(unwrap(glue, p.acc(), wrap(glue, p.init(), conf, msg), conf)).isEqualTo(msg);
      assertThat(unwrap(glue, p.init(), wrap(glue, p.acc(), conf, msg), conf)).isEqualTo(msg);
      MinorStatus minor = new MinorStatus();
      assertThat(verify(glue, p.acc(), msg, mic(glue, p.init(), msg), minor))
          .as(glue.status.describe(0, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
      assertThat(verify(glue, p.init(), msg, mic(glue, p.acc(), msg), minor))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
    }
  }

  @Test
  void withoutMutualBothSidesStartFromTheInitiatorsSequenceNumber() {
    Pair p = establish(glue, Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG);
    byte[] msg = "no AP-REP".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 3; i++) {
      assertThat(unwrap(glue, p.acc(), wrap(glue, p.init(), true, msg), true)).isEqualTo(msg);
      assertThat(unwrap(glue, p.init(), wrap(glue, p.acc(), false, msg), false)).isEqualTo(msg);
    }
  }

  @Test
  void tamperedReflectedAndReplayedTokensAreRejectedWithMappedMinorCodes() {
    Pair p = establish(glue, ALL);
    byte[] msg = "hello".getBytes(StandardCharsets.UTF_8);
    byte[] tok = wrap(glue, p.init(), true, msg);
    byte[] bad = tok.clone();
    bad[bad.length - 1] ^= 1;
    MinorStatus minor = new MinorStatus();
    int major = glue.messages.unwrap(minor, p.acc(), bad, new Buffer(), null, null);
    assertThat(major).isEqualTo(GssStatus.GSS_S_BAD_SIG);
    assertThat(minor.mechStatus())
        .isEqualTo(Krb5Minor.TOKEN_BASE + Rfc4121Minor.INTEGRITY_FAILED);
    assertThat(glue.status.describe(major, minor)).contains("integrity check failed");

    // reflection: the initiator's own token back to the initiator
    major = glue.messages.unwrap(minor, p.init(), tok, new Buffer(), null, null);
    assertThat(major).isEqualTo(GssStatus.GSS_S_BAD_SIG);
    assertThat(minor.mechStatus())
        .isEqualTo(Krb5Minor.TOKEN_BASE + Rfc4121Minor.REFLECTED_TOKEN);

    // the rejected token changed nothing; the real one is accepted once, then a duplicate
    assertThat(unwrap(glue, p.acc(), tok, true)).isEqualTo(msg);
    major = glue.messages.unwrap(minor, p.acc(), tok, new Buffer(), null, null);
    assertThat(major & GssStatus.GSS_S_DUPLICATE_TOKEN).isNotZero();

    byte[] m = mic(glue, p.acc(), msg);
    byte[] other = "hellO".getBytes(StandardCharsets.UTF_8);
    assertThat(verify(glue, p.init(), other, m, minor)).isEqualTo(GssStatus.GSS_S_BAD_SIG);
    byte[] shortTok = java.util.Arrays.copyOf(m, 20);
    assertThat(verify(glue, p.init(), msg, shortTok, minor))
        .isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    assertThat(glue.status.describe(GssStatus.GSS_S_DEFECTIVE_TOKEN, minor))
        .contains("MIC token has the wrong length");
  }

  @Test
  void nonDefaultQopIsBadQop() {
    Pair p = establish(glue, ALL);
    MinorStatus minor = new MinorStatus();
    int major = glue.messages.wrap(minor, p.init(), true, 1, new byte[1], null, new Buffer());
    assertThat(major).isEqualTo(GssStatus.GSS_S_BAD_QOP);
    assertThat(glue.status.describe(major, minor)).contains("QOP");
    assertThat(glue.messages.getMic(minor, p.acc(), 7, new byte[1], new Buffer()))
        .isEqualTo(GssStatus.GSS_S_BAD_QOP);
    assertThat(glue.contexts.wrapSizeLimit(minor, p.acc(), true, 2, 1000, new IntHolder()))
        .isEqualTo(GssStatus.GSS_S_BAD_QOP);
  }

  @Test
  void wrapSizeLimitIsTheLargestMessageThatFits() {
    Pair p = establish(glue, ALL);
    for (boolean conf : new boolean[] {true, false}) {
      for (int req : new int[] {100, 1000, 65536}) {
        IntHolder max = new IntHolder();
        MinorStatus minor = new MinorStatus();
        assertThat(glue.contexts.wrapSizeLimit(minor, p.init(), conf, 0, req, max))
            .isEqualTo(GssStatus.GSS_S_COMPLETE);
        assertThat(wrap(glue, p.init(), conf, new byte[max.get()]).length)
            .as("conf=%s req=%d", conf, req).isLessThanOrEqualTo(req);
        assertThat(wrap(glue, p.init(), conf, new byte[max.get() + 1]).length)
            .as("conf=%s req=%d", conf, req).isGreaterThan(req);
      }
    }
    IntHolder max = new IntHolder();
    assertThat(glue.contexts.wrapSizeLimit(new MinorStatus(), p.acc(), true, 0, 10, max))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(max.get()).isZero();
  }

  @Test
  void pseudoRandomAgreesOnBothSidesForFullAndPartialKeys() {
    Pair p = establish(glue, ALL);
    byte[] in = "prf input".getBytes(StandardCharsets.UTF_8);
    byte[][] out = new byte[4][];
    int i = 0;
    for (int key : new int[] {Gss.GSS_C_PRF_KEY_FULL, Gss.GSS_C_PRF_KEY_PARTIAL}) {
      for (ContextHandle c : new ContextHandle[] {p.init(), p.acc()}) {
        Buffer b = new Buffer();
        MinorStatus minor = new MinorStatus();
        int major = glue.messages.pseudoRandom(minor, c, key, in, 100, b);
        assertThat(major).as(glue.status.describe(major, minor))
            .isEqualTo(GssStatus.GSS_S_COMPLETE);
        out[i++] = b.value();
      }
    }
    assertThat(out[0]).hasSize(100).isEqualTo(out[1]);
    assertThat(out[2]).hasSize(100).isEqualTo(out[3]);
    // the acceptor sent a subkey, so FULL (acceptor subkey) and PARTIAL (initiator subkey) differ
    assertThat(out[0]).isNotEqualTo(out[2]);
    MinorStatus minor = new MinorStatus();
    assertThat(glue.messages.pseudoRandom(minor, p.init(), 5, in, 10, new Buffer()))
        .isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(minor.mechStatus())
        .isEqualTo(Krb5Minor.TOKEN_BASE + Rfc4121Minor.BAD_PRF_REQUEST);
  }

  @Test
  void incompleteDeletedAndExpiredContexts() throws Exception {
    // initiator waiting for the AP-REP: not ready
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    ContextHandle.Ref half = new ContextHandle.Ref();
    Krb5Fixture.init(glue, half, target, Gss.GSS_C_MUTUAL_FLAG, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    MinorStatus minor = new MinorStatus();
    assertThat(glue.messages.wrap(minor, half.get(), true, 0, new byte[1], null, new Buffer()))
        .isEqualTo(GssStatus.GSS_S_NO_CONTEXT);
    assertThat(minor.mechStatus()).isEqualTo(Krb5Minor.KG_CTX_INCOMPLETE);

    // a clock that moves past the ticket's end time
    MutableClock clock = new MutableClock(Instant.now());
    Glue g = Krb5Fixture.glue(fx.settings(fx.env(), clock));
    Pair p = establish(g, ALL);
    byte[] tok = wrap(g, p.init(), true, new byte[3]);
    clock.now = clock.now.plus(Duration.ofDays(3));
    assertThat(g.messages.unwrap(minor, p.acc(), tok, new Buffer(), null, null))
        .isEqualTo(GssStatus.GSS_S_CONTEXT_EXPIRED);
    assertThat(g.messages.getMic(minor, p.init(), 0, new byte[1], new Buffer()))
        .isEqualTo(GssStatus.GSS_S_CONTEXT_EXPIRED);

    // deleted
    Pair q = establish(glue, ALL);
    ContextHandle.Ref ref = new ContextHandle.Ref();
    ref.set(q.acc());
    assertThat(glue.contexts.deleteSecContext(minor, ref, null))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    int major = glue.messages.wrap(minor, q.acc(), true, 0, new byte[1], null, new Buffer());
    assertThat(GssStatus.routineError(major)).isEqualTo(GssStatus.GSS_S_NO_CONTEXT);
  }

  /** A settable clock. */
  static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

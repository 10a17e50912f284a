package io.gsskit.bench.gss;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.mech.krb5.token.Rfc4121Protector;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * JMH state: one established GSSKit context pair (mutual authentication, confidentiality,
 * replay and sequence detection) in the realm of {@link #enctype}, plus the per-message calls
 * the benchmarks time. The message calls go through the mechglue like {@code Gss.wrap} etc.
 *
 * <p>While the krb5 mechanism in this build has no per-message calls yet (the mechglue answers
 * {@code GSS_S_UNAVAILABLE}), they fall back to GSSKit's RFC 4121 engine ({@link
 * Rfc4121Protector}) keyed with the established contexts' own session key (inquired with
 * {@code GSS_C_INQ_SSPI_SESSION_KEY}): the same token code, without the mechglue dispatch.
 * {@link #messagePath()} tells which one a build uses.
 */
@State(Scope.Thread)
public class GssKitContexts {

  /** The realm's only enctype. */
  @Param({BenchRealm.AES256_SHA1, BenchRealm.AES256_SHA384})
  public String enctype;

  GssKitSide.Pair pair;
  Glue glue;
  Rfc4121Protector iniEngine;
  Rfc4121Protector accEngine;
  final MinorStatus minor = new MinorStatus();
  final Buffer token = new Buffer();
  final Buffer out = new Buffer();
  final BooleanHolder confState = new BooleanHolder();
  final IntHolder qop = new IntHolder();

  /** @return whether the pair requests replay and sequence detection */
  boolean sequencing() {
    return true;
  }

  /**
   * Establishes the pair.
   *
   * @throws Exception when the realm or the context fails
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    GssKitSide side = GssKitSide.open(BenchRealm.forEnctype(enctype), true);
    glue = side.glue();
    pair = side.establish(sequencing());
    int major = glue.messages.wrap(minor, pair.initiator(), true, 0, new byte[1], confState,
        token);
    if (major == GssStatus.GSS_S_UNAVAILABLE) {
      BufferSet key = new BufferSet();
      check(glue.contexts.inquireSecContextByOid(minor, pair.initiator(),
          Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, key), "inquire session key");
      int etype = enctype.equals(BenchRealm.AES256_SHA1) ? 18 : 20; // RFC 3962, RFC 8009
      KerberosKey k = new KerberosKey(etype, key.get(0));
      long seq = 0x12345678L;
      iniEngine = Rfc4121Protector.builder(k, false).acceptorSubkey(true)
          .replayDetection(sequencing()).sequenceDetection(sequencing()).sendSeq(seq)
          .recvSeq(seq).build();
      accEngine = Rfc4121Protector.builder(k, true).acceptorSubkey(true)
          .replayDetection(sequencing()).sequenceDetection(sequencing()).sendSeq(seq)
          .recvSeq(seq).build();
    } else {
      check(major, "wrap");
      check(glue.messages.unwrap(minor, pair.acceptor(), token.value(), out, confState, qop),
          "unwrap");
    }
  }

  /**
   * @return {@code "mechglue"} when the krb5 mechanism of this build has per-message calls (the
   *     benchmarks then use them), else {@code "engine"} (the RFC 4121 engine directly)
   */
  public static String messagePath() {
    try {
      Class<?> c = Class.forName("io.gsskit.raw.internal.mech.krb5.Krb5Mechanism");
      for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
        if (m.getName().equals("wrap")) {
          return "mechglue";
        }
      }
      return "engine";
    } catch (ClassNotFoundException e) {
      return "engine";
    }
  }

  /** Deletes the pair. */
  @TearDown(Level.Trial)
  public void tearDown() {
    pair.dispose();
    if (iniEngine != null) {
      iniEngine.destroy();
      accEngine.destroy();
    }
  }

  /** Initiator wraps with confidentiality; returns the token. */
  byte[] wrap(byte[] msg) {
    int major = iniEngine != null ? iniEngine.wrap(minor, true, 0, msg, confState, token)
        : glue.messages.wrap(minor, pair.initiator(), true, 0, msg, confState, token);
    check(major, "wrap");
    return token.value();
  }

  /** Acceptor unwraps; returns the message. */
  byte[] unwrap(byte[] tok) {
    int major = accEngine != null ? accEngine.unwrap(minor, tok, out, confState, qop)
        : glue.messages.unwrap(minor, pair.acceptor(), tok, out, confState, qop);
    check(major, "unwrap");
    return out.value();
  }

  /** Initiator's MIC. */
  byte[] getMic(byte[] msg) {
    int major = iniEngine != null ? iniEngine.getMic(minor, 0, msg, token)
        : glue.messages.getMic(minor, pair.initiator(), 0, msg, token);
    check(major, "getMic");
    return token.value();
  }

  /** Acceptor verifies a MIC. */
  int verifyMic(byte[] msg, byte[] mic) {
    int major = accEngine != null ? accEngine.verifyMic(minor, msg, mic, qop)
        : glue.messages.verifyMic(minor, pair.acceptor(), msg, mic, qop);
    check(major, "verifyMic");
    return qop.get();
  }

  private void check(int major, String what) {
    if (major != GssStatus.GSS_S_COMPLETE) {
      throw new IllegalStateException(what + ": " + glue.status.describe(major, minor));
    }
  }

  /** The same without replay and sequence detection, so one token can be unwrapped repeatedly. */
  public static class Unsequenced extends GssKitContexts {
    @Override
    boolean sequencing() {
      return false;
    }
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_CONTEXT_EXPIRED;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.mech.krb5.token.Rfc4121Protector;
import io.gsskit.raw.spi.MechContext;
import org.jspecify.annotations.Nullable;

/**
 * The per-message calls of the krb5 mechanism (RFC 2743 §2.3, RFC 4401 PRF): find the context's
 * RFC 4121 engine, refuse unestablished, deleted and expired contexts, call the engine and map its
 * minor codes into the mechanism's space ({@link Krb5Minor#TOKEN_BASE}). Stateless; thread-safe
 * (the engine is).
 */
final class Krb5Messages {

  private final Krb5Settings settings;

  Krb5Messages(Krb5Settings settings) {
    this.settings = settings;
  }

  /** The engine of an open context, or null with {@code minor}/{@code major[0]} set. */
  private @Nullable Rfc4121Protector engine(MinorStatus minor, MechContext context,
      boolean checkExpiry, int[] major) {
    if (!(context instanceof Krb5Context ctx) || ctx.state == Krb5Context.State.DEAD) {
      major[0] = Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CONTEXT, null);
      return null;
    }
    if (!ctx.isOpen()) {
      major[0] = Krb5Minor.fail(minor, GSS_S_NO_CONTEXT, Krb5Minor.KG_CTX_INCOMPLETE, null);
      return null;
    }
    if (checkExpiry && !ctx.endTime().isAfter(settings.clock().instant())) {
      major[0] = Krb5Minor.fail(minor, GSS_S_CONTEXT_EXPIRED,
          io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode.KRB_AP_ERR_TKT_EXPIRED,
          "the context expired at " + ctx.endTime());
      return null;
    }
    Rfc4121Protector p = ctx.protector();
    if (p == null) {
      String why = ctx.protectorProblem();
      major[0] = Krb5Minor.fail(minor, why == null ? GSS_S_NO_CONTEXT : GSS_S_FAILURE,
          why == null ? Krb5Minor.KG_CONTEXT : KerberosLocalError.KRB5_PROG_ETYPE_NOSUPP.mitCode(),
          why);
      return null;
    }
    return p;
  }

  /** Moves an engine minor code into the mechanism's code space. */
  private static int mapped(MinorStatus minor, int major) {
    int code = minor.value();
    if (code != 0) {
      Krb5Minor.fail(minor, major, Krb5Minor.TOKEN_BASE + code, null);
    }
    return major;
  }

  int getMic(MinorStatus minor, MechContext context, int qop, byte[] message, Buffer token) {
    int[] major = {0};
    Rfc4121Protector p = engine(minor, context, true, major);
    return p == null ? major[0] : mapped(minor, p.getMic(minor, qop, message, token));
  }

  int verifyMic(MinorStatus minor, MechContext context, byte[] message, byte[] token,
      IntHolder qopState) {
    int[] major = {0};
    Rfc4121Protector p = engine(minor, context, true, major);
    return p == null ? major[0] : mapped(minor, p.verifyMic(minor, message, token, qopState));
  }

  int wrap(MinorStatus minor, MechContext context, boolean conf, int qop, byte[] input,
      BooleanHolder confState, Buffer output) {
    int[] major = {0};
    Rfc4121Protector p = engine(minor, context, true, major);
    return p == null ? major[0]
        : mapped(minor, p.wrap(minor, conf, qop, input, confState, output));
  }

  int unwrap(MinorStatus minor, MechContext context, byte[] input, Buffer output,
      BooleanHolder confState, IntHolder qopState) {
    int[] major = {0};
    Rfc4121Protector p = engine(minor, context, true, major);
    return p == null ? major[0]
        : mapped(minor, p.unwrap(minor, input, output, confState, qopState));
  }

  int wrapSizeLimit(MinorStatus minor, MechContext context, boolean conf, int qop,
      int reqOutputSize, IntHolder maxInputSize) {
    int[] major = {0};
    Rfc4121Protector p = engine(minor, context, false, major);
    return p == null ? major[0]
        : mapped(minor, p.wrapSizeLimit(minor, conf, qop, reqOutputSize, maxInputSize));
  }

  int pseudoRandom(MinorStatus minor, MechContext context, int prfKey, byte[] in, int outLen,
      Buffer out) {
    int[] major = {0};
    Rfc4121Protector p = engine(minor, context, false, major);
    return p == null ? major[0] : mapped(minor, p.pseudoRandom(minor, prfKey, in, outLen, out));
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_CONTEXT_EXPIRED;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.mech.krb5.token.MessageProtector;
import io.gsskit.raw.spi.MechContext;
import org.jspecify.annotations.Nullable;

/**
 * The per-message calls of the krb5 mechanism (RFC 2743 §2.3, RFC 4401 PRF, IOV and AEAD): find the context's
 * per-message engine (RFC 4121, or RFC 4757 for rc4-hmac), refuse unestablished, deleted and expired contexts, call the engine and map its
 * minor codes into the mechanism's space ({@link Krb5Minor#TOKEN_BASE}). Stateless; thread-safe
 * (the engine is).
 */
final class Krb5Messages {

  private final Krb5Settings settings;

  Krb5Messages(Krb5Settings settings) {
    this.settings = settings;
  }

  /** The engine of an open context, or null with {@code minor}/{@code major[0]} set. */
  private @Nullable MessageProtector engine(MinorStatus minor, MechContext context,
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
    MessageProtector p = ctx.protector();
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
    MessageProtector p = engine(minor, context, true, major);
    return p == null ? major[0] : mapped(minor, p.getMic(minor, qop, message, token));
  }

  int verifyMic(MinorStatus minor, MechContext context, byte[] message, byte[] token,
      IntHolder qopState) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, true, major);
    return p == null ? major[0] : mapped(minor, p.verifyMic(minor, message, token, qopState));
  }

  int wrap(MinorStatus minor, MechContext context, boolean conf, int qop, byte[] input,
      BooleanHolder confState, Buffer output) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, true, major);
    return p == null ? major[0]
        : mapped(minor, p.wrap(minor, conf, qop, input, confState, output));
  }

  int unwrap(MinorStatus minor, MechContext context, byte[] input, Buffer output,
      BooleanHolder confState, IntHolder qopState) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, true, major);
    return p == null ? major[0]
        : mapped(minor, p.unwrap(minor, input, output, confState, qopState));
  }

  int wrapSizeLimit(MinorStatus minor, MechContext context, boolean conf, int qop,
      int reqOutputSize, IntHolder maxInputSize) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, false, major);
    return p == null ? major[0]
        : mapped(minor, p.wrapSizeLimit(minor, conf, qop, reqOutputSize, maxInputSize));
  }

  int pseudoRandom(MinorStatus minor, MechContext context, int prfKey, byte[] in, int outLen,
      Buffer out) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, false, major);
    return p == null ? major[0] : mapped(minor, p.pseudoRandom(minor, prfKey, in, outLen, out));
  }

  int wrapIov(MinorStatus minor, MechContext context, boolean conf, int qop,
      BooleanHolder confState, IovBuffer[] iov) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, true, major);
    return p == null ? major[0] : mapped(minor, p.wrapIov(minor, conf, qop, confState, iov));
  }

  int unwrapIov(MinorStatus minor, MechContext context, BooleanHolder confState,
      IntHolder qopState, IovBuffer[] iov) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, true, major);
    return p == null ? major[0] : mapped(minor, p.unwrapIov(minor, confState, qopState, iov));
  }

  int wrapIovLength(MinorStatus minor, MechContext context, boolean conf, int qop,
      BooleanHolder confState, IovBuffer[] iov) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, false, major);
    return p == null ? major[0]
        : mapped(minor, p.wrapIovLength(minor, conf, qop, confState, iov));
  }

  int getMicIov(MinorStatus minor, MechContext context, int qop, IovBuffer[] iov) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, true, major);
    return p == null ? major[0] : mapped(minor, p.getMicIov(minor, qop, iov));
  }

  int verifyMicIov(MinorStatus minor, MechContext context, IntHolder qopState, IovBuffer[] iov) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, true, major);
    return p == null ? major[0] : mapped(minor, p.verifyMicIov(minor, qopState, iov));
  }

  int getMicIovLength(MinorStatus minor, MechContext context, int qop, IovBuffer[] iov) {
    int[] major = {0};
    MessageProtector p = engine(minor, context, false, major);
    return p == null ? major[0] : mapped(minor, p.getMicIovLength(minor, qop, iov));
  }

  /**
   * {@code gss_wrap_aead}: without associated data a plain wrap token; with it (and always on
   * DCE-style contexts, where the IOV token has EC 16, or for RC4 no padding) the IOV layout
   * HEADER | SIGN_ONLY | DATA | PADDING | TRAILER made contiguous (RRC 0), as MIT's shim
   * (RFC 4121 tokens have 0 bytes of PADDING, RFC 4757 tokens 1 outside DCE style).
   */
  int wrapAead(MinorStatus minor, MechContext context, boolean conf, int qop,
      byte @Nullable [] assoc, byte @Nullable [] input, BooleanHolder confState, Buffer output) {
    byte[] in = input == null ? new byte[0] : input;
    // DCE style: MIT's AEAD shim always builds the IOV token (EC 16, see Rfc4121Iov).
    boolean dce = context instanceof Krb5Context c && c.isDce();
    if ((assoc == null || assoc.length == 0) && !dce) {
      return wrap(minor, context, conf, qop, in, confState, output);
    }
    IovBuffer header = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer padding = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_PADDING);
    IovBuffer trailer = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_TRAILER);
    IovBuffer[] iov = {header, new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY,
        assoc == null ? new byte[0] : assoc), new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, in),
        padding, trailer};
    int major = wrapIovLength(minor, context, conf, qop, confState, iov);
    if (major != io.gsskit.raw.GssStatus.GSS_S_COMPLETE) {
      return major;
    }
    int h = header.length();
    int pad = padding.length();
    int t = trailer.length();
    if (in.length > Integer.MAX_VALUE - 1024 - h - pad - t) {
      return Krb5Minor.fail(minor, GSS_S_FAILURE, Krb5Minor.TOKEN_BASE
          + io.gsskit.raw.internal.mech.krb5.token.Rfc4121Minor.MESSAGE_TOO_LONG, null);
    }
    byte[] out = new byte[h + in.length + pad + t];
    System.arraycopy(in, 0, out, h, in.length);
    header.set(out, 0, h);
    iov[2] = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, out, h, in.length);
    padding.set(out, h + in.length, pad);
    trailer.set(out, h + in.length + pad, t);
    major = wrapIov(minor, context, conf, qop, confState, iov);
    if (io.gsskit.raw.GssStatus.isError(major)) {
      java.util.Arrays.fill(out, (byte) 0);
      return major;
    }
    output.set(out);
    return major;
  }

  /**
   * {@code gss_unwrap_aead}: the token as a STREAM, the associated data as SIGN_ONLY; without
   * associated data a plain unwrap, except for DCE-style RC4 contexts, whose AEAD tokens announce
   * only their header in the framing (see {@code Rfc4757Iov}).
   */
  int unwrapAead(MinorStatus minor, MechContext context, byte[] input, byte @Nullable [] assoc,
      Buffer output, BooleanHolder confState, IntHolder qopState) {
    boolean dceRc4 = context instanceof Krb5Context c && c.isDce()
        && c.protector() instanceof io.gsskit.raw.internal.mech.krb5.token.Rfc4757Protector;
    if ((assoc == null || assoc.length == 0) && !dceRc4) {
      return unwrap(minor, context, input, output, confState, qopState);
    }
    byte[] copy = input.clone();
    IovBuffer data = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA);
    IovBuffer[] iov = {new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_STREAM, copy),
        new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, assoc == null ? new byte[0] : assoc),
        data};
    int major = unwrapIov(minor, context, confState, qopState, iov);
    if (!io.gsskit.raw.GssStatus.isError(major)) {
      output.set(data.toByteArray());
    }
    java.util.Arrays.fill(copy, (byte) 0);
    return major;
  }
}

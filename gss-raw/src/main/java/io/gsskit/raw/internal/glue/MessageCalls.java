package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_READ;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.spi.AeadSupport;
import io.gsskit.raw.spi.IovSupport;
import io.gsskit.raw.spi.MechContext;
import io.gsskit.raw.spi.Mechanism;
import io.gsskit.raw.spi.PrfSupport;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Per-message calls (RFC 2743 §2.3, RFC 2744 §5; IOV and AEAD extensions; RFC 4401 PRF). No lock
 * is taken: per-message calls on one context may run concurrently, the mechanism keeps its
 * sequence state atomic. When a mechanism lacks {@code wrap}/{@code unwrap} or the AEAD calls but
 * implements {@link IovSupport}, they are synthesised from the IOV calls as MIT does ({@code
 * gssint_wrap_aead_iov_shim}): wrap produces {@code HEADER | DATA | PADDING | TRAILER}
 * contiguously, unwrap passes the token as a {@code STREAM} buffer. Thread-safe.
 */
public final class MessageCalls extends Calls {

  MessageCalls(Glue glue) {
    super(glue);
  }

  private static @Nullable MechContext live(@Nullable UnionContext uc) {
    return uc == null ? null : uc.mech();
  }

  // ------------------------------------------------------------------- MIC

  /**
   * {@code gss_get_mic}. Parameters, nullness and results as {@link io.gsskit.raw.Gss#getMic};
   * never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param qopReq the QOP, usually {@link io.gsskit.raw.Gss#GSS_C_QOP_DEFAULT}
   * @param message the message (null is empty)
   * @param token receives the MIC token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTEXT_EXPIRED}, {@code GSS_S_NO_CONTEXT}, {@code
   *     GSS_S_BAD_QOP}
   */
  public int getMic(@Nullable MinorStatus minor, @Nullable ContextHandle context, int qopReq,
      byte @Nullable [] message, @Nullable Buffer token) {
    if (minor == null || token == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    token.set(EMPTY);
    UnionContext uc = open(context);
    MechContext mc = live(uc);
    if (mc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    Dispatch d = uc.dispatch();
    try {
      return finish(minor, d, d.mech().getMic(minor, mc, qopReq,
          message == null ? EMPTY : message, token));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  /**
   * {@code gss_verify_mic}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#verifyMic}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param message the message (null is empty)
   * @param token the MIC token
   * @param qopState receives the QOP, or null
   * @return {@code GSS_S_COMPLETE} (possibly with {@code GSS_S_DUPLICATE_TOKEN}, {@code
   *     GSS_S_OLD_TOKEN}, {@code GSS_S_UNSEQ_TOKEN}, {@code GSS_S_GAP_TOKEN}), {@code
   *     GSS_S_BAD_SIG}, {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_CONTEXT_EXPIRED}, ...
   */
  public int verifyMic(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      byte @Nullable [] message, byte @Nullable [] token, @Nullable IntHolder qopState) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionContext uc = open(context);
    MechContext mc = live(uc);
    if (mc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    if (token == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_DEFECTIVE_TOKEN;
    }
    Dispatch d = uc.dispatch();
    try {
      return finish(minor, d, d.mech().verifyMic(minor, mc, message == null ? EMPTY : message,
          token, qopState != null ? qopState : new IntHolder()));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  // ------------------------------------------------------------------- wrap / unwrap

  /**
   * {@code gss_wrap}. Parameters, nullness and results as {@link io.gsskit.raw.Gss#wrap}; never
   * throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param input the message (null is empty)
   * @param confState receives whether it was encrypted, or null
   * @param output receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_CONTEXT_EXPIRED}, {@code GSS_S_NO_CONTEXT}, {@code
   *     GSS_S_BAD_QOP}
   */
  public int wrap(@Nullable MinorStatus minor, @Nullable ContextHandle context, boolean confReq,
      int qopReq, byte @Nullable [] input, @Nullable BooleanHolder confState,
      @Nullable Buffer output) {
    if (minor == null || output == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    output.set(EMPTY);
    UnionContext uc = open(context);
    MechContext mc = live(uc);
    if (mc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    Dispatch d = uc.dispatch();
    byte[] in = input == null ? EMPTY : input;
    BooleanHolder cs = confState != null ? confState : new BooleanHolder();
    try {
      Mechanism m = d.mech();
      int major = m.wrap(minor, mc, confReq, qopReq, in, cs, output);
      if (major == GSS_S_UNAVAILABLE && hasFallback(m)) {
        minor.clear();
        major = wrapFallback(minor, m, mc, confReq, qopReq, null, in, cs, output);
      }
      return finish(minor, d, major);
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  /**
   * {@code gss_unwrap}. Parameters, nullness and results as {@link io.gsskit.raw.Gss#unwrap}; never
   * throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param input the token
   * @param output receives the message
   * @param confState receives whether it was encrypted, or null
   * @param qopState receives the QOP, or null
   * @return as {@link io.gsskit.raw.Gss#verifyMic}
   */
  public int unwrap(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      byte @Nullable [] input, @Nullable Buffer output, @Nullable BooleanHolder confState,
      @Nullable IntHolder qopState) {
    if (minor == null || output == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    output.set(EMPTY);
    UnionContext uc = open(context);
    MechContext mc = live(uc);
    if (mc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    if (input == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_DEFECTIVE_TOKEN;
    }
    Dispatch d = uc.dispatch();
    BooleanHolder cs = confState != null ? confState : new BooleanHolder();
    IntHolder qs = qopState != null ? qopState : new IntHolder();
    try {
      Mechanism m = d.mech();
      int major = m.unwrap(minor, mc, input, output, cs, qs);
      if (major == GSS_S_UNAVAILABLE && hasFallback(m)) {
        minor.clear();
        major = unwrapFallback(minor, m, mc, input, null, output, cs, qs);
      }
      return finish(minor, d, major);
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  // ------------------------------------------------------------------- AEAD

  /**
   * {@code gss_wrap_aead}. Parameters, nullness and results as {@link io.gsskit.raw.Gss#wrapAead};
   * never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param assocData the associated data, or null
   * @param input the message, or null
   * @param confState receives whether it was encrypted, or null
   * @param output receives the token
   * @return as {@link io.gsskit.raw.Gss#wrap}
   */
  public int wrapAead(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      boolean confReq, int qopReq, byte @Nullable [] assocData, byte @Nullable [] input,
      @Nullable BooleanHolder confState, @Nullable Buffer output) {
    if (minor == null || output == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    output.set(EMPTY);
    UnionContext uc = open(context);
    MechContext mc = live(uc);
    if (mc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    Dispatch d = uc.dispatch();
    BooleanHolder cs = confState != null ? confState : new BooleanHolder();
    try {
      return finish(minor, d,
          wrapFallback(minor, d.mech(), mc, confReq, qopReq, assocData, input, cs, output));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  /**
   * {@code gss_unwrap_aead}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#unwrapAead}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param input the token
   * @param assocData the associated data, or null
   * @param output receives the message
   * @param confState receives whether it was encrypted, or null
   * @param qopState receives the QOP, or null
   * @return as {@link io.gsskit.raw.Gss#unwrap}
   */
  public int unwrapAead(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      byte @Nullable [] input, byte @Nullable [] assocData, @Nullable Buffer output,
      @Nullable BooleanHolder confState, @Nullable IntHolder qopState) {
    if (minor == null || output == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    output.set(EMPTY);
    UnionContext uc = open(context);
    MechContext mc = live(uc);
    if (mc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    if (input == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_DEFECTIVE_TOKEN;
    }
    Dispatch d = uc.dispatch();
    BooleanHolder cs = confState != null ? confState : new BooleanHolder();
    IntHolder qs = qopState != null ? qopState : new IntHolder();
    try {
      return finish(minor, d,
          unwrapFallback(minor, d.mech(), mc, input, assocData, output, cs, qs));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  /** Whether {@code m} offers the AEAD or IOV calls that wrap and unwrap fall back to. */
  private static boolean hasFallback(Mechanism m) {
    return m instanceof AeadSupport || m instanceof IovSupport;
  }

  /**
   * Wrap through the mechanism's AEAD call, else built from its IOV calls, else {@code
   * GSS_S_UNAVAILABLE}: {@code gss_wrap_aead}, and {@code gss_wrap} for a mechanism without it.
   */
  private static int wrapFallback(MinorStatus minor, Mechanism m, MechContext mc,
      boolean confReq, int qopReq, byte @Nullable [] assoc, byte @Nullable [] input,
      BooleanHolder cs, Buffer output) {
    if (m instanceof AeadSupport aead) {
      return aead.wrapAead(minor, mc, confReq, qopReq, assoc, input, cs, output);
    }
    if (m instanceof IovSupport iov) {
      return wrapViaIov(minor, iov, mc, confReq, qopReq, assoc, input == null ? EMPTY : input,
          cs, output);
    }
    return GSS_S_UNAVAILABLE;
  }

  /**
   * Unwrap through the mechanism's AEAD call, else built from its IOV calls, else {@code
   * GSS_S_UNAVAILABLE}: {@code gss_unwrap_aead}, and {@code gss_unwrap} for a mechanism without
   * it.
   */
  private static int unwrapFallback(MinorStatus minor, Mechanism m, MechContext mc, byte[] input,
      byte @Nullable [] assoc, Buffer output, BooleanHolder cs, IntHolder qs) {
    if (m instanceof AeadSupport aead) {
      return aead.unwrapAead(minor, mc, input, assoc, output, cs, qs);
    }
    if (m instanceof IovSupport iov) {
      return unwrapViaIov(minor, iov, mc, input, assoc, output, cs, qs);
    }
    return GSS_S_UNAVAILABLE;
  }

  /** Wrap (with optional associated data) built from the mechanism's IOV calls. */
  private static int wrapViaIov(MinorStatus minor, IovSupport iov, MechContext mc,
      boolean confReq, int qopReq, byte @Nullable [] assoc, byte[] input, BooleanHolder cs,
      Buffer output) {
    IovBuffer header = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_HEADER);
    IovBuffer data = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, input);
    IovBuffer padding = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_PADDING);
    IovBuffer trailer = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_TRAILER);
    IovBuffer[] bufs = assoc == null
        ? new IovBuffer[] {header, data, padding, trailer}
        : new IovBuffer[] {header,
            new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, assoc), data, padding, trailer};
    int major = iov.wrapIovLength(minor, mc, confReq, qopReq, cs, bufs);
    if (major != GSS_S_COMPLETE) {
      return major;
    }
    long total = (long) header.length() + input.length + padding.length() + trailer.length();
    if (total > Integer.MAX_VALUE - 8 || header.length() < 0 || padding.length() < 0
        || trailer.length() < 0) {
      return fail(minor, GSS_S_FAILURE, GlueMinor.BAD_IOV);
    }
    byte[] out = new byte[(int) total];
    int pos = 0;
    header.set(out, pos, header.length());
    pos += header.length();
    System.arraycopy(input, 0, out, pos, input.length);
    data.set(out, pos, input.length);
    pos += input.length;
    padding.set(out, pos, padding.length());
    pos += padding.length();
    trailer.set(out, pos, trailer.length());
    major = iov.wrapIov(minor, mc, confReq, qopReq, cs, bufs);
    if (GssStatus.isError(major)) {
      Arrays.fill(out, (byte) 0);
      return major;
    }
    output.set(out);
    return major;
  }

  /** Unwrap (with optional associated data) built from the mechanism's IOV calls. */
  private static int unwrapViaIov(MinorStatus minor, IovSupport iov, MechContext mc,
      byte[] input, byte @Nullable [] assoc, Buffer output, BooleanHolder cs, IntHolder qs) {
    byte[] copy = input.clone(); // decrypted in place: never touch the caller's token
    IovBuffer stream = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_STREAM, copy);
    IovBuffer data = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA);
    IovBuffer[] bufs = assoc == null
        ? new IovBuffer[] {stream, data}
        : new IovBuffer[] {stream, new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY, assoc),
            data};
    int major = iov.unwrapIov(minor, mc, cs, qs, bufs);
    if (!GssStatus.isError(major)) {
      output.set(data.toByteArray());
    }
    Arrays.fill(copy, (byte) 0);
    return major;
  }

  // ------------------------------------------------------------------- IOV

  /** One IOV operation on a mechanism. */
  private interface IovOp {
    int apply(IovSupport iov, MechContext mc);
  }

  private int iovCall(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      IovBuffer @Nullable [] iov, IovOp op) {
    if (minor == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    UnionContext uc = open(context);
    MechContext mc = live(uc);
    if (mc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    if (iov == null) {
      return GSS_S_CALL_INACCESSIBLE_READ;
    }
    for (IovBuffer b : iov) {
      if (b == null) {
        return fail(minor, GSS_S_CALL_INACCESSIBLE_READ, GlueMinor.BAD_IOV);
      }
    }
    Dispatch d = uc.dispatch();
    if (!(d.mech() instanceof IovSupport s)) {
      return GSS_S_UNAVAILABLE;
    }
    try {
      return finish(minor, d, op.apply(s, mc));
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }

  /**
   * {@code gss_wrap_iov}. Parameters, nullness and results as {@link io.gsskit.raw.Gss#wrapIov};
   * never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param confState receives whether the data were encrypted, or null
   * @param iov the buffers
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, {@code GSS_S_NO_CONTEXT}, ...
   */
  public int wrapIov(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      boolean confReq, int qopReq, @Nullable BooleanHolder confState,
      IovBuffer @Nullable [] iov) {
    BooleanHolder cs = confState != null ? confState : new BooleanHolder();
    return iovCall(minor, context, iov,
        (s, mc) -> s.wrapIov(minor, mc, confReq, qopReq, cs, iov));
  }

  /**
   * {@code gss_unwrap_iov}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#unwrapIov}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param confState receives whether the data were encrypted, or null
   * @param qopState receives the QOP, or null
   * @param iov the buffers
   * @return as {@link io.gsskit.raw.Gss#unwrap}
   */
  public int unwrapIov(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      @Nullable BooleanHolder confState, @Nullable IntHolder qopState,
      IovBuffer @Nullable [] iov) {
    BooleanHolder cs = confState != null ? confState : new BooleanHolder();
    IntHolder qs = qopState != null ? qopState : new IntHolder();
    return iovCall(minor, context, iov, (s, mc) -> s.unwrapIov(minor, mc, cs, qs, iov));
  }

  /**
   * {@code gss_wrap_iov_length}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#wrapIovLength}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param confState receives whether the data would be encrypted, or null
   * @param iov the buffers
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, ...
   */
  public int wrapIovLength(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      boolean confReq, int qopReq, @Nullable BooleanHolder confState,
      IovBuffer @Nullable [] iov) {
    BooleanHolder cs = confState != null ? confState : new BooleanHolder();
    return iovCall(minor, context, iov,
        (s, mc) -> s.wrapIovLength(minor, mc, confReq, qopReq, cs, iov));
  }

  /**
   * {@code gss_get_mic_iov}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#getMicIov}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param qopReq the QOP
   * @param iov DATA / SIGN_ONLY buffers and one MIC_TOKEN buffer
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, ...
   */
  public int getMicIov(@Nullable MinorStatus minor, @Nullable ContextHandle context, int qopReq,
      IovBuffer @Nullable [] iov) {
    return iovCall(minor, context, iov, (s, mc) -> s.getMicIov(minor, mc, qopReq, iov));
  }

  /**
   * {@code gss_verify_mic_iov}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#verifyMicIov}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param qopState receives the QOP, or null
   * @param iov DATA / SIGN_ONLY buffers and one MIC_TOKEN buffer
   * @return as {@link io.gsskit.raw.Gss#verifyMic}
   */
  public int verifyMicIov(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      @Nullable IntHolder qopState, IovBuffer @Nullable [] iov) {
    IntHolder qs = qopState != null ? qopState : new IntHolder();
    return iovCall(minor, context, iov, (s, mc) -> s.verifyMicIov(minor, mc, qs, iov));
  }

  /**
   * {@code gss_get_mic_iov_length}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#getMicIovLength}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context the context
   * @param qopReq the QOP
   * @param iov the buffers; the MIC_TOKEN buffer's length is set
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_UNAVAILABLE}, ...
   */
  public int getMicIovLength(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      int qopReq, IovBuffer @Nullable [] iov) {
    return iovCall(minor, context, iov, (s, mc) -> s.getMicIovLength(minor, mc, qopReq, iov));
  }

  // ------------------------------------------------------------------- PRF

  /**
   * {@code gss_pseudo_random} (RFC 4401). Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#pseudoRandom}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param context an established context
   * @param prfKey {@link io.gsskit.raw.Gss#GSS_C_PRF_KEY_FULL} or {@link
   *     io.gsskit.raw.Gss#GSS_C_PRF_KEY_PARTIAL}
   * @param prfIn the input (null is empty)
   * @param desiredOutputLen the output length, at least 0
   * @param prfOut receives exactly {@code desiredOutputLen} bytes
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CONTEXT}, {@code GSS_S_UNAVAILABLE}, {@code
   *     GSS_S_FAILURE}
   */
  public int pseudoRandom(@Nullable MinorStatus minor, @Nullable ContextHandle context,
      int prfKey, byte @Nullable [] prfIn, int desiredOutputLen, @Nullable Buffer prfOut) {
    if (minor == null || prfOut == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    prfOut.set(EMPTY);
    UnionContext uc = open(context);
    MechContext mc = live(uc);
    if (mc == null) {
      return GSS_S_CALL_INACCESSIBLE_READ | GSS_S_NO_CONTEXT;
    }
    if (desiredOutputLen < 0) {
      return io.gsskit.raw.GssStatus.GSS_S_CALL_BAD_STRUCTURE;
    }
    Dispatch d = uc.dispatch();
    if (!(d.mech() instanceof PrfSupport prf)) {
      return GSS_S_UNAVAILABLE;
    }
    try {
      int major = prf.pseudoRandom(minor, mc, prfKey, prfIn == null ? EMPTY : prfIn,
          desiredOutputLen, prfOut);
      if (major == GSS_S_COMPLETE && prfOut.length() != desiredOutputLen) {
        prfOut.release();
        return fail(minor, GSS_S_FAILURE, GlueMinor.MECH_MISBEHAVED);
      }
      return finish(minor, d, major);
    } catch (Throwable t) {
      return contained(minor, d, t);
    }
  }
}

package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_CALL_BAD_STRUCTURE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The classified buffers of one IOV array ({@code gss_wrap_iov} and friends), with the checks and
 * copies that {@link Rfc4121Iov} and {@link Rfc4757Iov} share: at most one HEADER, TRAILER,
 * PADDING, STREAM and MIC_TOKEN each, any number of DATA and SIGN_ONLY, EMPTY and MECH_PARAMS
 * ignored, any other type or a null element a {@code GSS_S_CALL_BAD_STRUCTURE}. What each
 * protocol does with the buffers (which it requires, what its checksum covers, its length cap)
 * stays in its own class.
 *
 * <p>One instance belongs to one call; not thread-safe.
 */
final class IovLayout {

  /** The most that one call's buffers may add up to (room left for token framing). */
  static final long MAX_LENGTH = Integer.MAX_VALUE - 1024;

  @Nullable IovBuffer header;
  @Nullable IovBuffer trailer;
  @Nullable IovBuffer padding;
  @Nullable IovBuffer stream;
  @Nullable IovBuffer mic;
  final List<IovBuffer> data = new ArrayList<>();
  /** DATA and SIGN_ONLY, and PADDING where the protocol's checksum covers it, in array order. */
  final List<IovBuffer> covered = new ArrayList<>();
  long dataLength;
  long signOnlyLength;
  /** The lengths of the {@link #covered} buffers added up. */
  long coveredLength;
  /** The lengths of all buffers added up. */
  long totalLength;

  private IovLayout() {}

  /**
   * Classifies {@code iov}.
   *
   * @param paddingCovered whether the PADDING buffer belongs to {@link #covered}
   * @throws TokenFailure {@code GSS_S_CALL_BAD_STRUCTURE} for a null element, an unknown type or
   *     a second HEADER, TRAILER, PADDING, STREAM or MIC_TOKEN
   */
  static IovLayout of(IovBuffer[] iov, boolean paddingCovered) throws TokenFailure {
    IovLayout l = new IovLayout();
    for (IovBuffer b : iov) {
      if (b == null) {
        throw bad();
      }
      switch (b.bufferType()) {
        case Iov.GSS_IOV_BUFFER_TYPE_EMPTY, Iov.GSS_IOV_BUFFER_TYPE_MECH_PARAMS -> { }
        case Iov.GSS_IOV_BUFFER_TYPE_DATA -> {
          l.data.add(b);
          l.cover(b);
          l.dataLength += b.length();
        }
        case Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY -> {
          l.cover(b);
          l.signOnlyLength += b.length();
        }
        case Iov.GSS_IOV_BUFFER_TYPE_HEADER -> l.header = once(l.header, b);
        case Iov.GSS_IOV_BUFFER_TYPE_TRAILER -> l.trailer = once(l.trailer, b);
        case Iov.GSS_IOV_BUFFER_TYPE_PADDING -> {
          l.padding = once(l.padding, b);
          if (paddingCovered) {
            l.cover(b);
          }
        }
        case Iov.GSS_IOV_BUFFER_TYPE_STREAM -> l.stream = once(l.stream, b);
        case Iov.GSS_IOV_BUFFER_TYPE_MIC_TOKEN -> l.mic = once(l.mic, b);
        default -> throw bad();
      }
      l.totalLength += b.length();
    }
    return l;
  }

  private void cover(IovBuffer b) {
    covered.add(b);
    coveredLength += b.length();
  }

  private static IovBuffer once(@Nullable IovBuffer seen, IovBuffer b) throws TokenFailure {
    if (seen != null) {
      throw bad();
    }
    return b;
  }

  /** The failure of a malformed IOV array. */
  static TokenFailure bad() {
    return new TokenFailure(GSS_S_CALL_BAD_STRUCTURE, Rfc4121Minor.BAD_IOV);
  }

  /**
   * Checks a length the protocol caps at {@link #MAX_LENGTH}.
   *
   * @throws TokenFailure {@code GSS_S_FAILURE} / {@code MESSAGE_TOO_LONG} when over
   */
  static void checkLength(long length) throws TokenFailure {
    if (length > MAX_LENGTH) {
      throw new TokenFailure(GSS_S_FAILURE, Rfc4121Minor.MESSAGE_TOO_LONG);
    }
  }

  /** The HEADER buffer of a wrap, which must have one and no STREAM or MIC_TOKEN. */
  IovBuffer wrapHeader() throws TokenFailure {
    IovBuffer h = header;
    if (h == null || stream != null || mic != null) {
      throw bad();
    }
    return h;
  }

  /** The MIC_TOKEN buffer of a MIC call, which must have one. */
  IovBuffer micToken() throws TokenFailure {
    IovBuffer m = mic;
    if (m == null) {
      throw bad();
    }
    return m;
  }

  /**
   * Checks the buffers of an unwrap: no MIC_TOKEN; either a STREAM with exactly one DATA buffer
   * and no HEADER, TRAILER or PADDING, or a HEADER.
   */
  void checkUnwrap() throws TokenFailure {
    if (mic != null) {
      throw bad();
    }
    if (stream != null
        ? header != null || trailer != null || padding != null || data.size() != 1
        : header == null) {
      throw bad();
    }
  }

  /** The {@link #covered} buffers concatenated in array order. */
  byte[] coveredBytes() {
    return gather(covered, coveredLength);
  }

  /**
   * The body of {@code gss_get_mic_iov}: {@code p}'s MIC token over the {@link #covered} buffers,
   * copied into {@code m} (already {@linkplain #size sized} to the token's length) on success.
   *
   * @return the major status of {@link MessageProtector#getMic}
   */
  int getMicInto(MessageProtector p, MinorStatus minor, int qop, IovBuffer m) {
    Buffer token = new Buffer();
    int major = p.getMic(minor, qop, coveredBytes(), token);
    if (major == GSS_S_COMPLETE) {
      byte[] t = token.value();
      System.arraycopy(t, 0, m.array(), m.offset(), t.length);
    }
    return major;
  }

  /** Concatenates the regions of {@code bufs}, {@code total} bytes (at most {@link #MAX_LENGTH}). */
  static byte[] gather(List<IovBuffer> bufs, long total) {
    byte[] out = new byte[(int) total];
    int pos = 0;
    for (IovBuffer b : bufs) {
      System.arraycopy(b.array(), b.offset(), out, pos, b.length());
      pos += b.length();
    }
    return out;
  }

  /** Whether the caller asked for {@code b} to be allocated here and it has not been yet. */
  static boolean wantsAllocation(IovBuffer b) {
    return b.hasFlag(Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE)
        && !b.hasFlag(Iov.GSS_IOV_BUFFER_FLAG_ALLOCATED);
  }

  /**
   * Allocates a flagged buffer, or checks a caller's one is long enough; then sets its length.
   *
   * @throws TokenFailure {@link #bad()} when a caller's buffer is shorter than {@code needed}
   */
  static void size(IovBuffer b, int needed) throws TokenFailure {
    if (wantsAllocation(b)) {
      b.setAllocated(new byte[needed]);
      return;
    }
    if (b.length() < needed) {
      throw bad();
    }
    b.set(b.array(), b.offset(), needed);
  }

  /** The answer of a {@code *_length} call: {@code b}, when present, gets {@code n} zero bytes. */
  static void reportLength(@Nullable IovBuffer b, int n) {
    if (b != null) {
      b.set(new byte[n], 0, n);
    }
  }
}

package io.gsskit.raw.spi;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.IovBuffer;

/**
 * IOV message protection ({@code gss_wrap_iov} and friends, see {@link io.gsskit.raw.ext.Iov}).
 * When a mechanism implements this interface but not {@link AeadSupport}, the mechglue provides
 * {@code gss_wrap_aead}/{@code gss_unwrap_aead} on top of it, as MIT does. Per-message methods
 * may run concurrently on one context.
 */
public interface IovSupport {

  /**
   * {@code gss_wrap_iov}.
   *
   * @param minor minor status out
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param confState receives whether the data were encrypted
   * @param iov the buffers, modified in place
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int wrapIov(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      BooleanHolder confState, IovBuffer[] iov);

  /**
   * {@code gss_unwrap_iov}.
   *
   * @param minor minor status out
   * @param context the context
   * @param confState receives whether the data were encrypted
   * @param qopState receives the QOP
   * @param iov the buffers, modified in place
   * @return {@code GSS_S_COMPLETE} possibly with supplementary bits, or an error
   */
  int unwrapIov(MinorStatus minor, MechContext context, BooleanHolder confState,
      IntHolder qopState, IovBuffer[] iov);

  /**
   * {@code gss_wrap_iov_length}: sets the lengths of the HEADER, PADDING and TRAILER buffers.
   *
   * @param minor minor status out
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param confState receives whether the data would be encrypted
   * @param iov the buffers
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int wrapIovLength(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      BooleanHolder confState, IovBuffer[] iov);

  /**
   * {@code gss_get_mic_iov}: MIC over the DATA and SIGN_ONLY buffers into the MIC_TOKEN buffer.
   *
   * @param minor minor status out
   * @param context the context
   * @param qopReq the QOP
   * @param iov the buffers
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int getMicIov(MinorStatus minor, MechContext context, int qopReq, IovBuffer[] iov);

  /**
   * {@code gss_verify_mic_iov}.
   *
   * @param minor minor status out
   * @param context the context
   * @param qopState receives the QOP
   * @param iov the buffers
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_SIG}, ...
   */
  int verifyMicIov(MinorStatus minor, MechContext context, IntHolder qopState, IovBuffer[] iov);

  /**
   * {@code gss_get_mic_iov_length}: sets the MIC_TOKEN buffer length.
   *
   * @param minor minor status out
   * @param context the context
   * @param qopReq the QOP
   * @param iov the buffers
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int getMicIovLength(MinorStatus minor, MechContext context, int qopReq, IovBuffer[] iov);
}

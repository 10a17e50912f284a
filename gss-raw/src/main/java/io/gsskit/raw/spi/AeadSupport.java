package io.gsskit.raw.spi;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import org.jspecify.annotations.Nullable;

/**
 * Wrap with associated data ({@code gss_wrap_aead}, {@code gss_unwrap_aead}). Optional even for
 * mechanisms with AEAD ciphers: the mechglue synthesises both calls from {@link IovSupport}.
 */
public interface AeadSupport {

  /**
   * {@code gss_wrap_aead}.
   *
   * @param minor minor status out
   * @param context the context
   * @param confReq whether to encrypt
   * @param qopReq the QOP
   * @param assocData integrity-only data, or null
   * @param input the message, or null for none
   * @param confState receives whether it was encrypted
   * @param output receives the token
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int wrapAead(MinorStatus minor, MechContext context, boolean confReq, int qopReq,
      byte @Nullable [] assocData, byte @Nullable [] input, BooleanHolder confState,
      Buffer output);

  /**
   * {@code gss_unwrap_aead}.
   *
   * @param minor minor status out
   * @param context the context
   * @param input the token
   * @param assocData the integrity-only data, or null
   * @param output receives the message
   * @param confState receives whether it was encrypted
   * @param qopState receives the QOP
   * @return {@code GSS_S_COMPLETE} possibly with supplementary bits, or an error
   */
  int unwrapAead(MinorStatus minor, MechContext context, byte[] input,
      byte @Nullable [] assocData, Buffer output, BooleanHolder confState, IntHolder qopState);
}

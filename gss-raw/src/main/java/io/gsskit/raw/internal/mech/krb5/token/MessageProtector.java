package io.gsskit.raw.internal.mech.krb5.token;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.IovBuffer;
import org.jspecify.annotations.Nullable;

/**
 * The per-message engine of one established krb5 security context, whatever its token format:
 * {@link Rfc4121Protector} (RFC 4121) or {@link Rfc4757Protector} (RFC 4757 §7, rc4-hmac). The
 * context chooses the format with {@link TokenFormat}.
 *
 * <p>Every method mirrors the SPI's raw signature: it returns an RFC 2744 major status, fills
 * {@code minor} with an {@link Rfc4121Minor} code and never throws for bad input
 * ({@code NullPointerException} only for null arguments that are not marked nullable). A token
 * that is rejected changes no state. Implementations are thread-safe: all per-message methods may
 * be called concurrently; {@link #destroy()} may race with calls in flight, which then either
 * finish or return {@code GSS_S_NO_CONTEXT}.
 */
public interface MessageProtector {

  /** @return true when this side is the context acceptor */
  boolean localIsAcceptor();

  /** @return true when the token key is the acceptor's AP-REP subkey */
  boolean acceptorSubkey();

  /** @return true for a DCE-style context ({@link ProtectorBuilder#dceStyle(boolean)}) */
  boolean dceStyle();

  /**
   * {@code gss_get_mic}.
   *
   * @param qop must be 0
   * @param token receives the token
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_QOP}, {@code GSS_S_NO_CONTEXT},
   *     {@code GSS_S_FAILURE}
   */
  int getMic(MinorStatus minor, int qop, byte[] message, Buffer token);

  /**
   * {@code gss_verify_mic}.
   *
   * @param qopState receives 0 on success, or null
   * @return {@code GSS_S_COMPLETE} possibly with supplementary sequence bits,
   *     {@code GSS_S_DEFECTIVE_TOKEN}, {@code GSS_S_BAD_SIG}, {@code GSS_S_NO_CONTEXT}
   */
  int verifyMic(MinorStatus minor, byte[] message, byte[] token, @Nullable IntHolder qopState);

  /**
   * {@code gss_wrap}.
   *
   * @param confState receives whether confidentiality was applied, or null
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_QOP}, {@code GSS_S_NO_CONTEXT},
   *     {@code GSS_S_FAILURE}
   */
  int wrap(MinorStatus minor, boolean conf, int qop, byte[] message,
      @Nullable BooleanHolder confState, Buffer token);

  /**
   * {@code gss_unwrap}.
   *
   * @return as {@link #verifyMic(MinorStatus, byte[], byte[], IntHolder)}
   */
  int unwrap(MinorStatus minor, byte[] token, Buffer message, @Nullable BooleanHolder confState,
      @Nullable IntHolder qopState);

  /**
   * {@code gss_wrap_size_limit}.
   *
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_QOP}, {@code GSS_S_NO_CONTEXT}
   */
  int wrapSizeLimit(MinorStatus minor, boolean conf, int qop, int reqOutputSize,
      IntHolder maxInputSize);

  /**
   * {@code gss_pseudo_random} (RFC 4401, RFC 7802 §2).
   *
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_FAILURE}, {@code GSS_S_NO_CONTEXT}
   */
  int pseudoRandom(MinorStatus minor, int prfKey, byte[] input, int outLen, Buffer out);

  /** {@code gss_wrap_iov}; {@code GSS_S_UNAVAILABLE} where the format has no IOV support. */
  int wrapIov(MinorStatus minor, boolean conf, int qop, @Nullable BooleanHolder confState,
      IovBuffer[] iov);

  /** {@code gss_wrap_iov_length}; {@code GSS_S_UNAVAILABLE} without IOV support. */
  int wrapIovLength(MinorStatus minor, boolean conf, int qop, @Nullable BooleanHolder confState,
      IovBuffer[] iov);

  /** {@code gss_unwrap_iov}; {@code GSS_S_UNAVAILABLE} without IOV support. */
  int unwrapIov(MinorStatus minor, @Nullable BooleanHolder confState,
      @Nullable IntHolder qopState, IovBuffer[] iov);

  /** {@code gss_get_mic_iov}; {@code GSS_S_UNAVAILABLE} without IOV support. */
  int getMicIov(MinorStatus minor, int qop, IovBuffer[] iov);

  /** {@code gss_get_mic_iov_length}; {@code GSS_S_UNAVAILABLE} without IOV support. */
  int getMicIovLength(MinorStatus minor, int qop, IovBuffer[] iov);

  /** {@code gss_verify_mic_iov}; {@code GSS_S_UNAVAILABLE} without IOV support. */
  int verifyMicIov(MinorStatus minor, @Nullable IntHolder qopState, IovBuffer[] iov);

  /**
   * Serializes the per-message state for {@code gss_export_sec_context}; import it with
   * {@link MessageProtectors#importState}.
   *
   * @return the encoding (holds key material: zero it after use)
   * @throws IllegalStateException after {@link #destroy()}
   */
  byte[] export();

  /** Zeroes the keys. Idempotent; later calls get {@code GSS_S_NO_CONTEXT}. */
  void destroy();
}

package io.gsskit.raw.ext;

import org.jspecify.annotations.Nullable;

/**
 * Constants and helpers for IOV message protection ({@code gss_wrap_iov}, {@code
 * gss_unwrap_iov}, {@code gss_wrap_iov_length}, {@code gss_get_mic_iov}...), with the values of
 * MIT krb5's {@code gssapi_ext.h}. A buffer's type word holds the buffer type in its low 16 bits
 * and flags in its high 16 bits.
 *
 * <p>For wrap, buffers are ordered {@code HEADER | SIGN_ONLY* | DATA* | PADDING | TRAILER}; for
 * unwrap either the same layout or {@code STREAM} (a complete token) plus {@code DATA} (receives
 * the plaintext) and optional {@code SIGN_ONLY} buffers. All members are static; thread-safe.
 */
public final class Iov {

  /** Ignored buffer. */
  public static final int GSS_IOV_BUFFER_TYPE_EMPTY = 0;
  /** Packet data: encrypted in place when confidentiality is requested. */
  public static final int GSS_IOV_BUFFER_TYPE_DATA = 1;
  /** Mechanism header (the token header). */
  public static final int GSS_IOV_BUFFER_TYPE_HEADER = 2;
  /** Mechanism-specific parameters. */
  public static final int GSS_IOV_BUFFER_TYPE_MECH_PARAMS = 3;
  /** Mechanism trailer (e.g. a checksum). */
  public static final int GSS_IOV_BUFFER_TYPE_TRAILER = 7;
  /** Padding. */
  public static final int GSS_IOV_BUFFER_TYPE_PADDING = 9;
  /** A complete wrap token, for unwrap. */
  public static final int GSS_IOV_BUFFER_TYPE_STREAM = 10;
  /** Data that is integrity-protected but neither encrypted nor carried in the token. */
  public static final int GSS_IOV_BUFFER_TYPE_SIGN_ONLY = 11;
  /** Destination of a MIC token ({@code gss_get_mic_iov}). */
  public static final int GSS_IOV_BUFFER_TYPE_MIC_TOKEN = 12;

  /** Mask of the flag bits in a type word. */
  public static final int GSS_IOV_BUFFER_FLAG_MASK = 0xFFFF0000;
  /** Set by the caller: the mechanism should allocate this buffer. */
  public static final int GSS_IOV_BUFFER_FLAG_ALLOCATE = 0x00010000;
  /** Set by the mechanism: it allocated this buffer; release with {@link IovBuffer#release()}. */
  public static final int GSS_IOV_BUFFER_FLAG_ALLOCATED = 0x00020000;

  private Iov() {}

  /**
   * The buffer type of a type word ({@code GSS_IOV_BUFFER_TYPE(t)}).
   *
   * @param typeWord type and flags
   * @return the type without flags
   */
  public static int type(int typeWord) {
    return typeWord & ~GSS_IOV_BUFFER_FLAG_MASK;
  }

  /**
   * The flags of a type word ({@code GSS_IOV_BUFFER_FLAGS(t)}).
   *
   * @param typeWord type and flags
   * @return the flags only
   */
  public static int flags(int typeWord) {
    return typeWord & GSS_IOV_BUFFER_FLAG_MASK;
  }

  /**
   * Finds the single buffer of a type.
   *
   * @param iov the buffers; not null
   * @param type a {@code GSS_IOV_BUFFER_TYPE_*} value
   * @return the buffer, or null when there is none or more than one
   */
  public static @Nullable IovBuffer find(IovBuffer[] iov, int type) {
    IovBuffer found = null;
    for (IovBuffer b : iov) {
      if (b != null && b.bufferType() == type) {
        if (found != null) {
          return null;
        }
        found = b;
      }
    }
    return found;
  }
}

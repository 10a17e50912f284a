package io.gsskit.raw.internal.kerberos.crypto;

import java.util.Objects;

/**
 * The one checked exception of the Kerberos crypto layer. Every failure — bad MAC, too-short
 * ciphertext, wrong key length, unknown enctype, absurd string-to-key parameters, a caller's
 * buffer that is too small, or an unexpected JCE failure — is reported as this exception with a
 * {@link Reason}, so that callers can map it to a GSS or Kerberos status code.
 *
 * <p>The message never contains key material or plaintext.
 */
public final class KrbCryptoException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why an operation failed. */
  public enum Reason {
    /** A MAC or checksum did not verify (RFC 4120 KRB_AP_ERR_BAD_INTEGRITY / KRB_AP_ERR_MODIFIED). */
    INTEGRITY_FAILED,
    /** A ciphertext or checksum is shorter than the enctype's minimum (MIT KRB5_BAD_MSIZE). */
    TOO_SHORT,
    /** A key has the wrong length or is of the wrong type for the operation (KRB5_BAD_KEYSIZE). */
    BAD_KEY,
    /** The enctype or checksum type is unknown or not implemented (KDC_ERR_ETYPE_NOSUPP). */
    UNSUPPORTED,
    /** String-to-key parameters, PRF+ lengths or other arguments are out of range. */
    BAD_PARAMS,
    /** A caller's offset/length does not fit its array, or an output array is too small. */
    BAD_BUFFER,
    /** The JCE or Bouncy Castle failed in a way that indicates a bug or a broken platform. */
    INTERNAL
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason why the operation failed
   * @param message a description without secrets
   */
  public KrbCryptoException(Reason reason, String message) {
    super(reason + ": " + message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates an exception wrapping a platform failure.
   *
   * @param reason why the operation failed
   * @param message a description without secrets
   * @param cause the underlying exception
   */
  public KrbCryptoException(Reason reason, String message, Throwable cause) {
    super(reason + ": " + message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** @return why the operation failed; never null */
  public Reason reason() {
    return reason;
  }
}

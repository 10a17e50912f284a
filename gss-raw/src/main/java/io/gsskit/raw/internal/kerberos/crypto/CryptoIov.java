package io.gsskit.raw.internal.kerberos.crypto;

import java.util.Objects;

/**
 * One buffer of an encryption "with IOVs" ({@link UsageKeys#encryptIov}, {@link
 * UsageKeys#decryptIov}): a range {@code array[offset..offset+length)} that is either DATA —
 * encrypted (or decrypted) in place and covered by the integrity tag — or SIGN_ONLY — covered by
 * the integrity tag in its position among the buffers, never encrypted and never changed. These
 * are the semantics of MIT krb5's {@code KRB5_CRYPTO_TYPE_DATA} and {@code
 * KRB5_CRYPTO_TYPE_SIGN_ONLY} buffers of {@code krb5_c_encrypt_iov}, which GSS-API IOV and AEAD
 * wrap tokens (RFC 4121 with associated data) depend on.
 *
 * <p>The range itself is checked by the {@link UsageKeys} call that uses it. Instances are
 * immutable references to a caller-owned array (whose bytes the DATA calls change); thread-safe
 * as far as that array is not shared.
 */
public final class CryptoIov {

  private final boolean signOnly;
  private final byte[] array;
  private final int offset;
  private final int length;

  private CryptoIov(boolean signOnly, byte[] array, int offset, int length) {
    this.signOnly = signOnly;
    this.array = Objects.requireNonNull(array, "array");
    this.offset = offset;
    this.length = length;
  }

  /**
   * A DATA buffer: encrypted in place and integrity-protected.
   *
   * @param array the bytes; not null (a {@code NullPointerException} otherwise)
   * @param offset where the range starts
   * @param length its length
   * @return the buffer
   */
  public static CryptoIov data(byte[] array, int offset, int length) {
    return new CryptoIov(false, array, offset, length);
  }

  /**
   * A SIGN_ONLY buffer: integrity-protected only.
   *
   * @param array the bytes; not null (a {@code NullPointerException} otherwise)
   * @param offset where the range starts
   * @param length its length
   * @return the buffer
   */
  public static CryptoIov signOnly(byte[] array, int offset, int length) {
    return new CryptoIov(true, array, offset, length);
  }

  /** @return true for SIGN_ONLY, false for DATA */
  public boolean isSignOnly() {
    return signOnly;
  }

  /** @return the array (not a copy) */
  public byte[] array() {
    return array;
  }

  /** @return the offset of the range */
  public int offset() {
    return offset;
  }

  /** @return the length of the range */
  public int length() {
    return length;
  }

  /** @return the kind and length only, never the bytes */
  @Override
  public String toString() {
    return (signOnly ? "SIGN_ONLY" : "DATA") + "[" + length + "]";
  }
}

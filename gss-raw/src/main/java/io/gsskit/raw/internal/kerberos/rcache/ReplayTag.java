package io.gsskit.raw.internal.kerberos.rcache;

import java.util.Arrays;

/**
 * What the replay cache remembers of one authenticator: the checksum part of its RFC 3961
 * ciphertext, i.e. the last {@code checksumLength} bytes (MIT krb5 1.18+; "Replay cache file
 * format" in MIT's documentation). The integrity checksum cannot be produced without the session
 * key, so two distinct authenticators collide only if their checksums do.
 *
 * <p>Immutable; the bytes are copied in and out. Not secret (the checksum travels in clear text
 * inside the ciphertext), but {@link #toString()} shows only the length.
 */
public final class ReplayTag {

  private final byte[] bytes;

  private ReplayTag(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Takes the tag from an authenticator's ciphertext.
   *
   * @param ciphertext the {@code cipher} field of the authenticator's EncryptedData
   * @param checksumLength the enctype's checksum length (RFC 3961 {@code h}: 12 for the RFC 3962
   *     AES enctypes, 16 and 24 for RFC 8009, 16 for RC4-HMAC)
   * @return the last {@code checksumLength} bytes as a tag
   * @throws ReplayCacheException ({@link ReplayCacheException.Reason#INVALID_TAG}) when {@code
   *     checksumLength} is not positive or exceeds the ciphertext
   */
  public static ReplayTag fromCiphertext(byte[] ciphertext, int checksumLength)
      throws ReplayCacheException {
    if (checksumLength <= 0 || checksumLength > ciphertext.length) {
      throw new ReplayCacheException(
          ReplayCacheException.Reason.INVALID_TAG,
          "ciphertext of " + ciphertext.length + " bytes has no checksum of "
              + checksumLength + " bytes");
    }
    return new ReplayTag(
        Arrays.copyOfRange(ciphertext, ciphertext.length - checksumLength, ciphertext.length));
  }

  /**
   * Wraps tag bytes as they are.
   *
   * @param tag at least one byte; copied
   * @return the tag
   * @throws ReplayCacheException ({@link ReplayCacheException.Reason#INVALID_TAG}) when empty
   */
  public static ReplayTag of(byte[] tag) throws ReplayCacheException {
    if (tag.length == 0) {
      throw new ReplayCacheException(ReplayCacheException.Reason.INVALID_TAG, "empty replay tag");
    }
    return new ReplayTag(tag.clone());
  }

  /** @return a copy of the tag bytes */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** @return the tag length in bytes */
  public int length() {
    return bytes.length;
  }

  /**
   * The tag coerced to {@code len} bytes by truncation or right-padding with zeros, as the file2
   * format stores it.
   */
  byte[] coerced(int len) {
    return Arrays.copyOf(bytes, len);
  }

  byte[] raw() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReplayTag t && Arrays.equals(t.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  /** @return the length only */
  @Override
  public String toString() {
    return "ReplayTag[" + bytes.length + " bytes]";
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The per-message engine for one (protocol key, key usage): derives the usage keys (Ke, Ki, Kc —
 * RFC 3961 §5.3 DK, RFC 8009 KDF-HMAC-SHA2, RFC 6803 KDF-FEEDBACK-CMAC, or RFC 4757's HMAC-MD5
 * usage key) once, lazily on first use, and keeps ready {@code Cipher}/{@code Mac} instances and
 * scratch buffers, so that a message costs the cryptography and nothing else.
 *
 * <p><b>Thread safety: instances are NOT thread-safe.</b> Keep one per thread, or one per
 * direction of a security context used by one thread at a time, or synchronize around calls.
 * Creating one is cheap enough for cold paths (a KDC reply); {@link KerberosCrypto} does exactly
 * that for its one-shot calls.
 *
 * <p>Buffers: every method takes (array, offset, length) and writes into a caller-supplied array
 * at an offset; lengths are computable up front with {@link #encryptedLength(int)} and
 * {@link #plaintextLength(int)}. Encryption gathers up to two input segments
 * ({@code data | trailer}, e.g. RFC 4121's {@code data | token header}) without concatenating
 * them; decryption scatters the plaintext into a body and a trailer of at most 16 bytes.
 * Output may overlap input: the "in place" layout, where the ciphertext starts
 * {@link #bodyOffset()} bytes before the plaintext in the same array, costs no copy; any other
 * overlap is handled with an internal copy. A decryption whose integrity check fails zeroes the
 * output it wrote before throwing.
 *
 * <p>{@link #destroy()} (or {@link #close()}) drops the derived keys and base key copy.
 */
public abstract sealed class UsageKeys implements AutoCloseable
    permits CtsUsageKeys, Rc4UsageKeys {

  private static final byte[] EMPTY = new byte[0];

  private final EncType encType;
  private final int usage;
  /** A copy of the protocol key; zeroed by destroy. */
  final byte[] baseKey;
  final ConfounderSource confounders;
  private final byte[] computed = new byte[64];
  private final byte[] received = new byte[64];
  private byte[] cmpA = EMPTY;
  private byte[] cmpB = EMPTY;
  private boolean destroyed;

  UsageKeys(EncType encType, int usage, byte[] baseKey, ConfounderSource confounders) {
    this.encType = encType;
    this.usage = usage;
    this.baseKey = baseKey.clone();
    this.confounders = confounders;
  }

  /**
   * Creates the engine for a key and usage.
   *
   * @param key the protocol key; its bytes are copied
   * @param usage the key usage number
   * @return a new engine
   * @throws KrbCryptoException UNSUPPORTED for an unimplemented enctype, BAD_KEY for a wrong key
   *     length or a destroyed key
   */
  public static UsageKeys create(KerberosKey key, int usage) throws KrbCryptoException {
    return create(key, usage, ConfounderSource.secure());
  }

  /** Test hook: the same with a given confounder source. Never used by production code. */
  static UsageKeys create(KerberosKey key, int usage, ConfounderSource confounders)
      throws KrbCryptoException {
    EncType t = KerberosCrypto.checkKey(key);
    switch (t.family()) {
      case AES_SHA1:
      case CAMELLIA:
        return new SimplifiedUsageKeys(t, usage, key.bytes(), confounders);
      case AES_SHA2:
        return new AesSha2UsageKeys(t, usage, key.bytes(), confounders);
      case RC4:
        return new Rc4UsageKeys(t, usage, key.bytes(), confounders);
      default:
        throw new KrbCryptoException(Reason.UNSUPPORTED, "enctype " + t);
    }
  }

  /** @return the enctype of the key */
  public final EncType encType() {
    return encType;
  }

  /** @return the key usage number */
  public final int usage() {
    return usage;
  }

  /** @return the confounder length: 16, or 8 for arcfour-hmac */
  public abstract int confounderLength();

  /** @return the length of the integrity tag carried in a ciphertext (12, 16 or 24) */
  public abstract int macLength();

  /**
   * @return the offset in a ciphertext of the first plaintext byte's encryption: the confounder
   *     length, plus the leading checksum for arcfour-hmac
   */
  public abstract int bodyOffset();

  /** @return the length of {@link #checksum} output: 12 (RFC 3962), 16 or 24 */
  public abstract int checksumLength();

  /** @return ciphertext length minus plaintext length */
  public final int overhead() {
    return confounderLength() + macLength();
  }

  /**
   * @param plaintextLength a plaintext length
   * @return the exact ciphertext length
   * @throws KrbCryptoException BAD_BUFFER when negative or when the result overflows an int
   */
  public final int encryptedLength(int plaintextLength) throws KrbCryptoException {
    if (plaintextLength < 0 || plaintextLength > Integer.MAX_VALUE - 64) {
      throw new KrbCryptoException(Reason.BAD_BUFFER, "plaintext length " + plaintextLength);
    }
    return plaintextLength + overhead();
  }

  /**
   * @param ciphertextLength a ciphertext length
   * @return the exact plaintext length
   * @throws KrbCryptoException TOO_SHORT when shorter than {@link #overhead()}
   */
  public final int plaintextLength(int ciphertextLength) throws KrbCryptoException {
    if (ciphertextLength < overhead()) {
      throw new KrbCryptoException(Reason.TOO_SHORT, "ciphertext of " + ciphertextLength
          + " bytes, " + encType.name() + " needs at least " + overhead());
    }
    return ciphertextLength - overhead();
  }

  /**
   * Encrypts {@code in[off..off+len)} (RFC 3961 encrypt with this usage, fresh confounder).
   *
   * @return the number of bytes written at {@code out[outOff..]}: {@code encryptedLength(len)}
   * @throws KrbCryptoException BAD_BUFFER for bad ranges or a short output array
   */
  public final int encrypt(byte[] in, int off, int len, byte[] out, int outOff)
      throws KrbCryptoException {
    return encrypt(in, off, len, EMPTY, 0, 0, out, outOff);
  }

  /**
   * Encrypts the concatenation {@code in1[off1..+len1) | in2[off2..+len2)} without building it.
   *
   * @return the number of bytes written at {@code out[outOff..]}:
   *     {@code encryptedLength(len1 + len2)}
   * @throws KrbCryptoException BAD_BUFFER for bad ranges or a short output array
   */
  public final int encrypt(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] out, int outOff) throws KrbCryptoException {
    checkLive();
    Ranges.check(in1, off1, len1, "input");
    Ranges.check(in2, off2, len2, "second input");
    if (len1 > Integer.MAX_VALUE - 64 - len2) {
      throw new KrbCryptoException(Reason.BAD_BUFFER, "input too long");
    }
    int outLen = encryptedLength(len1 + len2);
    Ranges.check(out, outOff, outLen, "output");
    // Output may trail the input by bodyOffset() bytes or more (the in-place layout); any other
    // overlap would overwrite input before it is read, so such input is copied first.
    if (Ranges.overlap(in1, off1, len1, out, outOff, outLen)
        && (long) outOff + bodyOffset() > off1) {
      in1 = Arrays.copyOfRange(in1, off1, off1 + len1);
      off1 = 0;
    }
    if (Ranges.overlap(in2, off2, len2, out, outOff, outLen)) {
      in2 = Arrays.copyOfRange(in2, off2, off2 + len2);
      off2 = 0;
    }
    doEncrypt(in1, off1, len1, in2, off2, len2, out, outOff);
    return outLen;
  }

  /**
   * Decrypts and verifies {@code in[off..off+len)}.
   *
   * @return the plaintext length, written at {@code out[outOff..]}
   * @throws KrbCryptoException TOO_SHORT, INTEGRITY_FAILED (output zeroed), BAD_BUFFER
   */
  public final int decrypt(byte[] in, int off, int len, byte[] out, int outOff)
      throws KrbCryptoException {
    return decrypt(in, off, len, out, outOff, EMPTY, 0, 0);
  }

  /**
   * Decrypts and verifies {@code in[off..off+len)}, writing the plaintext's last
   * {@code trailerLen} bytes to {@code trailer[trailerOff..]} and the rest to
   * {@code out[outOff..]}; RFC 4121 unwrap uses it to get the data and the encrypted token header
   * apart without a copy.
   *
   * @param trailerLen 0 to 16
   * @return the number of bytes written to {@code out}: plaintext length minus trailerLen
   * @throws KrbCryptoException TOO_SHORT when the ciphertext cannot hold the overhead and the
   *     trailer, INTEGRITY_FAILED (outputs zeroed), BAD_BUFFER for bad ranges
   */
  public final int decrypt(byte[] in, int off, int len, byte[] out, int outOff, byte[] trailer,
      int trailerOff, int trailerLen) throws KrbCryptoException {
    checkLive();
    Ranges.check(in, off, len, "input");
    if (trailerLen < 0 || trailerLen > CbcCts.MAX_TRAILER) {
      throw new KrbCryptoException(Reason.BAD_BUFFER, "trailer of " + trailerLen + " bytes");
    }
    Ranges.check(trailer, trailerOff, trailerLen, "trailer");
    int plain = plaintextLength(len);
    if (plain < trailerLen) {
      throw new KrbCryptoException(Reason.TOO_SHORT, "plaintext of " + plain
          + " bytes cannot hold a " + trailerLen + "-byte trailer");
    }
    int bodyLen = plain - trailerLen;
    Ranges.check(out, outOff, bodyLen, "output");
    // Plaintext may be written at or before its ciphertext (in place); written further ahead
    // it would overwrite ciphertext not yet read (the JDK's RC4 is not copy-safe), so copy.
    if (Ranges.overlap(in, off, len, out, outOff, bodyLen)
        && (long) outOff > (long) off + bodyOffset()) {
      in = Arrays.copyOfRange(in, off, off + len);
      off = 0;
    }
    try {
      doDecrypt(in, off, len, out, outOff, bodyLen, trailer, trailerOff, trailerLen);
    } catch (KrbCryptoException e) {
      if (e.reason() == Reason.INTEGRITY_FAILED) {
        Arrays.fill(out, outOff, outOff + bodyLen, (byte) 0);
        Arrays.fill(trailer, trailerOff, trailerOff + trailerLen, (byte) 0);
      }
      throw e;
    }
    return bodyLen;
  }

  /**
   * One-shot convenience for cold paths.
   *
   * @return a new array with the ciphertext
   */
  public final byte[] encrypt(byte[] plaintext) throws KrbCryptoException {
    byte[] out = new byte[encryptedLength(plaintext.length)];
    encrypt(plaintext, 0, plaintext.length, out, 0);
    return out;
  }

  /**
   * One-shot convenience for cold paths.
   *
   * @return a new array with the verified plaintext
   */
  public final byte[] decrypt(byte[] ciphertext) throws KrbCryptoException {
    byte[] out = new byte[plaintextLength(ciphertext.length)];
    decrypt(ciphertext, 0, ciphertext.length, out, 0);
    return out;
  }

  /**
   * Computes the enctype's mandatory keyed checksum (Kc for this usage) over
   * {@code in[off..off+len)}.
   *
   * @return {@link #checksumLength()}, the number of bytes written at {@code out[outOff..]}
   */
  public final int checksum(byte[] in, int off, int len, byte[] out, int outOff)
      throws KrbCryptoException {
    return checksum(in, off, len, EMPTY, 0, 0, out, outOff);
  }

  /**
   * Computes the checksum over {@code in1[off1..+len1) | in2[off2..+len2)} (RFC 4121 MIC and
   * checksummed Wrap tokens: data | token header) without concatenating.
   *
   * @return {@link #checksumLength()}, the number of bytes written at {@code out[outOff..]}
   */
  public final int checksum(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] out, int outOff) throws KrbCryptoException {
    checkLive();
    Ranges.check(in1, off1, len1, "input");
    Ranges.check(in2, off2, len2, "second input");
    int n = checksumLength();
    Ranges.check(out, outOff, n, "output");
    computeChecksum(in1, off1, len1, in2, off2, len2, computed);
    System.arraycopy(computed, 0, out, outOff, n);
    return n;
  }

  /** One-shot convenience: the checksum of {@code data} in a new array. */
  public final byte[] checksum(byte[] data) throws KrbCryptoException {
    byte[] out = new byte[checksumLength()];
    checksum(data, 0, data.length, out, 0);
    return out;
  }

  /**
   * Verifies a checksum over {@code in[off..off+len)} in constant time.
   *
   * @throws KrbCryptoException INTEGRITY_FAILED when it does not match or has the wrong length
   */
  public final void verifyChecksum(byte[] in, int off, int len, byte[] cksum, int cksumOff,
      int cksumLen) throws KrbCryptoException {
    verifyChecksum(in, off, len, EMPTY, 0, 0, cksum, cksumOff, cksumLen);
  }

  /**
   * Verifies a checksum over {@code in1 | in2} in constant time.
   *
   * @throws KrbCryptoException INTEGRITY_FAILED when it does not match or has the wrong length
   */
  public final void verifyChecksum(byte[] in1, int off1, int len1, byte[] in2, int off2,
      int len2, byte[] cksum, int cksumOff, int cksumLen) throws KrbCryptoException {
    checkLive();
    Ranges.check(in1, off1, len1, "input");
    Ranges.check(in2, off2, len2, "second input");
    Ranges.check(cksum, cksumOff, cksumLen, "checksum");
    int n = checksumLength();
    if (cksumLen != n) {
      throw new KrbCryptoException(Reason.INTEGRITY_FAILED, "checksum of " + cksumLen
          + " bytes, expected " + n);
    }
    computeChecksum(in1, off1, len1, in2, off2, len2, computed);
    verifyTag(cksum, cksumOff, n);
  }

  /**
   * Constant-time comparison ({@link MessageDigest#isEqual}) of the first {@code n} bytes of
   * {@link #computed()} with {@code tag[off..off+n)}, through two reused exact-length arrays.
   *
   * @throws KrbCryptoException INTEGRITY_FAILED on mismatch
   */
  final void verifyTag(byte[] tag, int off, int n) throws KrbCryptoException {
    if (cmpA.length != n) {
      cmpA = new byte[n];
      cmpB = new byte[n];
    }
    System.arraycopy(computed, 0, cmpA, 0, n);
    System.arraycopy(tag, off, cmpB, 0, n);
    if (!MessageDigest.isEqual(cmpA, cmpB)) {
      throw new KrbCryptoException(Reason.INTEGRITY_FAILED, encType.name() + " usage " + usage);
    }
  }

  /** Scratch for full-length MAC outputs (64 bytes). */
  final byte[] computed() {
    return computed;
  }

  /** Scratch for a received tag saved before decryption (64 bytes). */
  final byte[] received() {
    return received;
  }

  abstract void doEncrypt(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] out, int outOff) throws KrbCryptoException;

  abstract void doDecrypt(byte[] in, int off, int len, byte[] out, int outOff, int bodyLen,
      byte[] trailer, int trailerOff, int trailerLen) throws KrbCryptoException;

  /** Writes the full (untruncated) checksum into {@code dst[0..]}. */
  abstract void computeChecksum(byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] dst) throws KrbCryptoException;

  /** Drops the engines of the subclass. */
  abstract void destroyEngines();

  // ---------------------------------------------------------------- encryption with IOVs

  /**
   * Encryption with IOVs, as MIT krb5's {@code krb5_c_encrypt_iov} over HEADER | buffers… |
   * TRAILER: encrypts the DATA buffers in place as one plaintext after a fresh confounder, and
   * computes the integrity tag over the confounder and all buffers in array order, SIGN_ONLY
   * ones included but neither encrypted nor changed (see {@link CtsIov} for the exact MAC input
   * per profile). Without SIGN_ONLY buffers, {@code header | DATA… | trailer} is exactly what
   * {@link #encrypt(byte[], int, int, byte[], int)} of the concatenated DATA returns.
   *
   * @param bufs the buffers in order; not null, no null element; DATA ranges must not overlap
   *     each other or the outputs
   * @param header receives the encrypted confounder, {@link #confounderLength()} bytes at
   *     {@code headerOff}
   * @param trailer receives the integrity tag, {@link #macLength()} bytes at {@code trailerOff}
   * @throws KrbCryptoException BAD_BUFFER for a bad range or a total DATA length beyond
   *     {@code Integer.MAX_VALUE - 64}; UNSUPPORTED for arcfour-hmac (RFC 4757 has no such
   *     construction here); BAD_KEY when destroyed
   */
  public final void encryptIov(CryptoIov[] bufs, byte[] header, int headerOff, byte[] trailer,
      int trailerOff) throws KrbCryptoException {
    checkLive();
    int dataLen = checkIov(bufs);
    Ranges.check(header, headerOff, confounderLength(), "header");
    Ranges.check(trailer, trailerOff, macLength(), "trailer");
    if (!(this instanceof CtsUsageKeys cts)) {
      throw new KrbCryptoException(Reason.UNSUPPORTED, "IOV encryption with " + encType.name());
    }
    CtsIov.encrypt(cts, bufs, dataLen, header, headerOff, trailer, trailerOff);
  }

  /**
   * Decryption with IOVs, the inverse of {@link #encryptIov}: verifies the tag over the
   * confounder and all buffers (SIGN_ONLY included, in array order) and decrypts the DATA
   * buffers in place.
   *
   * @param header the encrypted confounder, {@link #confounderLength()} bytes at
   *     {@code headerOff}
   * @param bufs the buffers in order; not null, no null element
   * @param trailer the integrity tag, {@link #macLength()} bytes at {@code trailerOff}
   * @throws KrbCryptoException INTEGRITY_FAILED (the DATA buffers are left unchanged: no
   *     unverified plaintext is ever written to them), BAD_BUFFER, UNSUPPORTED, BAD_KEY as
   *     {@link #encryptIov}
   */
  public final void decryptIov(byte[] header, int headerOff, CryptoIov[] bufs, byte[] trailer,
      int trailerOff) throws KrbCryptoException {
    checkLive();
    int dataLen = checkIov(bufs);
    Ranges.check(header, headerOff, confounderLength(), "header");
    Ranges.check(trailer, trailerOff, macLength(), "trailer");
    if (!(this instanceof CtsUsageKeys cts)) {
      throw new KrbCryptoException(Reason.UNSUPPORTED, "IOV decryption with " + encType.name());
    }
    CtsIov.decrypt(cts, header, headerOff, bufs, dataLen, trailer, trailerOff);
  }

  /** Checks every range of {@code bufs}; returns the total DATA length. */
  private static int checkIov(CryptoIov[] bufs) throws KrbCryptoException {
    long dataLen = 0;
    for (CryptoIov b : bufs) {
      if (b == null) {
        throw new KrbCryptoException(Reason.BAD_BUFFER, "null IOV buffer");
      }
      Ranges.check(b.array(), b.offset(), b.length(), b.isSignOnly() ? "SIGN_ONLY" : "DATA");
      if (!b.isSignOnly()) {
        dataLen += b.length();
        if (dataLen > Integer.MAX_VALUE - 64) {
          throw new KrbCryptoException(Reason.BAD_BUFFER, "IOV data too long");
        }
      }
    }
    return (int) dataLen;
  }

  private void checkLive() throws KrbCryptoException {
    if (destroyed) {
      throw new KrbCryptoException(Reason.BAD_KEY, "usage keys destroyed");
    }
  }

  /**
   * Zeroes the base key copy, drops every derived key and engine and wipes the confounder
   * source's keystream key. Idempotent.
   */
  public final void destroy() {
    destroyed = true;
    Arrays.fill(baseKey, (byte) 0);
    Arrays.fill(computed, (byte) 0);
    Arrays.fill(received, (byte) 0);
    destroyEngines();
    confounders.destroy();
  }

  /** Same as {@link #destroy()}. */
  @Override
  public final void close() {
    destroy();
  }

  /** @return the enctype and usage only, never key material */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + encType + ", usage " + usage
        + (destroyed ? ", destroyed" : "") + "]";
  }
}

package io.gsskit.raw.internal.mech.krb5.token;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.engines.RC4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The keys and primitives of RFC 4757 §7 per-message tokens for one context key K (16 bytes):
 *
 * <ul>
 *   <li>Checksum (the hmac-md5 checksum, RFC 4757 §4, keyed with K):
 *       {@code Ksign = HMAC-MD5(K, "signaturekey\0")},
 *       {@code SGN_CKSUM = first 8 bytes of HMAC-MD5(Ksign, MD5(usage as 4-byte little-endian |
 *       token header (8) | data))}, usage 13 for Wrap and 15 for MIC tokens.
 *   <li>Sequence number (§7.1): {@code Kseq = HMAC-MD5(HMAC-MD5(K, T(0)), SGN_CKSUM)};
 *       {@code SND_SEQ = RC4(Kseq, seq as 4-byte big-endian | 4 direction bytes)}.
 *   <li>Sealing (§7.3): {@code Klocal = K XOR 0xF0..F0},
 *       {@code Kcrypt = HMAC-MD5(HMAC-MD5(Klocal, T(0)), seq as 4-byte big-endian)}; one RC4
 *       stream over confounder | data | padding.
 * </ul>
 *
 * {@code T(u)} is the 4-byte little-endian usage u; for the exportable variant arcfour-hmac-exp
 * (24) it is {@code "fortybits\0" | T(u)} and bytes 7..15 of the first HMAC are then set to 0xAB
 * (RFC 4757 §5; MIT {@code kg_arcfour_docrypt}). Only the per-message HMAC/RC4 steps are done per
 * message; the three intermediate keys are derived once.
 *
 * <p>The primitives are Bouncy Castle's lightweight MD5, HMAC and RC4 (the JCE may lack RC4 or
 * MD5 in restricted configurations), instantiated per call. Immutable after construction except
 * {@link #destroy()}; thread-safe.
 */
final class Rfc4757Keys {

  /** Length of K and of every HMAC-MD5 output. */
  static final int KEY_LENGTH = 16;
  /** Length of SGN_CKSUM. */
  static final int CKSUM_LENGTH = 8;
  /** Checksum key usage of Wrap tokens (RFC 4757 §7.3; MIT: usage 23 translated to 13). */
  static final int WRAP_USAGE = 13;
  /** Checksum key usage of MIC tokens (RFC 4757 §7.2). */
  static final int MIC_USAGE = 15;

  private static final byte[] SIGNATURE_KEY =
      "signaturekey\0".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FORTY_BITS = "fortybits\0".getBytes(StandardCharsets.US_ASCII);

  private final byte[] ksign;
  private final byte[] seqBase;
  private final byte[] cryptBase;

  /**
   * @param key K (16 bytes); not modified
   * @param exportable true for arcfour-hmac-exp (24)
   */
  Rfc4757Keys(byte[] key, boolean exportable) {
    if (key.length != KEY_LENGTH) {
      throw new IllegalArgumentException("RC4 keys are 16 bytes");
    }
    this.ksign = hmac(key, SIGNATURE_KEY, 0, SIGNATURE_KEY.length);
    this.seqBase = usageKey(key, 0, exportable);
    byte[] local = key.clone();
    for (int i = 0; i < local.length; i++) {
      local[i] ^= (byte) 0xF0;
    }
    this.cryptBase = usageKey(local, 0, exportable);
    Arrays.fill(local, (byte) 0);
  }

  /** {@code HMAC-MD5(key, T(usage))} with the exportable rules. */
  static byte[] usageKey(byte[] key, int usage, boolean exportable) {
    byte[] t = new byte[(exportable ? FORTY_BITS.length : 0) + 4];
    int p = 0;
    if (exportable) {
      System.arraycopy(FORTY_BITS, 0, t, 0, FORTY_BITS.length);
      p = FORTY_BITS.length;
    }
    t[p] = (byte) usage;
    t[p + 1] = (byte) (usage >>> 8);
    t[p + 2] = (byte) (usage >>> 16);
    t[p + 3] = (byte) (usage >>> 24);
    byte[] k = hmac(key, t, 0, t.length);
    if (exportable) {
      Arrays.fill(k, 7, KEY_LENGTH, (byte) 0xAB);
    }
    return k;
  }

  static byte[] hmac(byte[] key, byte[] data, int off, int len) {
    HMac m = new HMac(new MD5Digest());
    m.init(new KeyParameter(key));
    m.update(data, off, len);
    byte[] out = new byte[KEY_LENGTH];
    m.doFinal(out, 0);
    return out;
  }

  /**
   * SGN_CKSUM over {@code header[hOff..hOff+8) | a | b} into {@code out[outOff..outOff+8)}.
   *
   * @param usage {@link #WRAP_USAGE} or {@link #MIC_USAGE}
   */
  void checksum(int usage, byte[] header, int hOff, byte[] a, int aOff, int aLen, byte[] b,
      int bOff, int bLen, byte[] out, int outOff) {
    Checksum c = startChecksum(usage, header, hOff);
    c.update(a, aOff, aLen);
    c.update(b, bOff, bLen);
    c.finish(out, outOff);
  }

  /**
   * Starts SGN_CKSUM over {@code header[hOff..hOff+8)} followed by whatever is passed to
   * {@link Checksum#update}: the IOV form, where the covered bytes are spread over buffers (MIT
   * {@code kg_make_checksum_iov_v1}, util_cksum.c).
   *
   * @param usage {@link #WRAP_USAGE} or {@link #MIC_USAGE}
   * @return the running checksum; used by one thread
   */
  Checksum startChecksum(int usage, byte[] header, int hOff) {
    MD5Digest md5 = new MD5Digest();
    md5.update((byte) usage);
    md5.update((byte) (usage >>> 8));
    md5.update((byte) (usage >>> 16));
    md5.update((byte) (usage >>> 24));
    md5.update(header, hOff, 8);
    return new Checksum(md5);
  }

  /** A running SGN_CKSUM computation (RFC 4757 §4); not thread-safe. */
  final class Checksum {
    private final MD5Digest md5;

    private Checksum(MD5Digest md5) {
      this.md5 = md5;
    }

    /** Adds covered bytes. */
    void update(byte[] b, int off, int len) {
      md5.update(b, off, len);
    }

    /** Writes the 8-byte SGN_CKSUM to {@code out[outOff..outOff+8)}. */
    void finish(byte[] out, int outOff) {
      byte[] digest = new byte[KEY_LENGTH];
      md5.doFinal(digest, 0);
      byte[] full = hmac(ksign, digest, 0, digest.length);
      System.arraycopy(full, 0, out, outOff, CKSUM_LENGTH);
      Arrays.fill(full, (byte) 0);
      Arrays.fill(digest, (byte) 0);
    }
  }

  /** RC4 of the 8-byte SND_SEQ field, keyed from the 8-byte checksum (encrypts and decrypts). */
  void cryptSequence(byte[] cksum, int cksumOff, byte[] in, int inOff, byte[] out, int outOff) {
    byte[] kseq = hmac(seqBase, cksum, cksumOff, CKSUM_LENGTH);
    RC4Engine rc4 = new RC4Engine();
    rc4.init(true, new KeyParameter(kseq));
    Arrays.fill(kseq, (byte) 0);
    rc4.processBytes(in, inOff, 8, out, outOff);
  }

  /**
   * The RC4 stream that seals (or unseals) confounder | data | padding of the token with the given
   * sequence number.
   */
  RC4Engine sealCipher(int seq) {
    byte[] be = {(byte) (seq >>> 24), (byte) (seq >>> 16), (byte) (seq >>> 8), (byte) seq};
    byte[] kcrypt = hmac(cryptBase, be, 0, 4);
    RC4Engine rc4 = new RC4Engine();
    rc4.init(true, new KeyParameter(kcrypt));
    Arrays.fill(kcrypt, (byte) 0);
    return rc4;
  }

  /** Zeroes the derived keys. */
  void destroy() {
    Arrays.fill(ksign, (byte) 0);
    Arrays.fill(seqBase, (byte) 0);
    Arrays.fill(cryptBase, (byte) 0);
  }
}

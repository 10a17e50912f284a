package io.gsskit.raw.internal.kerberos.crypto;

import static io.gsskit.raw.internal.kerberos.crypto.BlockCipher.BLOCK;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * CBC mode with ciphertext stealing as Kerberos uses it (RFC 3962 §5, RFC 6803 §3: NIST SP 800-38A
 * addendum variant CS3, initial vector zero — the last two blocks are always swapped, also when
 * the last block is full; a message of exactly one block is plain CBC, i.e. one block cipher call).
 *
 * <p>The plaintext is seen as a stream of up to three segments — a 16-byte head (the
 * confounder), a body and an optional short trailer (≤ 16 bytes, e.g. the RFC 4121 token header
 * that is encrypted after the data) — so that callers never concatenate them. Encryption gathers
 * the segments into one contiguous ciphertext; decryption scatters the plaintext back into them.
 * Only the last one or two blocks are handled here; everything else is one bulk call of the
 * underlying CBC cipher, straight between the caller's arrays.
 *
 * <p>Not thread-safe: one instance per {@link BlockCipher}, with its own scratch blocks.
 */
final class CbcCts {

  /** The head (confounder) segment length. */
  static final int HEAD = BLOCK;
  /** The longest trailer segment that decryption can scatter (it must lie in the last 17 bytes). */
  static final int MAX_TRAILER = BLOCK;

  private final BlockCipher cipher;
  private final byte[] carry = new byte[BLOCK];
  private final byte[] last = new byte[BLOCK];
  private final byte[] lastOut = new byte[BLOCK];
  private final byte[] prev = new byte[BLOCK];
  private final byte[] first = new byte[BLOCK];
  private final byte[] x = new byte[BLOCK];
  private final byte[] stolen = new byte[BLOCK];
  private final byte[] tail = new byte[2 * BLOCK];

  CbcCts(BlockCipher cipher) {
    this.cipher = cipher;
  }

  /** Bulk pieces between two {@link Progress} reports. */
  static final int CHUNK = 64 * 1024;

  /** Told how much of the ciphertext is final, i.e. will not be rewritten by the encryption. */
  interface Progress {
    /** Bytes {@code [outOff, outOff + upTo)} of the output are final; never decreases. */
    void advance(int upTo);
  }

  /**
   * Encrypts {@code head(16) | in1[off1..+len1) | in2[off2..+len2)} into
   * {@code out[outOff..+16+len1+len2)}. The output must not lie ahead of unread input (callers
   * copy such input first).
   */
  void encrypt(byte[] head, byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] out, int outOff) throws KrbCryptoException {
    encrypt(head, in1, off1, len1, in2, off2, len2, out, outOff, null);
  }

  /**
   * The same, reporting to {@code progress} (when not null) after every {@link #CHUNK} bytes
   * how much of the output is final; the last report covers the whole output.
   */
  void encrypt(byte[] head, byte[] in1, int off1, int len1, byte[] in2, int off2, int len2,
      byte[] out, int outOff, @Nullable Progress progress) throws KrbCryptoException {
    int total = HEAD + len1 + len2;
    if (total == BLOCK) {
      cipher.cbcEncryptFinal(head, 0, BLOCK, out, outOff);
      report(progress, total);
      return;
    }
    int blocks = (total + BLOCK - 1) / BLOCK;
    int bulk = (blocks - 1) * BLOCK;
    int r = total - bulk;
    // The last (partial or full) block, zero-padded; gathered before any output is written.
    Arrays.fill(last, (byte) 0);
    gather(bulk, r, head, in1, off1, len1, in2, off2, len2, last, 0);
    // Blocks 1 .. n-1 through the CBC chain, in block-aligned pieces straight from the segments.
    int outPos = outOff;
    int pos = 0;
    int carried = 0;
    byte[][] arrays = {head, in1, in2};
    int[] offs = {0, off1, off2};
    int[] lens = {HEAD, len1, len2};
    for (int s = 0; s < 3 && pos < bulk; s++) {
      byte[] a = arrays[s];
      int p = offs[s];
      int take = Math.min(lens[s], bulk - pos);
      if (carried > 0 && take > 0) {
        int f = Math.min(BLOCK - carried, take);
        System.arraycopy(a, p, carry, carried, f);
        carried += f;
        p += f;
        take -= f;
        pos += f;
        if (carried == BLOCK) {
          cipher.cbcEncrypt(carry, 0, BLOCK, out, outPos);
          outPos += BLOCK;
          carried = 0;
        }
      }
      int aligned = take & -BLOCK;
      while (aligned > 0) {
        int piece = progress == null ? aligned : Math.min(aligned, CHUNK);
        cipher.cbcEncrypt(a, p, piece, out, outPos);
        outPos += piece;
        p += piece;
        take -= piece;
        pos += piece;
        aligned -= piece;
        // C(n-1), the block before the stolen tail, is rewritten at the end.
        report(progress, Math.min(outPos - outOff, bulk - BLOCK));
      }
      if (take > 0) {
        System.arraycopy(a, p, carry, 0, take);
        carried = take;
        pos += take;
      }
    }
    // C(n) = E(P(n) xor C(n-1)); then swap: C(1..n-2) | C(n) | first r bytes of C(n-1).
    cipher.cbcEncryptFinal(last, 0, BLOCK, lastOut, 0);
    int cn1 = outOff + bulk - BLOCK;
    System.arraycopy(out, cn1, prev, 0, BLOCK);
    System.arraycopy(lastOut, 0, out, cn1, BLOCK);
    System.arraycopy(prev, 0, out, outOff + bulk, r);
    Arrays.fill(last, (byte) 0);
    Arrays.fill(carry, (byte) 0);
    report(progress, total);
  }

  private static void report(@Nullable Progress progress, int upTo) {
    if (progress != null) {
      progress.advance(upTo);
    }
  }

  /**
   * Decrypts {@code in[inOff..+len)} (len = 16 + len1 + len2, len2 ≤ 16) into the head (16
   * bytes), {@code out1[off1..+len1)} and {@code out2[off2..+len2)}. Copy-safe for in-place use.
   */
  void decrypt(byte[] in, int inOff, int len, byte[] head, byte[] out1, int off1, int len1,
      byte[] out2, int off2, int len2) throws KrbCryptoException {
    if (len == BLOCK) {
      cipher.decryptBlock(in, inOff, head, 0);
      return;
    }
    int blocks = (len + BLOCK - 1) / BLOCK;
    int r = len - (blocks - 1) * BLOCK;
    int tailStart = (blocks - 2) * BLOCK;
    // Everything the tail needs, saved before any output can overwrite it.
    System.arraycopy(in, inOff, first, 0, BLOCK);
    System.arraycopy(in, inOff + tailStart, x, 0, BLOCK);
    System.arraycopy(in, inOff + tailStart + BLOCK, stolen, 0, r);
    if (blocks >= 3) {
      System.arraycopy(in, inOff + tailStart - BLOCK, prev, 0, BLOCK);
    } else {
      Arrays.fill(prev, (byte) 0);
    }
    // X = D(C'(n-1)); P(n) = X[0..r) xor C'(n); C(n-1) = C'(n) | X[r..16); P(n-1) = D(C(n-1)) xor
    // C(n-2).
    cipher.decryptBlock(x, 0, x, 0);
    for (int i = 0; i < r; i++) {
      tail[BLOCK + i] = (byte) (x[i] ^ stolen[i]);
    }
    System.arraycopy(x, r, stolen, r, BLOCK - r);
    cipher.decryptBlock(stolen, 0, tail, 0);
    for (int i = 0; i < BLOCK; i++) {
      tail[i] ^= prev[i];
    }
    // Blocks 1 .. n-2: block 1 is the head; blocks 2 .. n-2 go straight into out1 (the trailer
    // lies entirely within the last 16 + r bytes), decrypted from a zero IV and then fixed up.
    if (blocks >= 3) {
      cipher.decryptBlock(first, 0, head, 0);
      int bulk = tailStart - BLOCK;
      if (bulk > 0) {
        cipher.cbcDecrypt(in, inOff + BLOCK, bulk, out1, off1);
        for (int i = 0; i < BLOCK; i++) {
          out1[off1 + i] ^= first[i];
        }
      }
    }
    scatter(tail, tailStart, BLOCK + r, head, out1, off1, len1, out2, off2, len2);
    Arrays.fill(tail, (byte) 0);
    Arrays.fill(x, (byte) 0);
    Arrays.fill(stolen, (byte) 0);
  }

  /** Copies stream bytes {@code [pos, pos+n)} of head|in1|in2 to {@code dst[dstOff..]}. */
  private static void gather(int pos, int n, byte[] head, byte[] in1, int off1, int len1,
      byte[] in2, int off2, int len2, byte[] dst, int dstOff) {
    int end = pos + n;
    copyPart(head, 0, 0, HEAD, pos, end, dst, dstOff, true);
    copyPart(in1, off1, HEAD, len1, pos, end, dst, dstOff, true);
    copyPart(in2, off2, HEAD + len1, len2, pos, end, dst, dstOff, true);
  }

  /** Writes {@code src[0..n)}, which holds stream bytes from {@code pos}, to the segments. */
  private static void scatter(byte[] src, int pos, int n, byte[] head, byte[] out1, int off1,
      int len1, byte[] out2, int off2, int len2) {
    int end = pos + n;
    copyPart(head, 0, 0, HEAD, pos, end, src, 0, false);
    copyPart(out1, off1, HEAD, len1, pos, end, src, 0, false);
    copyPart(out2, off2, HEAD + len1, len2, pos, end, src, 0, false);
  }

  /**
   * Moves the intersection of segment {@code [segStart, segStart+segLen)} (stored at
   * {@code seg[segOff..]}) with the window {@code [pos, end)} (stored at {@code buf[bufOff..]}),
   * from the segment into the buffer when {@code toBuf}, else the other way.
   */
  private static void copyPart(byte[] seg, int segOff, int segStart, int segLen, int pos, int end,
      byte[] buf, int bufOff, boolean toBuf) {
    int lo = Math.max(pos, segStart);
    int hi = Math.min(end, segStart + segLen);
    if (lo >= hi) {
      return;
    }
    if (toBuf) {
      System.arraycopy(seg, segOff + lo - segStart, buf, bufOff + lo - pos, hi - lo);
    } else {
      System.arraycopy(buf, bufOff + lo - pos, seg, segOff + lo - segStart, hi - lo);
    }
  }
}

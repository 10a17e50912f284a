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
  private final byte[] x = new byte[BLOCK];
  private final byte[] stolen = new byte[BLOCK];
  private final byte[] tail = new byte[2 * BLOCK];

  /** Where {@link #chain} is: output position, stream position, bytes waiting in carry. */
  private int outPos;
  private int pos;
  private int carried;

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
    // Blocks 1 .. n-1 through the CBC chain, in block-aligned pieces straight from the segments
    // (no per-call arrays: the three segments one after the other, the state in fields).
    outPos = outOff;
    pos = 0;
    carried = 0;
    chain(head, 0, HEAD, bulk, out, outOff, progress);
    chain(in1, off1, len1, bulk, out, outOff, progress);
    chain(in2, off2, len2, bulk, out, outOff, progress);
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

  /** Feeds one segment's share of the first {@code bulk} stream bytes into the CBC chain. */
  private void chain(byte[] a, int p, int segLen, int bulk, byte[] out, int outOff,
      @Nullable Progress progress) throws KrbCryptoException {
    int take = Math.min(segLen, bulk - pos);
    if (take <= 0) {
      return;
    }
    if (carried > 0) {
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
    // Everything the tail needs, saved before any output can overwrite it: the wire's last full
    // block C'(n-1) = C(n), the stolen bytes C'(n) (the first r bytes of C(n-1)), and C(n-2).
    System.arraycopy(in, inOff + tailStart, x, 0, BLOCK);
    System.arraycopy(in, inOff + tailStart + BLOCK, stolen, 0, r);
    if (blocks >= 3) {
      System.arraycopy(in, inOff + tailStart - BLOCK, prev, 0, BLOCK);
    } else {
      Arrays.fill(prev, (byte) 0);
    }
    // One CBC chain from the zero IV: C(1) into the head, C(2 .. n-2) straight into out1 (the
    // trailer lies entirely within the last 16 + r bytes), then C(n) and the rebuilt C(n-1):
    // Y = D(C(n)) xor C(n-2), so X = D(C(n)) = Y xor C(n-2); P(n) = X[0..r) xor C'(n);
    // C(n-1) = C'(n) | X[r..16); Z = D(C(n-1)) xor C(n), so P(n-1) = Z xor C(n) xor C(n-2).
    try {
      if (blocks >= 3) {
        cipher.cbcDecryptMore(in, inOff, BLOCK, head, 0);
        int bulk = tailStart - BLOCK;
        if (bulk > 0) {
          cipher.cbcDecryptMore(in, inOff + BLOCK, bulk, out1, off1);
        }
      }
      cipher.cbcDecryptMore(x, 0, BLOCK, last, 0);
      for (int i = 0; i < BLOCK; i++) {
        last[i] ^= prev[i];
      }
      for (int i = 0; i < r; i++) {
        tail[BLOCK + i] = (byte) (last[i] ^ stolen[i]);
      }
      System.arraycopy(last, r, stolen, r, BLOCK - r);
      cipher.cbcDecryptMore(stolen, 0, BLOCK, tail, 0);
    } finally {
      cipher.cbcDecryptEnd();
    }
    for (int i = 0; i < BLOCK; i++) {
      tail[i] ^= (byte) (x[i] ^ prev[i]);
    }
    scatter(tail, tailStart, BLOCK + r, head, out1, off1, len1, out2, off2, len2);
    Arrays.fill(tail, (byte) 0);
    Arrays.fill(last, (byte) 0);
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

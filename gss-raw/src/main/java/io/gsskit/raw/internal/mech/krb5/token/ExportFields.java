package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;

import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The fields both per-message state encodings share ({@link ProtectorExport}, version 1, RFC
 * 4121; {@link Rfc4757Export}, version 2, RFC 4757): the {@code "GK4P" | version | flags} prefix,
 * whose flag bits 0..3 mean the same in both (acceptor, acceptor subkey, replay, sequence), and
 * the key layout {@code enctype (4) | length (2, 1..64) | bytes}. All integers big-endian.
 *
 * <p>Stateless; thread-safe. Keys read or written here are secrets: callers zero what they copy.
 */
final class ExportFields {

  /** Length of the {@code magic | version | flags} prefix. */
  static final int PREFIX = 6;

  private static final byte[] MAGIC = {'G', 'K', '4', 'P'};
  private static final int MAX_KEY = 64;

  private ExportFields() {}

  /** @return whether {@code blob} starts with the magic and {@code version} */
  static boolean claims(byte[] blob, int version) {
    return blob.length >= 5 && Arrays.equals(blob, 0, 4, MAGIC, 0, 4) && blob[4] == version;
  }

  /**
   * @return flag bits 0..3 of an engine's state: acceptor, acceptor subkey, replay, sequence
   */
  static int commonFlags(MessageProtector p, SequenceWindow w) {
    return (p.localIsAcceptor() ? 1 : 0) | (p.acceptorSubkey() ? 2 : 0)
        | (w.replayDetection() ? 4 : 0) | (w.sequenceDetection() ? 8 : 0);
  }

  /**
   * Applies the decoded state both encodings carry: flag bits 1..3 (bit 0 chose the builder), the
   * partial key, the send counter and the receive window.
   *
   * @param learn whether the receive sequence is still to be learned (the variant's flag bit)
   * @return {@code b}
   */
  static <B extends ProtectorBuilder<B>> B applyState(B b, int flags,
      @Nullable KerberosKey partial, long send, long recvNext, long recvSeen, boolean learn) {
    b.acceptorSubkey((flags & 2) != 0)
        .replayDetection((flags & 4) != 0)
        .sequenceDetection((flags & 8) != 0)
        .partialKey(partial)
        .sendSeq(send)
        .recvSeq(recvNext)
        .recvSeen(recvSeen);
    return learn ? b.learnRecvSeq() : b;
  }

  /** Destroys the keys a decoder read (the engine holds copies). */
  static void destroy(KerberosKey key, @Nullable KerberosKey partial) {
    key.destroy();
    if (partial != null) {
      partial.destroy();
    }
  }

  /** Writes the prefix into {@code out[0..6)}. */
  static void putPrefix(byte[] out, int version, int flags) {
    System.arraycopy(MAGIC, 0, out, 0, 4);
    out[4] = (byte) version;
    out[5] = (byte) flags;
  }

  /**
   * Checks the prefix.
   *
   * @return the flags byte
   * @throws TokenFailure BAD_EXPORT for another magic or version, or a flag outside {@code known}
   */
  static int readPrefix(byte[] in, int version, int known) throws TokenFailure {
    if (in.length < PREFIX || !claims(in, version)) {
      throw bad();
    }
    int flags = in[5] & 0xFF;
    if ((flags & ~known) != 0) {
      throw bad();
    }
    return flags;
  }

  /** @return the encoded length of {@code k} */
  static int keyLength(KerberosKey k) {
    return 6 + k.length();
  }

  /** Writes {@code k} at {@code out[pos..)}; @return the position after it */
  static int putKey(byte[] out, int pos, KerberosKey k) {
    int t = k.keyType();
    out[pos] = (byte) (t >>> 24);
    out[pos + 1] = (byte) (t >>> 16);
    out[pos + 2] = (byte) (t >>> 8);
    out[pos + 3] = (byte) t;
    TokenLayout.putShort(out, pos + 4, k.length());
    byte[] b = k.copyBytes();
    System.arraycopy(b, 0, out, pos + 6, b.length);
    Arrays.fill(b, (byte) 0);
    return pos + 6 + b.length;
  }

  /**
   * Reads a key at {@code pos[0]} and advances {@code pos[0]} past it.
   *
   * @return a new key (the caller destroys it)
   * @throws TokenFailure BAD_EXPORT for a truncated key or a length outside 1..64
   */
  static KerberosKey readKey(byte[] in, int[] pos) throws TokenFailure {
    int p = pos[0];
    if (in.length - p < 6) {
      throw bad();
    }
    int type = ((in[p] & 0xFF) << 24) | ((in[p + 1] & 0xFF) << 16) | ((in[p + 2] & 0xFF) << 8)
        | (in[p + 3] & 0xFF);
    int len = TokenLayout.getShort(in, p + 4);
    if (len == 0 || len > MAX_KEY || len > in.length - p - 6) {
      throw bad();
    }
    byte[] b = Arrays.copyOfRange(in, p + 6, p + 6 + len);
    try {
      pos[0] = p + 6 + len;
      return new KerberosKey(type, b);
    } finally {
      Arrays.fill(b, (byte) 0);
    }
  }

  /** @return the failure of a malformed encoding (DEFECTIVE_TOKEN, BAD_EXPORT) */
  static TokenFailure bad() {
    return new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_EXPORT);
  }
}

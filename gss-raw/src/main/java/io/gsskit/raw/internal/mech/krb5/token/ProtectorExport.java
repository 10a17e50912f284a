package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;

import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import java.util.Arrays;

/**
 * The versioned, bounded byte encoding of a {@link Rfc4121Protector}'s state, embedded by the krb5
 * mechanism's {@code gss_export_sec_context}. All integers big-endian:
 *
 * <pre>
 * "GK4P"          magic (4)
 * 0x01            version (1)
 * flags           bit0 acceptor, bit1 acceptor subkey, bit2 replay, bit3 sequence,
 *                 bit4 rotate on send, bit5 learn receive sequence, bit6 partial key present,
 *                 bit7 DCE style (1)
 * key             enctype (4) | length (2, 1..64) | bytes
 * [partial key]   same layout, when bit6
 * send seq (8) | receive next (8) | receive window bitmap (8)
 * </pre>
 *
 * Nothing may follow. Stateless; thread-safe. The encoding holds key material.
 */
final class ProtectorExport {

  private static final byte[] MAGIC = {'G', 'K', '4', 'P'};
  private static final int VERSION = 1;
  private static final int MAX_KEY = 64;
  private static final int KNOWN_FLAGS = 0xFF;

  private ProtectorExport() {}

  static byte[] encode(Rfc4121Protector p) {
    KerberosKey key = p.key();
    KerberosKey partial = p.partialKeyOrNull();
    long[] w = p.window().snapshot();
    int flags = (p.localIsAcceptor() ? 1 : 0) | (p.acceptorSubkey() ? 2 : 0)
        | (p.window().replayDetection() ? 4 : 0) | (p.window().sequenceDetection() ? 8 : 0)
        | (p.rotateOnSend() ? 16 : 0) | (w[2] != 0 ? 32 : 0) | (partial != null ? 64 : 0)
        | (p.dceStyle() ? 128 : 0);
    int len = 5 + 1 + 6 + key.length() + (partial != null ? 6 + partial.length() : 0) + 24;
    byte[] out = new byte[len];
    System.arraycopy(MAGIC, 0, out, 0, 4);
    out[4] = VERSION;
    out[5] = (byte) flags;
    int pos = putKey(out, 6, key);
    if (partial != null) {
      pos = putKey(out, pos, partial);
    }
    TokenLayout.putLong(out, pos, p.nextSendSeq());
    TokenLayout.putLong(out, pos + 8, w[0]);
    TokenLayout.putLong(out, pos + 16, w[1]);
    return out;
  }

  private static int putKey(byte[] out, int pos, KerberosKey k) {
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

  static Rfc4121Protector decode(byte[] in) throws TokenFailure {
    if (in.length < 6 || !Arrays.equals(in, 0, 4, MAGIC, 0, 4) || in[4] != VERSION) {
      throw bad();
    }
    int flags = in[5] & 0xFF;
    if ((flags & ~KNOWN_FLAGS) != 0) {
      throw bad();
    }
    int[] pos = {6};
    KerberosKey key = readKey(in, pos);
    KerberosKey partial = (flags & 64) != 0 ? readKey(in, pos) : null;
    try {
      if (in.length - pos[0] != 24) {
        throw bad();
      }
      long send = TokenLayout.getLong(in, pos[0]);
      long next = TokenLayout.getLong(in, pos[0] + 8);
      long seen = TokenLayout.getLong(in, pos[0] + 16);
      Rfc4121Protector.Builder b = Rfc4121Protector.builder(key, (flags & 1) != 0)
          .acceptorSubkey((flags & 2) != 0)
          .replayDetection((flags & 4) != 0)
          .sequenceDetection((flags & 8) != 0)
          .rotateOnSend((flags & 16) != 0)
          .dceStyle((flags & 128) != 0)
          .partialKey(partial)
          .sendSeq(send)
          .recvSeq(next)
          .recvSeen(seen);
      if ((flags & 32) != 0) {
        b.learnRecvSeq();
      }
      return b.build();
    } catch (KrbCryptoException e) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.CRYPTO_FAILURE);
    } finally {
      key.destroy();
      if (partial != null) {
        partial.destroy();
      }
    }
  }

  private static KerberosKey readKey(byte[] in, int[] pos) throws TokenFailure {
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

  private static TokenFailure bad() {
    return new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.BAD_EXPORT);
  }
}

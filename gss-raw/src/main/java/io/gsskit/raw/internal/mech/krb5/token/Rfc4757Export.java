package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;

import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The versioned, bounded byte encoding of a {@link Rfc4757Protector}'s state: version 2 of the
 * per-message state whose version 1 is {@link ProtectorExport} (RFC 4121). All integers
 * big-endian:
 *
 * <pre>
 * "GK4P"          magic (4)
 * 0x02            version (1)
 * flags           bit0 acceptor, bit1 acceptor subkey, bit2 replay, bit3 sequence,
 *                 bit4 receive sequence still to be learned, bit5 partial key present,
 *                 bit6 DCE style; other bits must be 0 (1)
 * key             enctype (4, 23 or 24) | length (2, = 16) | bytes
 * [partial key]   enctype (4) | length (2, 1..64) | bytes, when bit5
 * mech OID        content length (1, 1..32) | content
 * send seq (4) | receive next (8, 64-bit extended) | receive window bitmap (8)
 * </pre>
 *
 * Nothing may follow. Stateless; thread-safe. The encoding holds key material.
 */
final class Rfc4757Export {

  /** The version byte of this variant. */
  static final int VERSION = 2;

  private static final byte[] MAGIC = {'G', 'K', '4', 'P'};
  private static final int MAX_KEY = 64;
  private static final int MAX_OID = 32;
  private static final int KNOWN_FLAGS = 0x7F;

  private Rfc4757Export() {}

  /** @return whether {@code blob} claims to be this variant (magic and version) */
  static boolean claims(byte[] blob) {
    return blob.length >= 5 && Arrays.equals(blob, 0, 4, MAGIC, 0, 4) && blob[4] == VERSION;
  }

  static byte[] encode(Rfc4757Protector p) {
    KerberosKey key = p.key();
    KerberosKey partial = p.partialKeyOrNull();
    long[] w = p.window().snapshot();
    long[] r = p.recvSnapshot();
    byte[] oid = p.mech().content();
    int flags = (p.localIsAcceptor() ? 1 : 0) | (p.acceptorSubkey() ? 2 : 0)
        | (p.window().replayDetection() ? 4 : 0) | (p.window().sequenceDetection() ? 8 : 0)
        | (r[1] == 0 ? 16 : 0) | (partial != null ? 32 : 0) | (p.dceStyle() ? 64 : 0);
    int len = 6 + 6 + key.length() + (partial != null ? 6 + partial.length() : 0)
        + 1 + oid.length + 4 + 16;
    byte[] out = new byte[len];
    System.arraycopy(MAGIC, 0, out, 0, 4);
    out[4] = VERSION;
    out[5] = (byte) flags;
    int pos = putKey(out, 6, key);
    if (partial != null) {
      pos = putKey(out, pos, partial);
    }
    out[pos++] = (byte) oid.length;
    System.arraycopy(oid, 0, out, pos, oid.length);
    pos += oid.length;
    long send = p.nextSendSeq();
    out[pos] = (byte) (send >>> 24);
    out[pos + 1] = (byte) (send >>> 16);
    out[pos + 2] = (byte) (send >>> 8);
    out[pos + 3] = (byte) send;
    TokenLayout.putLong(out, pos + 4, r[0]);
    TokenLayout.putLong(out, pos + 12, w[1]);
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

  static Rfc4757Protector decode(byte[] in) throws TokenFailure {
    if (!claims(in) || in.length < 6) {
      throw bad();
    }
    int flags = in[5] & 0xFF;
    if ((flags & ~KNOWN_FLAGS) != 0) {
      throw bad();
    }
    int[] pos = {6};
    KerberosKey key = readKey(in, pos);
    KerberosKey partial = null;
    try {
      if (key.keyType() != 23 && key.keyType() != 24) {
        throw bad();
      }
      partial = (flags & 32) != 0 ? readKey(in, pos) : null;
      int p = pos[0];
      if (in.length - p < 1) {
        throw bad();
      }
      int oidLen = in[p] & 0xFF;
      if (oidLen == 0 || oidLen > MAX_OID || in.length - p - 1 != oidLen + 4 + 16) {
        throw bad();
      }
      Oid mech = Oid.fromContent(Arrays.copyOfRange(in, p + 1, p + 1 + oidLen)).orElse(null);
      if (mech == null) {
        throw bad();
      }
      p += 1 + oidLen;
      long send = ((in[p] & 0xFFL) << 24) | ((in[p + 1] & 0xFF) << 16)
          | ((in[p + 2] & 0xFF) << 8) | (in[p + 3] & 0xFF);
      long next = TokenLayout.getLong(in, p + 4);
      long seen = TokenLayout.getLong(in, p + 12);
      Rfc4757Protector.Builder b = Rfc4757Protector.builder(key, mech, (flags & 1) != 0)
          .acceptorSubkey((flags & 2) != 0)
          .replayDetection((flags & 4) != 0)
          .sequenceDetection((flags & 8) != 0)
          .dceStyle((flags & 64) != 0)
          .partialKey(partial)
          .sendSeq(send)
          .recvSeq(next)
          .recvSeen(seen);
      if ((flags & 16) != 0) {
        b.learnRecvSeq();
      }
      return b.build();
    } catch (KrbCryptoException e) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.CRYPTO_FAILURE);
    } finally {
      key.destroy();
      destroy(partial);
    }
  }

  private static void destroy(@Nullable KerberosKey k) {
    if (k != null) {
      k.destroy();
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

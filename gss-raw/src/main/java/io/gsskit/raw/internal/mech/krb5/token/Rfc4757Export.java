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
 * Nothing may follow; the prefix and key layout are {@link ExportFields}'. Stateless;
 * thread-safe. The encoding holds key material.
 */
final class Rfc4757Export {

  /** The version byte of this variant. */
  static final int VERSION = 2;

  private static final int MAX_OID = 32;
  private static final int KNOWN_FLAGS = 0x7F;

  private Rfc4757Export() {}

  /** @return whether {@code blob} claims to be this variant (magic and version) */
  static boolean claims(byte[] blob) {
    return ExportFields.claims(blob, VERSION);
  }

  static byte[] encode(Rfc4757Protector p) {
    KerberosKey key = p.key();
    KerberosKey partial = p.partialKeyOrNull();
    long[] r = p.receiveSnapshot();
    byte[] oid = p.mech().content();
    int flags = ExportFields.commonFlags(p, p.window())
        | (r[1] == 0 ? 16 : 0) | (partial != null ? 32 : 0) | (p.dceStyle() ? 64 : 0);
    int len = ExportFields.PREFIX + ExportFields.keyLength(key)
        + (partial != null ? ExportFields.keyLength(partial) : 0) + 1 + oid.length + 4 + 16;
    byte[] out = new byte[len];
    ExportFields.putPrefix(out, VERSION, flags);
    int pos = ExportFields.putKey(out, ExportFields.PREFIX, key);
    if (partial != null) {
      pos = ExportFields.putKey(out, pos, partial);
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
    TokenLayout.putLong(out, pos + 12, r[2]);
    return out;
  }

  static Rfc4757Protector decode(byte[] in) throws TokenFailure {
    int flags = ExportFields.readPrefix(in, VERSION, KNOWN_FLAGS);
    int[] pos = {ExportFields.PREFIX};
    KerberosKey key = ExportFields.readKey(in, pos);
    @Nullable KerberosKey partial = null;
    try {
      if (key.keyType() != 23 && key.keyType() != 24) {
        throw ExportFields.bad();
      }
      partial = (flags & 32) != 0 ? ExportFields.readKey(in, pos) : null;
      int p = pos[0];
      if (in.length - p < 1) {
        throw ExportFields.bad();
      }
      int oidLen = in[p] & 0xFF;
      if (oidLen == 0 || oidLen > MAX_OID || in.length - p - 1 != oidLen + 4 + 16) {
        throw ExportFields.bad();
      }
      Oid mech = Oid.fromContent(Arrays.copyOfRange(in, p + 1, p + 1 + oidLen)).orElse(null);
      if (mech == null) {
        throw ExportFields.bad();
      }
      p += 1 + oidLen;
      long send = ((in[p] & 0xFFL) << 24) | ((in[p + 1] & 0xFF) << 16)
          | ((in[p + 2] & 0xFF) << 8) | (in[p + 3] & 0xFF);
      long next = TokenLayout.getLong(in, p + 4);
      long seen = TokenLayout.getLong(in, p + 12);
      Rfc4757Protector.Builder b = Rfc4757Protector.builder(key, mech, (flags & 1) != 0)
          .dceStyle((flags & 64) != 0);
      return ExportFields.applyState(b, flags, partial, send, next, seen, (flags & 16) != 0)
          .build();
    } catch (KrbCryptoException e) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.CRYPTO_FAILURE);
    } finally {
      ExportFields.destroy(key, partial);
    }
  }
}

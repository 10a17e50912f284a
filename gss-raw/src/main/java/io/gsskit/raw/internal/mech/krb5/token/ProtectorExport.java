package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;

import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException;
import org.jspecify.annotations.Nullable;

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
 * Nothing may follow; the prefix and key layout are {@link ExportFields}'. Stateless;
 * thread-safe. The encoding holds key material.
 */
final class ProtectorExport {

  private static final int VERSION = 1;
  private static final int KNOWN_FLAGS = 0xFF;

  private ProtectorExport() {}

  static byte[] encode(Rfc4121Protector p) {
    KerberosKey key = p.key();
    KerberosKey partial = p.partialKeyOrNull();
    long[] w = p.window().snapshot();
    int flags = ExportFields.commonFlags(p, p.window())
        | (p.rotateOnSend() ? 16 : 0) | (w[2] != 0 ? 32 : 0) | (partial != null ? 64 : 0)
        | (p.dceStyle() ? 128 : 0);
    int len = ExportFields.PREFIX + ExportFields.keyLength(key)
        + (partial != null ? ExportFields.keyLength(partial) : 0) + 24;
    byte[] out = new byte[len];
    ExportFields.putPrefix(out, VERSION, flags);
    int pos = ExportFields.putKey(out, ExportFields.PREFIX, key);
    if (partial != null) {
      pos = ExportFields.putKey(out, pos, partial);
    }
    TokenLayout.putLong(out, pos, p.nextSendSeq());
    TokenLayout.putLong(out, pos + 8, w[0]);
    TokenLayout.putLong(out, pos + 16, w[1]);
    return out;
  }

  static Rfc4121Protector decode(byte[] in) throws TokenFailure {
    int flags = ExportFields.readPrefix(in, VERSION, KNOWN_FLAGS);
    int[] pos = {ExportFields.PREFIX};
    KerberosKey key = ExportFields.readKey(in, pos);
    @Nullable KerberosKey partial = null;
    try {
      partial = (flags & 64) != 0 ? ExportFields.readKey(in, pos) : null;
      if (in.length - pos[0] != 24) {
        throw ExportFields.bad();
      }
      long send = TokenLayout.getLong(in, pos[0]);
      long next = TokenLayout.getLong(in, pos[0] + 8);
      long seen = TokenLayout.getLong(in, pos[0] + 16);
      Rfc4121Protector.Builder b = Rfc4121Protector.builder(key, (flags & 1) != 0)
          .rotateOnSend((flags & 16) != 0)
          .dceStyle((flags & 128) != 0);
      return ExportFields.applyState(b, flags, partial, send, next, seen, (flags & 32) != 0)
          .build();
    } catch (KrbCryptoException e) {
      throw new TokenFailure(GSS_S_DEFECTIVE_TOKEN, Rfc4121Minor.CRYPTO_FAILURE);
    } finally {
      ExportFields.destroy(key, partial);
    }
  }
}

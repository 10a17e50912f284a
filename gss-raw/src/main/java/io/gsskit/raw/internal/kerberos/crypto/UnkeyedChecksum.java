package io.gsskit.raw.internal.kerberos.crypto;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import org.bouncycastle.crypto.digests.MD4Digest;

/**
 * The unkeyed checksums of RFC 3961 §6.1: rsa-md4 (2, Bouncy Castle), rsa-md5 (7), sha / sha1
 * (9, 14) and the modified CRC-32 (1, §6.1.3: the ISO 3309 polynomial, reflected, initial value 0,
 * no final complement, result little-endian). None of them protects against modification.
 */
final class UnkeyedChecksum {

  private static final int[] CRC_TABLE = new int[256];

  static {
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      }
      CRC_TABLE[n] = c;
    }
  }

  private UnkeyedChecksum() {}

  static byte[] compute(ChecksumType type, byte[] data) throws KrbCryptoException {
    try {
      switch (type.number()) {
        case 1:
          return crc32(data);
        case 2: {
          MD4Digest d = new MD4Digest();
          d.update(data, 0, data.length);
          byte[] out = new byte[16];
          d.doFinal(out, 0);
          return out;
        }
        case 7:
          return MessageDigest.getInstance("MD5").digest(data);
        case 9:
        case 14:
          return MessageDigest.getInstance("SHA-1").digest(data);
        default:
          throw new KrbCryptoException(Reason.UNSUPPORTED, "unkeyed checksum " + type);
      }
    } catch (GeneralSecurityException e) {
      throw new KrbCryptoException(Reason.INTERNAL, "digest unavailable", e);
    }
  }

  private static byte[] crc32(byte[] data) {
    int c = 0;
    for (byte b : data) {
      c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
    }
    return new byte[] {(byte) c, (byte) (c >>> 8), (byte) (c >>> 16), (byte) (c >>> 24)};
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The RFC 3961 §5.3 usage constants ({@code usage | kind}, 5 bytes) already n-folded to one
 * 16-byte block (RFC 3961 §5.1), as the AES key derivation of RFC 3962 needs them. The n-fold of a
 * constant depends neither on a key nor on any secret, so each block is computed once per JVM and
 * kept: a table for the usages below {@link #TABLE_USAGES} (every usage of RFC 4120, RFC 4121,
 * RFC 6113 and the common application usages) and the three kinds Kc, Ke and Ki, filled lazily.
 * Other usages are folded per call. Holds no key material. Thread-safe (entries are published
 * through an {@link AtomicReferenceArray}; a race only folds a constant twice).
 */
final class FoldedUsageConstants {

  /** Usages {@code 0 <= usage < TABLE_USAGES} are kept. */
  static final int TABLE_USAGES = 128;

  private static final AtomicReferenceArray<byte[]> TABLE =
      new AtomicReferenceArray<>(TABLE_USAGES * 3);

  private FoldedUsageConstants() {}

  /**
   * Copies n-fold(usage | kind, 16 bytes) into {@code dst[0..16)}.
   *
   * @param kind {@link Rfc3961Dk#KC}, {@link Rfc3961Dk#KE} or {@link Rfc3961Dk#KI}
   */
  static void copyBlock(int usage, int kind, byte[] dst) {
    int k = kindIndex(kind);
    if (usage < 0 || usage >= TABLE_USAGES || k < 0) {
      byte[] f = fold(usage, kind);
      System.arraycopy(f, 0, dst, 0, BlockCipher.BLOCK);
      return;
    }
    int i = usage * 3 + k;
    byte[] f = TABLE.get(i);
    if (f == null) {
      f = fold(usage, kind);
      TABLE.set(i, f);
    }
    System.arraycopy(f, 0, dst, 0, BlockCipher.BLOCK);
  }

  private static byte[] fold(int usage, int kind) {
    return NFold.fold(Rfc3961Dk.usageConstant(usage, kind), BlockCipher.BLOCK);
  }

  private static int kindIndex(int kind) {
    return switch (kind) {
      case Rfc3961Dk.KC -> 0;
      case Rfc3961Dk.KE -> 1;
      case Rfc3961Dk.KI -> 2;
      default -> -1;
    };
  }
}

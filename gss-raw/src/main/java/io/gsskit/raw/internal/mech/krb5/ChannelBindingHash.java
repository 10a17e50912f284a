package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.ChannelBindings;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * The Bnd field of the RFC 4121 §4.1.1 authenticator checksum: the MD5 hash (RFC 4121 §4.1.1.2)
 * of the RFC 2744 §3.11 channel-bindings structure, integers little-endian, or 16 zero bytes when
 * the caller gave no bindings. Thread-safe.
 */
final class ChannelBindingHash {

  /** Length of the hash (the Bnd field). */
  static final int LENGTH = 16;

  private ChannelBindingHash() {}

  static byte[] of(@Nullable ChannelBindings cb) {
    if (cb == null) {
      return new byte[LENGTH];
    }
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is a required JDK algorithm", e);
    }
    update(md5, cb.initiatorAddrType());
    byte[] ia = cb.initiatorAddress();
    update(md5, ia.length);
    md5.update(ia);
    update(md5, cb.acceptorAddrType());
    byte[] aa = cb.acceptorAddress();
    update(md5, aa.length);
    md5.update(aa);
    byte[] app = cb.applicationData();
    update(md5, app.length);
    md5.update(app);
    return md5.digest();
  }

  static boolean isZero(byte[] bnd) {
    int acc = 0;
    for (byte b : bnd) {
      acc |= b;
    }
    return acc == 0;
  }

  private static void update(MessageDigest md, int v) {
    md.update(new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)});
  }
}

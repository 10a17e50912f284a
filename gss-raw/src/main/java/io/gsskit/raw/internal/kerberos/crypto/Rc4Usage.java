package io.gsskit.raw.internal.kerberos.crypto;

/**
 * The arcfour-hmac key-usage translation of RFC 4757 §3 as implemented by MIT krb5: RFC 4120
 * usage 3 (AS-REP enc-part) becomes 8 and usage 23 becomes 13; every other usage is kept.
 *
 * <p>RFC 4757's list maps usage 9 (TGS-REP enc-part under the authenticator subkey) to 8 as well;
 * MIT krb5 (current) and Heimdal keep 9, which is what Active Directory produces, so 9 is kept.
 */
final class Rc4Usage {

  private Rc4Usage() {}

  static int translate(int usage) {
    switch (usage) {
      case 3:
        return 8;
      case 23:
        return 13;
      default:
        return usage;
    }
  }

  static byte[] le32(int v) {
    return new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)};
  }
}

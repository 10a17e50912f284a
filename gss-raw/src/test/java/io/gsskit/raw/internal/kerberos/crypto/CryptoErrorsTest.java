package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import java.security.SecureRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every error is a KrbCryptoException with the right reason; nothing else escapes. */
class CryptoErrorsTest {

  private static void fails(Reason reason, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOfSatisfying(KrbCryptoException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static final KerberosKey AES256 = new KerberosKey(18, new byte[32]);

  @Test
  void keys() {
    fails(Reason.BAD_KEY, () -> UsageKeys.create(new KerberosKey(18, new byte[16]), 1));
    fails(Reason.BAD_KEY, () -> KerberosCrypto.encrypt(new KerberosKey(23, new byte[0]), 1,
        new byte[1]));
    fails(Reason.UNSUPPORTED, () -> UsageKeys.create(new KerberosKey(16, new byte[24]), 1));
    fails(Reason.UNSUPPORTED, () -> UsageKeys.create(new KerberosKey(4711, new byte[16]), 1));
    fails(Reason.UNSUPPORTED, () -> KerberosCrypto.prf(new KerberosKey(1, new byte[8]),
        new byte[1]));
    KerberosKey gone = new KerberosKey(17, new byte[16]);
    gone.destroy();
    fails(Reason.BAD_KEY, () -> KerberosCrypto.checksum(gone, 1, new byte[1]));
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.randomToKey(EncType.AES128_CTS_HMAC_SHA1_96,
        new byte[15]));
    fails(Reason.UNSUPPORTED, () -> KerberosCrypto.randomToKey(EncType.byNumber(3), new byte[8]));
  }

  @Test
  void destroyedUsageKeys() throws Exception {
    UsageKeys k = UsageKeys.create(AES256, 3);
    byte[] ct = k.encrypt(new byte[5]);
    k.close();
    fails(Reason.BAD_KEY, () -> k.decrypt(ct));
    fails(Reason.BAD_KEY, () -> k.checksum(new byte[1]));
    assertThat(k.toString()).contains("destroyed");
  }

  @Test
  void stringToKeyParameters() {
    EncType t = EncType.AES256_CTS_HMAC_SHA1_96;
    char[] pw = "pw".toCharArray();
    byte[] salt = "salt".getBytes();
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.stringToKey(t, pw, salt, new byte[3]));
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.stringToKey(t, pw, salt, new byte[5]));
    // 0 means 2^32 iterations (RFC 3962 §4): absurd.
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.stringToKey(t, pw, salt, new byte[4]));
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.stringToKey(t, pw, salt,
        Rfc6803Kdf.be32((1 << 24) + 1)));
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.stringToKey(EncType.AES128_CTS_HMAC_SHA256_128,
        pw, salt, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}));
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.stringToKey(EncType.ARCFOUR_HMAC, pw, salt,
        Rfc6803Kdf.be32(1)));
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.stringToKey(t, new char[] {'a', '\ud800'},
        salt, null));
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.stringToKey(EncType.ARCFOUR_HMAC,
        new byte[] {(byte) 0xc3}, salt, null));
    fails(Reason.UNSUPPORTED, () -> KerberosCrypto.stringToKey(EncType.byNumber(16), pw, salt,
        null));
  }

  @Test
  void emptyPasswordAndSaltAreAccepted() throws Exception {
    KerberosKey k = KerberosCrypto.stringToKey(EncType.AES128_CTS_HMAC_SHA1_96, new char[0],
        new byte[0], Rfc6803Kdf.be32(2));
    assertThat(k.length()).isEqualTo(16);
  }

  @Test
  void buffers() throws Exception {
    UsageKeys k = UsageKeys.create(AES256, 22);
    byte[] ct = k.encrypt(new byte[40]);
    fails(Reason.BAD_BUFFER, () -> k.encrypt(new byte[10], 0, 10, new byte[20], 0));
    fails(Reason.BAD_BUFFER, () -> k.encrypt(new byte[10], 5, 6, new byte[100], 0));
    fails(Reason.BAD_BUFFER, () -> k.encrypt(new byte[10], -1, 2, new byte[100], 0));
    fails(Reason.BAD_BUFFER, () -> k.encrypt(new byte[10], 0, 10, new byte[100],
        Integer.MAX_VALUE));
    fails(Reason.BAD_BUFFER, () -> k.decrypt(ct, 0, ct.length, new byte[10], 0));
    fails(Reason.BAD_BUFFER, () -> k.decrypt(ct, 1, ct.length, new byte[100], 0));
    fails(Reason.BAD_BUFFER, () -> k.decrypt(ct, 0, ct.length, new byte[100], 0, new byte[20], 0,
        17));
    fails(Reason.TOO_SHORT, () -> k.decrypt(k.encrypt(new byte[3]), 0, 31, new byte[100], 0,
        new byte[20], 0, 4));
    fails(Reason.BAD_BUFFER, () -> k.checksum(new byte[5], 0, 5, new byte[11], 0));
    fails(Reason.BAD_BUFFER, () -> k.encryptedLength(-1));
    fails(Reason.TOO_SHORT, () -> k.plaintextLength(27));
    assertThat(k.plaintextLength(28)).isZero();
  }

  @Test
  void checksumTypeMismatches() {
    byte[] d = new byte[3];
    fails(Reason.BAD_KEY, () -> KerberosCrypto.checksum(ChecksumType.HMAC_SHA1_96_AES128, AES256,
        1, d));
    fails(Reason.BAD_KEY, () -> KerberosCrypto.checksum(ChecksumType.CMAC_CAMELLIA256, null, 1, d));
    fails(Reason.UNSUPPORTED, () -> KerberosCrypto.checksum(ChecksumType.byNumber(12), AES256, 1,
        d));
    fails(Reason.UNSUPPORTED, () -> KerberosCrypto.checksum(ChecksumType.byNumber(0x8003), null,
        1, d));
    // (The modified CRC-32 of all-zero data is zero, so use other data.)
    fails(Reason.INTEGRITY_FAILED, () -> KerberosCrypto.verifyChecksum(ChecksumType.CRC32, null,
        0, new byte[] {1, 2, 3}, new byte[4]));
  }

  @Test
  void prfPlusLengths() throws Exception {
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.prfPlus(AES256, new byte[1], 255 * 16 + 1));
    fails(Reason.BAD_PARAMS, () -> KerberosCrypto.prfPlus(AES256, new byte[1], -1));
    assertThat(KerberosCrypto.prfPlus(AES256, new byte[1], 255 * 16)).hasSize(4080);
    byte[] p = KerberosCrypto.prfPlus(AES256, "x".getBytes(), 40);
    assertThat(p).hasSize(40);
    assertThat(java.util.Arrays.copyOf(p, 16))
        .isEqualTo(KerberosCrypto.prf(AES256, new byte[] {1, 'x'}));
  }

  @Test
  void secretsNeverInToString() throws Exception {
    byte[] secret = new byte[32];
    java.util.Arrays.fill(secret, (byte) 0xab);
    KerberosKey k = new KerberosKey(18, secret);
    assertThat(k.toString()).doesNotContainIgnoringCase("abab").doesNotContain("-85");
    assertThat(UsageKeys.create(k, 1).toString()).doesNotContainIgnoringCase("abab");
    KerberosKey g = KerberosCrypto.generateKey(EncType.AES128_CTS_HMAC_SHA256_128,
        new SecureRandom());
    assertThat(g.length()).isEqualTo(16);
  }

  @Test
  void fromProtoEncryptionKey() throws Exception {
    KerberosKey k = KerberosKey.of(new EncryptionKey(18, new byte[32]));
    assertThat(k).isEqualTo(AES256);
    assertThat(k.encType()).isEqualTo(EncType.AES256_CTS_HMAC_SHA1_96);
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.kerberos.crypto.KrbCryptoException.Reason;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every MAC check rejects a flipped byte at any position, truncation and extension; too-short
 * ciphertexts are TOO_SHORT; random garbage only ever yields the defined exception; the output
 * of a failed decryption is zeroed.
 */
class IntegrityNegativeTest {

  private static UsageKeys keys(int enctype, long seed, int usage) throws KrbCryptoException {
    EncType t = EncType.byNumber(enctype);
    byte[] k = new byte[t.keyLength()];
    new Random(seed).nextBytes(k);
    return UsageKeys.create(new KerberosKey(t, k), usage);
  }

  private static Reason failure(UsageKeys k, byte[] ct, byte[] out) {
    try {
      k.decrypt(ct, 0, ct.length, out, 0);
      return null;
    } catch (KrbCryptoException e) {
      return e.reason();
    }
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 23, 25, 26})
  void everyFlippedCiphertextByteIsRejected(int enctype) throws Exception {
    long seed = 4120L * enctype;
    UsageKeys k = keys(enctype, seed, 24);
    for (int size : new int[] {0, 1, 15, 16, 17, 33}) {
      byte[] m = new byte[size];
      Arrays.fill(m, (byte) 0x5a);
      byte[] ct = k.encrypt(m);
      for (int pos = 0; pos < ct.length; pos++) {
        for (int bit : new int[] {0x01, 0x80}) {
          byte[] bad = ct.clone();
          bad[pos] ^= (byte) bit;
          byte[] out = new byte[Math.max(size, 1)];
          Arrays.fill(out, (byte) 0x77);
          assertThat(failure(k, bad, out)).as("seed %d size %d pos %d", seed, size, pos)
              .isEqualTo(Reason.INTEGRITY_FAILED);
          assertThat(Arrays.copyOf(out, size)).as("output zeroed").isEqualTo(new byte[size]);
        }
      }
    }
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 23, 25, 26})
  void truncationAndExtensionAreRejected(int enctype) throws Exception {
    UsageKeys k = keys(enctype, 9, 3);
    byte[] m = new byte[40];
    byte[] ct = k.encrypt(m);
    for (int len = 0; len < ct.length; len++) {
      Reason r = failure(k, Arrays.copyOf(ct, len), new byte[64]);
      assertThat(r).as("truncated to %d", len)
          .isEqualTo(len < k.overhead() ? Reason.TOO_SHORT : Reason.INTEGRITY_FAILED);
    }
    assertThat(failure(k, Arrays.copyOf(ct, ct.length + 1), new byte[64]))
        .isEqualTo(Reason.INTEGRITY_FAILED);
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 23, 25, 26})
  void wrongUsageOrKeyIsRejected(int enctype) throws Exception {
    UsageKeys k = keys(enctype, 1, 22);
    byte[] ct = k.encrypt(new byte[20]);
    assertThat(failure(keys(enctype, 1, 24), ct, new byte[20])).isEqualTo(Reason.INTEGRITY_FAILED);
    assertThat(failure(keys(enctype, 2, 22), ct, new byte[20])).isEqualTo(Reason.INTEGRITY_FAILED);
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 23, 25, 26})
  void everyChecksumMutationIsRejected(int enctype) throws Exception {
    UsageKeys k = keys(enctype, 77, 25);
    byte[] data = "MIC token data | header".getBytes();
    byte[] sum = k.checksum(data);
    for (int pos = 0; pos < sum.length; pos++) {
      byte[] bad = sum.clone();
      bad[pos] ^= 1;
      assertThatThrownBy(() -> k.verifyChecksum(data, 0, data.length, bad, 0, bad.length))
          .isInstanceOfSatisfying(KrbCryptoException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY_FAILED));
    }
    for (int pos = 0; pos < data.length; pos++) {
      byte[] bad = data.clone();
      bad[pos] ^= 1;
      assertThatThrownBy(() -> k.verifyChecksum(bad, 0, bad.length, sum, 0, sum.length))
          .isInstanceOf(KrbCryptoException.class);
    }
    for (int len = 0; len < sum.length; len++) {
      int l = len;
      assertThatThrownBy(() -> k.verifyChecksum(data, 0, data.length, sum, 0, l))
          .isInstanceOfSatisfying(KrbCryptoException.class,
              e -> assertThat(e.reason()).isEqualTo(Reason.INTEGRITY_FAILED));
    }
    // The one-shot API too, including the hmac-md5 checksum keyed with this enctype's key.
    KerberosKey key = new KerberosKey(EncType.byNumber(enctype), new byte[k.encType().keyLength()]);
    for (ChecksumType type : new ChecksumType[] {k.encType().checksumType(),
        ChecksumType.HMAC_MD5_ARCFOUR}) {
      byte[] good = KerberosCrypto.checksum(type, key, 25, data);
      KerberosCrypto.verifyChecksum(type, key, 25, data, good);
      byte[] bad = good.clone();
      bad[bad.length - 1] ^= 1;
      assertThatThrownBy(() -> KerberosCrypto.verifyChecksum(type, key, 25, data, bad))
          .isInstanceOf(KrbCryptoException.class);
      assertThatThrownBy(() -> KerberosCrypto.verifyChecksum(type, key, 25, data,
          Arrays.copyOf(good, good.length - 1))).isInstanceOf(KrbCryptoException.class);
    }
  }

  @ParameterizedTest(name = "enctype {0}")
  @ValueSource(ints = {17, 18, 19, 20, 23, 25, 26})
  void randomGarbageOnlyFailsWithDefinedErrors(int enctype) throws Exception {
    long seed = 0xbad0L + enctype;
    Random rnd = new Random(seed);
    UsageKeys k = keys(enctype, seed, 2);
    for (int i = 0; i < 500; i++) {
      byte[] junk = new byte[rnd.nextInt(120)];
      rnd.nextBytes(junk);
      Reason r = failure(k, junk, new byte[128]);
      assertThat(r).as("seed %d iteration %d", seed, i)
          .isIn(Reason.TOO_SHORT, Reason.INTEGRITY_FAILED);
    }
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The usage-key cache decrypts as the one-shot call does, never uses an engine of another key
 * (changed keytab), keeps failing MAC checks failing, stays bounded, and works concurrently.
 */
class UsageKeysCacheTest {

  private static final int USAGE = KeyUsage.KDC_REP_TICKET;
  private final SecureRandom random = new SecureRandom();

  private KerberosKey key(EncType t) throws KrbCryptoException {
    return KerberosCrypto.generateKey(t, random);
  }

  @Test
  void decryptsLikeTheOneShotForEveryEnctypeAndRepeatedly() throws Exception {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    UsageKeysCache cache = new UsageKeysCache(USAGE, 4);
    for (EncType t : List.of(EncType.AES256_CTS_HMAC_SHA1_96, EncType.AES128_CTS_HMAC_SHA1_96,
        EncType.AES256_CTS_HMAC_SHA384_192, EncType.CAMELLIA256_CTS_CMAC)) {
      KerberosKey k = key(t);
      for (int i = 0; i < 5; i++) {
        byte[] plain = new byte[r.nextInt(300)];
        r.nextBytes(plain);
        byte[] c = KerberosCrypto.encrypt(k, USAGE, plain);
        assertThat(cache.decrypt(k, c)).as("seed %d, %s", seed, t).isEqualTo(plain);
      }
    }
    assertThat(cache.size()).isEqualTo(4);
    cache.clear();
    assertThat(cache.size()).isZero();
  }

  @Test
  void encryptsForTheOneShotDecryptWithFreshConfounders() throws Exception {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    UsageKeysCache cache = new UsageKeysCache(USAGE, 4);
    for (EncType t : List.of(EncType.AES256_CTS_HMAC_SHA1_96, EncType.AES128_CTS_HMAC_SHA256_128,
        EncType.AES256_CTS_HMAC_SHA384_192, EncType.CAMELLIA128_CTS_CMAC)) {
      KerberosKey k = key(t);
      byte[] previous = null;
      for (int i = 0; i < 5; i++) {
        byte[] plain = new byte[r.nextInt(300)];
        r.nextBytes(plain);
        byte[] c = cache.encrypt(k, plain);
        assertThat(KerberosCrypto.decrypt(k, USAGE, c)).as("seed %d, %s", seed, t)
            .isEqualTo(plain);
        assertThat(cache.decrypt(k, c)).as("seed %d, %s", seed, t).isEqualTo(plain);
        byte[] again = cache.encrypt(k, plain);
        assertThat(again).as("same plaintext, new confounder").isNotEqualTo(c);
        assertThat(c).isNotEqualTo(previous);
        previous = c;
      }
    }
    assertThat(cache.size()).isEqualTo(4);
  }

  @Test
  void aChangedKeyNeverUsesTheCachedEngineAndWrongKeysStillFail() throws Exception {
    UsageKeysCache cache = new UsageKeysCache(USAGE, 4);
    KerberosKey old = key(EncType.AES256_CTS_HMAC_SHA1_96);
    KerberosKey renewed = key(EncType.AES256_CTS_HMAC_SHA1_96);
    byte[] forOld = KerberosCrypto.encrypt(old, USAGE, new byte[40]);
    byte[] forNew = KerberosCrypto.encrypt(renewed, USAGE, new byte[] {1, 2, 3});
    assertThat(cache.decrypt(old, forOld)).isEqualTo(new byte[40]);
    assertThat(cache.decrypt(renewed, forNew)).containsExactly(1, 2, 3);
    // The old ciphertext with the new key (and the other way round) fails its MAC check, also
    // once both keys are cached.
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> cache.decrypt(renewed, forOld))
          .isInstanceOf(KrbCryptoException.class)
          .extracting(e -> ((KrbCryptoException) e).reason())
          .isEqualTo(KrbCryptoException.Reason.INTEGRITY_FAILED);
      assertThatThrownBy(() -> cache.decrypt(old, forNew))
          .isInstanceOf(KrbCryptoException.class);
    }
    // A flipped MAC byte fails with a cached engine, and the engine still works afterwards.
    byte[] bad = forOld.clone();
    bad[bad.length - 1] ^= 1;
    assertThatThrownBy(() -> cache.decrypt(old, bad)).isInstanceOf(KrbCryptoException.class);
    assertThat(cache.decrypt(old, forOld)).isEqualTo(new byte[40]);
  }

  @Test
  void staysBoundedAndDecryptsAfterEviction() throws Exception {
    UsageKeysCache cache = new UsageKeysCache(USAGE, 2);
    List<KerberosKey> keys = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      keys.add(key(EncType.AES128_CTS_HMAC_SHA1_96));
    }
    for (int round = 0; round < 3; round++) {
      for (KerberosKey k : keys) {
        byte[] c = KerberosCrypto.encrypt(k, USAGE, new byte[] {(byte) round});
        assertThat(cache.decrypt(k, c)).containsExactly(round);
        assertThat(cache.size()).isLessThanOrEqualTo(2);
      }
    }
  }

  @Test
  void concurrentDecryptionsAgree() throws Exception {
    UsageKeysCache cache = new UsageKeysCache(USAGE, 2);
    KerberosKey[] keys = {key(EncType.AES256_CTS_HMAC_SHA1_96),
        key(EncType.AES256_CTS_HMAC_SHA384_192), key(EncType.AES128_CTS_HMAC_SHA1_96)};
    byte[][] cts = new byte[3][];
    for (int i = 0; i < 3; i++) {
      cts[i] = KerberosCrypto.encrypt(keys[i], USAGE, new byte[] {(byte) i, 9});
    }
    ExecutorService ex = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> fs = new ArrayList<>();
      for (int n = 0; n < 3000; n++) {
        int i = n % 3;
        fs.add(ex.submit(() -> cache.decrypt(keys[i], cts[i])));
      }
      for (int n = 0; n < fs.size(); n++) {
        assertThat(fs.get(n).get()).containsExactly(n % 3, 9);
      }
    } finally {
      ex.shutdownNow();
    }
    assertThat(cache.size()).isLessThanOrEqualTo(2);
  }
}

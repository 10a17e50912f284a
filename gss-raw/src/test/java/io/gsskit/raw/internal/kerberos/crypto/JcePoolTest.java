package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Pooled JCE instances behave as fresh ones once re-keyed, a destroyed {@link JceMac} is handed
 * back only once, and pooled engines give the same results under concurrent use.
 */
class JcePoolTest {

  @Test
  void reusedCipherAndMacMatchFreshOnes() throws Exception {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int i = 0; i < 50; i++) {
      byte[] key = new byte[32];
      r.nextBytes(key);
      byte[] block = new byte[16];
      r.nextBytes(block);
      Cipher pooled = JcePool.cipher("AES/ECB/NoPadding");
      pooled.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
      byte[] got = pooled.doFinal(block);
      JcePool.release(pooled, "AES/ECB/NoPadding");
      Cipher fresh = Cipher.getInstance("AES/ECB/NoPadding");
      fresh.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
      assertThat(got).as("seed %d", seed).isEqualTo(fresh.doFinal(block));

      Mac m = JcePool.mac("HmacSHA1");
      m.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] tag = m.doFinal(block);
      JcePool.release(m, "HmacSHA1");
      Mac f = Mac.getInstance("HmacSHA1");
      f.init(new SecretKeySpec(key, "HmacSHA1"));
      assertThat(tag).as("seed %d", seed).isEqualTo(f.doFinal(block));
    }
  }

  @Test
  void destroyedMacIsPooledOnce() throws Exception {
    for (int i = 0; i < 8; i++) {
      JcePool.mac("HmacSHA384"); // empty the pool: other tests may have left instances in it
    }
    JceMac m = new JceMac("HmacSHA384", new byte[48]);
    m.destroy();
    m.destroy();
    Mac a = JcePool.mac("HmacSHA384");
    Mac b = JcePool.mac("HmacSHA384");
    assertThat(a).isNotSameAs(b);
  }

  @Test
  void concurrentDerivationsAgree() throws Exception {
    byte[] key = new byte[32];
    new Random(7).nextBytes(key);
    byte[] want = Rfc3961Dk.deriveAes(key, Rfc3961Dk.usageConstant(2, Rfc3961Dk.KE));
    ExecutorService ex = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> fs = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        fs.add(ex.submit(() -> Rfc3961Dk.deriveAesUsage(key, 2, Rfc3961Dk.KE)));
      }
      for (Future<byte[]> f : fs) {
        assertThat(f.get()).isEqualTo(want);
      }
    } finally {
      ex.shutdownNow();
    }
  }
}

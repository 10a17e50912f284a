package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * {@link KeystreamConfounders} is AES-256-CTR under a key and counter drawn from its seed, and
 * takes a fresh key and counter from the seed after {@link KeystreamConfounders#REKEY_BYTES}.
 */
class KeystreamConfoundersTest {

  /** A predictable "SecureRandom" for the known-answer check: bytes 0, 1, 2, ... */
  private static final class Counting extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private byte next;
    private int draws;

    @Override
    public void nextBytes(byte[] bytes) {
      draws++;
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = next++;
      }
    }
  }

  private static byte[] keystream(byte[] key, byte[] counter, int len) throws Exception {
    Cipher c = Cipher.getInstance("AES/CTR/NoPadding");
    c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(counter));
    return c.update(new byte[len]);
  }

  @Test
  void isAesCtrUnderSeedKeyAndRekeys() throws Exception {
    Counting seed = new Counting();
    KeystreamConfounders k = new KeystreamConfounders(seed);
    int n = KeystreamConfounders.REKEY_BYTES;
    byte[] got = new byte[n + 100];
    // Uneven pieces across pool refills.
    for (int pos = 0, step = 1; pos < got.length; pos += step, step = step % 37 + 5) {
      k.next(got, pos, Math.min(step, got.length - pos));
    }
    byte[] key1 = new byte[32];
    byte[] ctr1 = new byte[16];
    byte[] key2 = new byte[32];
    byte[] ctr2 = new byte[16];
    Counting replay = new Counting();
    replay.nextBytes(key1);
    replay.nextBytes(ctr1);
    replay.nextBytes(key2);
    replay.nextBytes(ctr2);
    assertThat(Arrays.copyOf(got, n)).isEqualTo(keystream(key1, ctr1, n));
    assertThat(Arrays.copyOfRange(got, n, n + 100)).isEqualTo(keystream(key2, ctr2, 100));
    assertThat(seed.draws).isEqualTo(4);
  }

  @Test
  void confoundersAreDistinct() throws Exception {
    KeystreamConfounders k = new KeystreamConfounders(new SecureRandom());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 5000; i++) { // crosses a rekey
      byte[] c = new byte[16];
      k.next(c, 0, 16);
      assertThat(seen.add(VectorFile.hex(c))).as("confounder %d repeated", i).isTrue();
    }
  }

  @Test
  void destroyZeroesThePoolAndRekeysTheCipherWithAZeroKey() throws Exception {
    Counting seed = new Counting();
    KeystreamConfounders k = new KeystreamConfounders(seed);
    k.next(new byte[16], 0, 16); // pool holds POOL - 16 bytes of keystream under key1
    java.lang.reflect.Field poolField = KeystreamConfounders.class.getDeclaredField("pool");
    java.lang.reflect.Field ctrField = KeystreamConfounders.class.getDeclaredField("ctr");
    poolField.setAccessible(true);
    ctrField.setAccessible(true);
    byte[] pool = (byte[]) poolField.get(k);
    assertThat(pool).isNotEqualTo(new byte[KeystreamConfounders.POOL]);
    k.destroy();
    assertThat(pool).isEqualTo(new byte[KeystreamConfounders.POOL]);
    // the cipher now holds the zero key and counter, not key1
    Cipher ctr = (Cipher) ctrField.get(k);
    assertThat(ctr.update(new byte[32])).isEqualTo(keystream(new byte[32], new byte[16], 32));
    k.destroy(); // idempotent
    // a later draw starts over with a fresh key and counter from the seed
    byte[] after = new byte[16];
    k.next(after, 0, 16);
    byte[] key2 = new byte[32];
    byte[] ctr2 = new byte[16];
    Counting replay = new Counting();
    replay.nextBytes(new byte[48]); // key1 and counter1
    replay.nextBytes(key2);
    replay.nextBytes(ctr2);
    assertThat(after).isEqualTo(keystream(key2, ctr2, 16));
    assertThat(seed.draws).isEqualTo(4);
  }

  @Test
  void usageKeysDestroyWipesItsConfounderSource() throws Exception {
    int[] destroyed = {0};
    ConfounderSource recording = new ConfounderSource() {
      @Override
      public void next(byte[] buf, int off, int len) {
        Arrays.fill(buf, off, off + len, (byte) 1);
      }

      @Override
      public void destroy() {
        destroyed[0]++;
      }
    };
    for (int etype : new int[] {17, 18, 19, 20, 23, 25, 26}) {
      destroyed[0] = 0;
      int keyLen = etype == 18 || etype == 20 || etype == 26 ? 32 : 16;
      UsageKeys u = UsageKeys.create(new KerberosKey(etype, new byte[keyLen]), 24, recording);
      u.destroy();
      assertThat(destroyed[0]).as("etype %d", etype).isEqualTo(1);
    }
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import javax.crypto.Mac;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link PrecomputedHmac} gives the JDK's {@code Mac} output for random keys (empty, short, one
 * block, longer than a block), random messages split into random update calls, and many messages
 * in a row on one engine; a destroyed engine refuses work.
 */
class PrecomputedHmacTest {

  @ParameterizedTest
  @ValueSource(strings = {"HmacSHA1", "HmacSHA256", "HmacSHA384"})
  void matchesJceMac(String alg) throws Exception {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int k = 0; k < 20; k++) {
      byte[] key = new byte[r.nextInt(4) == 0 ? 129 + r.nextInt(100) : r.nextInt(130)];
      r.nextBytes(key);
      MacEngine engine = PrecomputedHmac.create(alg, key);
      assertThat(engine).isInstanceOf(PrecomputedHmac.class);
      Mac jce = Mac.getInstance(alg);
      jce.init(new JceMacKey(alg, key));
      for (int m = 0; m < 10; m++) {
        byte[] data = new byte[r.nextInt(3) == 0 ? r.nextInt(3000) : r.nextInt(300)];
        r.nextBytes(data);
        int pos = 0;
        while (pos < data.length) {
          int n = r.nextInt(data.length - pos + 1);
          engine.update(data, pos, n);
          pos += n;
        }
        byte[] got = new byte[engine.length() + 3];
        engine.doFinal(got, 3);
        byte[] want = jce.doFinal(data);
        assertThat(java.util.Arrays.copyOfRange(got, 3, got.length))
            .as("seed %d, key %d bytes, data %d bytes", seed, key.length, data.length)
            .isEqualTo(want);
      }
      engine.destroy();
      engine.destroy();
      assertThatThrownBy(() -> engine.doFinal(new byte[64], 0))
          .isInstanceOf(KrbCryptoException.class);
      assertThatThrownBy(() -> engine.update(new byte[1], 0, 1))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  /** A raw key for the JCE, also accepting an empty key (unlike SecretKeySpec). */
  private record JceMacKey(String alg, byte[] key) implements javax.crypto.SecretKey {
    @Override
    public String getAlgorithm() {
      return alg;
    }

    @Override
    public String getFormat() {
      return "RAW";
    }

    @Override
    public byte[] getEncoded() {
      return key.clone();
    }
  }
}

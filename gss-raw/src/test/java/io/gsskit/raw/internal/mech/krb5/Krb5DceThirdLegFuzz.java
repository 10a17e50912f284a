package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * The DCE third-leg verifier ({@link Krb5DceReply#verify}) on raw bytes with a fixed session key:
 * every input is rejected with a {@link Krb5DceReply.Rejected} (random bytes cannot carry a valid
 * HMAC), never another exception.
 */
class Krb5DceThirdLegFuzz {

  private static final byte[] KEY = new byte[32];

  static {
    Arrays.fill(KEY, (byte) 0x5A);
  }

  @FuzzTest
  void verify(byte[] data) {
    KerberosKey key = new KerberosKey(EncType.AES256_CTS_HMAC_SHA1_96, KEY);
    try {
      Krb5DceReply.verify(data, key, 0x1234, Instant.now(), Duration.ofMinutes(5));
      throw new AssertionError("a fuzz input verified");
    } catch (Krb5DceReply.Rejected expected) {
      assertThat(expected.why).isNotNull();
    } finally {
      key.destroy();
    }
  }
}

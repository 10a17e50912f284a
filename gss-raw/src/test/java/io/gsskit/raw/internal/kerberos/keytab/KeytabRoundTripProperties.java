package io.gsskit.raw.internal.kerberos.keytab;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random keytabs survive encode/decode; v1 files written by hand read back the same. */
class KeytabRoundTripProperties {

  private static final long SEED = Long.getLong("gsskit.seed", 0x6b7472L);

  static KeytabEntry randomEntry(Random rnd, boolean v1) {
    List<String> comps = new ArrayList<>();
    for (int i = 1 + rnd.nextInt(3); i > 0; i--) {
      comps.add(word(rnd));
    }
    byte[] key = new byte[rnd.nextInt(40)];
    rnd.nextBytes(key);
    long kvno = rnd.nextInt(4) == 0 ? rnd.nextLong() & 0xFFFFFFFFL : rnd.nextInt(300);
    if (kvno % 256 == 0 && kvno != 0) {
      kvno++; // the 8-bit field would read 0 and the 32-bit one wins anyway; keep it simple
    }
    return new KeytabEntry(new KerberosPrincipal(word(rnd),
        new PrincipalName(v1 ? 0 : rnd.nextInt(12) - 1, comps)), rnd.nextLong() & 0xFFFFFFFFL,
        kvno, new EncryptionKey(rnd.nextInt(0x10000), key));
  }

  private static String word(Random rnd) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1 + rnd.nextInt(10); i > 0; i--) {
      sb.append(rnd.nextInt(8) == 0 ? (char) (0xe0 + rnd.nextInt(0x100))
          : (char) ('a' + rnd.nextInt(26)));
    }
    return sb.toString();
  }

  @Test
  void randomKeytabsRoundTrip() throws Exception {
    for (int i = 0; i < 500; i++) {
      long seed = SEED + i;
      Random rnd = new Random(seed);
      List<KeytabEntry> entries = new ArrayList<>();
      for (int k = rnd.nextInt(6); k > 0; k--) {
        entries.add(randomEntry(rnd, false));
      }
      assertThat(KeytabCodec.decode(KeytabCodec.encode(entries)).entries()).as("seed %d", seed)
          .isEqualTo(entries);
      List<KeytabEntry> v1 = new ArrayList<>();
      for (int k = rnd.nextInt(4); k > 0; k--) {
        v1.add(randomEntry(rnd, true));
      }
      assertThat(KeytabCodec.decode(KeytabCodecTest.v1(v1, true)).entries()).as("seed %d", seed)
          .isEqualTo(v1);
    }
  }
}

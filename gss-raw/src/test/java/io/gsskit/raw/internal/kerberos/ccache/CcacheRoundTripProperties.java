package io.gsskit.raw.internal.kerberos.ccache;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random caches survive encode/decode in every version. */
class CcacheRoundTripProperties {

  private static final long SEED = Long.getLong("gsskit.seed", 0x7274L);

  static KerberosPrincipal randomPrincipal(Random rnd, boolean withNameType) {
    int n = 1 + rnd.nextInt(3);
    List<String> comps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      comps.add(randomString(rnd, 1 + rnd.nextInt(12)));
    }
    return new KerberosPrincipal(randomString(rnd, rnd.nextInt(12)),
        new PrincipalName(withNameType ? rnd.nextInt(12) - 1 : 0, comps));
  }

  static String randomString(Random rnd, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      sb.append(rnd.nextInt(10) == 0 ? (char) (0x100 + rnd.nextInt(0x5000))
          : (char) ('!' + rnd.nextInt(94)));
    }
    return sb.toString();
  }

  static byte[] randomBytes(Random rnd, int max) {
    byte[] b = new byte[rnd.nextInt(max + 1)];
    rnd.nextBytes(b);
    return b;
  }

  static Credential randomCredential(Random rnd, boolean withNameType) {
    List<CredentialAddress> addrs = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      addrs.add(new CredentialAddress(rnd.nextInt(0x10000), randomBytes(rnd, 16)));
    }
    List<CredentialAuthData> ads = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      ads.add(new CredentialAuthData(rnd.nextInt(0x10000), randomBytes(rnd, 40)));
    }
    return Credential.builder(randomPrincipal(rnd, withNameType),
            randomPrincipal(rnd, withNameType))
        .key(new EncryptionKey(rnd.nextInt(0x10000), randomBytes(rnd, 32)))
        .times(rnd.nextLong() & 0xFFFFFFFFL, rnd.nextLong() & 0xFFFFFFFFL,
            rnd.nextLong() & 0xFFFFFFFFL, rnd.nextLong() & 0xFFFFFFFFL)
        .isSkey(rnd.nextBoolean()).ticketFlags(rnd.nextInt()).addresses(addrs).authData(ads)
        .ticket(randomBytes(rnd, 300)).secondTicket(randomBytes(rnd, 5)).build();
  }

  @Test
  void randomCachesRoundTripInEveryVersion() throws Exception {
    for (int i = 0; i < 500; i++) {
      long seed = SEED + i;
      Random rnd = new Random(seed);
      int version = 1 + rnd.nextInt(4);
      boolean nameTypes = version != 1;
      List<Credential> creds = new ArrayList<>();
      for (int k = rnd.nextInt(5); k > 0; k--) {
        creds.add(randomCredential(rnd, nameTypes));
      }
      KdcTimeOffset offset = version == 4 ? new KdcTimeOffset(rnd.nextInt(), rnd.nextInt())
          : KdcTimeOffset.NONE;
      CcacheContents c = new CcacheContents(version, offset, randomPrincipal(rnd, nameTypes),
          creds, null);
      CcacheContents back = CcacheCodec.decode(CcacheCodec.encode(c, version));
      assertThat(back).as("seed %d", seed).isEqualTo(c);
    }
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.keytab.KeytabEntry;
import io.gsskit.raw.internal.kerberos.keytab.Keytabs;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.spi.Holder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/**
 * acceptSecContext of the krb5 mechanism on raw bytes, called directly (not through the glue,
 * which would contain an exception): only defined statuses, never an exception.
 */
class Krb5AcceptFuzz {

  private static final Krb5Mechanism MECH = mechanism();

  private static Krb5Mechanism mechanism() {
    try {
      Path dir = Files.createTempDirectory("gsskit-krb5-fuzz-");
      dir.toFile().deleteOnExit();
      Path kt = dir.resolve("fuzz.keytab");
      var key = KerberosCrypto.generateKey(EncType.AES256_CTS_HMAC_SHA1_96, new SecureRandom());
      Keytabs.resolve("FILE:" + kt).add(new KeytabEntry(new KerberosPrincipal("FUZZ.TEST",
          PrincipalName.of(PrincipalName.NT_SRV_HST, "HTTP", "fuzz.test")), 0, 1,
          new EncryptionKey(key.keyType(), key.copyBytes())));
      kt.toFile().deleteOnExit();
      Krb5Settings s = new Krb5Settings(Environment.of(Map.of("KRB5_KTNAME", "FILE:" + kt,
          "KRB5RCACHETYPE", "none"), 1, 1, "fuzz"), Clock.systemUTC(), new SecureRandom(),
          Krb5Config.parse("[libdefaults]\n default_realm = FUZZ.TEST\n", "fuzz"));
      return new Krb5Mechanism(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest
  void acceptSecContext(byte[] data) {
    MinorStatus minor = new MinorStatus();
    int major = MECH.acceptSecContext(minor, new Holder<>(), null, data, null, new Holder<>(),
        new OidHolder(), new Buffer(), new IntHolder(), new IntHolder(), new Holder<>());
    Krb5AcceptorFailuresTest.assertDefined(major, "fuzz input");
    assertThat(GssStatus.isError(major)).isTrue();
  }
}

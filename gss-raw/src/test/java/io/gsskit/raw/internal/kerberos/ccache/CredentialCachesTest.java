package io.gsskit.raw.internal.kerberos.ccache;

import static io.gsskit.raw.internal.kerberos.ccache.Golden.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialCachesTest {

  @TempDir
  Path dir;

  @Test
  void resolvesTypes() throws Exception {
    CredentialCache file = CredentialCaches.resolve("FILE:" + dir.resolve("a"));
    assertThat(file).isInstanceOf(FileCcache.class);
    assertThat(file.type()).isEqualTo("FILE");
    assertThat(((FileCcache) file).path()).isEqualTo(dir.resolve("a"));
    CredentialCache bare = CredentialCaches.resolve(dir.resolve("b").toString());
    assertThat(bare.name()).isEqualTo("FILE:" + dir.resolve("b"));
    assertThat(CredentialCaches.resolve("C:krb5cc").type()).isEqualTo("FILE");
    assertThat(CredentialCaches.resolve("MEMORY:x1")).isSameAs(
        CredentialCaches.resolve("MEMORY:x1"));
    CredentialCache dirPrimary = CredentialCaches.resolve("DIR:" + dir.resolve("coll"));
    assertThat(dirPrimary.name()).isEqualTo("DIR::" + dir.resolve("coll").resolve("tkt"));
    assertThat(dirPrimary.type()).isEqualTo("DIR");
    CredentialCache member = CredentialCaches.resolve("DIR::" + dir.resolve("coll/tktABC"));
    assertThat(((FileCcache) member).path()).isEqualTo(dir.resolve("coll/tktABC"));
  }

  @Test
  void rejectsBadAndUnsupportedNames() {
    for (String n : new String[] {"KEYRING:persistent:1000", "KCM:1000", "API:x", "MSLSA:"}) {
      assertThat(catchThrowableOfType(CcacheException.class, () -> CredentialCaches.resolve(n))
          .kind()).as(n).isEqualTo(Kind.UNSUPPORTED);
    }
    for (String n : new String[] {"FILE:", "", "MEMORY:", "XYZ:abc", "file:/tmp/x",
        "DIR::" + dir.resolve("notkt"), "DIR::/", "DIR:"}) {
      assertThat(catchThrowableOfType(CcacheException.class, () -> CredentialCaches.resolve(n))
          .kind()).as(n).isEqualTo(Kind.BAD_NAME);
    }
    assertThat(catchThrowableOfType(CcacheException.class,
        () -> CredentialCaches.resolve("FILE:/x", 5)).kind()).isEqualTo(Kind.BAD_NAME);
  }

  @Test
  void defaultCacheFromEnvironmentOrConfig() throws Exception {
    Environment env = Environment.of(Map.of("KRB5CCNAME", "FILE:" + dir.resolve("envcc")), 7, 7,
        "u");
    assertThat(CredentialCaches.resolveDefault(env, Krb5Config.empty()).name())
        .isEqualTo("FILE:" + dir.resolve("envcc"));
    Krb5Config cfg = Krb5Config.parse("[libdefaults]\n default_ccache_name = FILE:" + dir
        + "/cc_%{uid}\n ccache_type = 3\n", "k");
    Environment noVar = Environment.of(Map.of(), 42, 42, "u");
    CredentialCache cc = CredentialCaches.resolveDefault(noVar, cfg);
    assertThat(cc.name()).isEqualTo("FILE:" + dir + "/cc_42");
    cc.initialize(principal("a@R"));
    assertThat(Files.readAllBytes(dir.resolve("cc_42"))[1]).isEqualTo((byte) 3);
    assertThat(CredentialCaches.resolveDefault(noVar, Krb5Config.empty()).name())
        .isEqualTo("FILE:/tmp/krb5cc_42");
  }
}

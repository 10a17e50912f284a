package io.gsskit.raw.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class MitRealmTest {

  @Test
  void startsFastIssuesTicketsAndCleansUp(@TempDir Path tmp) throws Exception {
    long t0 = System.nanoTime();
    Path dir;
    try (MitRealm realm = MitRealm.start()) {
      long startMillis = (System.nanoTime() - t0) / 1_000_000;
      // typically 0.1-0.3 s; the bound is loose because the build machine is shared
      assertThat(startMillis).as("start-up time in ms").isLessThan(5_000);
      dir = realm.workDir();
      assertThat(Files.readString(realm.krb5Conf())).contains("127.0.0.1:" + realm.port());
      assertThat(realm.environment()).containsEntry("KRB5_CONFIG", realm.krb5Conf().toString())
          .containsEntry("KRB5_KDC_PROFILE", realm.kdcConf().toString());

      realm.addPrincipal("alice", "alice-pw");
      String cc = "FILE:" + tmp.resolve("cc");
      realm.kinitPassword("alice", "alice-pw", cc, "-f");
      String klist = realm.klist(cc, "-e", "-f").requireSuccess().stdout();
      assertThat(klist).contains("Default principal: alice@MIT.TEST")
          .contains("krbtgt/MIT.TEST@MIT.TEST").contains("aes256-cts-hmac-sha384-192");

      realm.addRandKeyPrincipal("HTTP/svc.test");
      assertThat(realm.kvno("HTTP/svc.test", cc).requireSuccess().stdout())
          .contains("HTTP/svc.test@MIT.TEST: kvno = 1");

      Path kt = tmp.resolve("svc.keytab");
      realm.ktadd(kt, "HTTP/svc.test", "aes256-cts-hmac-sha384-192");
      assertThat(realm.klistKeytab("FILE:" + kt).requireSuccess().stdout())
          .contains("HTTP/svc.test@MIT.TEST (aes256-cts-hmac-sha384-192)");
      realm.kinitKeytab("HTTP/svc.test", kt, "FILE:" + tmp.resolve("svc-cc")).requireSuccess();

      assertThat(realm.kinitKeytab("nobody", kt, "FILE:" + tmp.resolve("x")).exitCode())
          .isNotZero();
      assertThatThrownBy(() -> realm.addPrincipal("alice", "again"))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("exists");
      assertThat(realm.kdcLog()).contains("AS_REQ");
      assertThatThrownBy(() -> realm.ktutil("rkt " + tmp.resolve("missing.keytab")))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing.keytab");
      Path copy = tmp.resolve("copy.keytab");
      realm.ktutil("rkt " + kt, "wkt " + copy);
      // ktutil stamps what it writes with the current time, so a second boundary between ktadd
      // and wkt changes the timestamp field: everything else must be identical.
      var original = io.gsskit.raw.internal.kerberos.keytab.KeytabCodec.decode(
          Files.readAllBytes(kt)).entries();
      var copied = io.gsskit.raw.internal.kerberos.keytab.KeytabCodec.decode(
          Files.readAllBytes(copy)).entries();
      assertThat(copied).hasSameSizeAs(original);
      for (int i = 0; i < original.size(); i++) {
        assertThat(copied.get(i).principal()).isEqualTo(original.get(i).principal());
        assertThat(copied.get(i).kvno()).isEqualTo(original.get(i).kvno());
        assertThat(copied.get(i).key()).isEqualTo(original.get(i).key());
      }
      assertThat(Files.size(copy)).isEqualTo(Files.size(kt));
    }
    assertThat(Files.exists(dir)).isFalse();
  }

  @Test
  void configurableEnctypes(@TempDir Path tmp) {
    try (MitRealm realm = MitRealm.start("OTHER.TEST", List.of("aes128-cts-hmac-sha1-96"))) {
      realm.addPrincipal("bob", "pw");
      String cc = "FILE:" + tmp.resolve("cc");
      realm.kinitPassword("bob", "pw", cc);
      assertThat(realm.klist(cc, "-e").requireSuccess().stdout())
          .contains("bob@OTHER.TEST").contains("aes128-cts-hmac-sha1-96")
          .doesNotContain("sha384");
    }
  }

  @Test
  void missingProgramsSkipOrFailPerGsskitRequireMit() {
    assertThatThrownBy(() -> MitRealm.assumeAvailable(p -> Optional.empty(), Map.of()))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("MIT krb5 not installed");
    assertThatThrownBy(() -> MitRealm.assumeAvailable(p -> Optional.empty(),
        Map.of("GSSKIT_REQUIRE_MIT", "1")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("GSSKIT_REQUIRE_MIT=1");
    MitRealm.assumeAvailable(p -> Optional.of(Path.of("/bin/true")),
        Map.of("GSSKIT_REQUIRE_MIT", "1"));
  }
}

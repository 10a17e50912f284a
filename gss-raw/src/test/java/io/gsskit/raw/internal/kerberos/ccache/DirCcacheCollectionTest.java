package io.gsskit.raw.internal.kerberos.ccache;

import static io.gsskit.raw.internal.kerberos.ccache.Golden.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirCcacheCollectionTest {

  @TempDir
  Path tmp;

  @Test
  void primaryDefaultsToTktAndIsCreatedWithTheDirectory() throws Exception {
    Path d = tmp.resolve("cc");
    DirCcacheCollection coll = CredentialCaches.collection("DIR:" + d);
    assertThat(coll.primaryName()).isEqualTo("tkt");
    assertThat(coll.members()).isEmpty();
    FileCcache primary = coll.primary();
    primary.initialize(principal("alice@R"));
    assertThat(Files.getPosixFilePermissions(d))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    assertThat(Files.readString(d.resolve("primary"))).isEqualTo("tkt\n");
    assertThat(CredentialCaches.resolve("DIR:" + d).principal()).hasToString("alice@R");
  }

  @Test
  void newMembersAndSwitching() throws Exception {
    Path d = tmp.resolve("cc");
    DirCcacheCollection coll = DirCcacheCollection.of(d);
    coll.primary().initialize(principal("alice@R"));
    FileCcache second = coll.newMember();
    assertThat(second.path().getFileName().toString()).matches("tkt[A-Za-z0-9]{6}");
    assertThat(second.exists()).isFalse(); // reserved, empty
    second.initialize(principal("bob@R"));
    assertThat(Files.readString(d.resolve("primary"))).isEqualTo("tkt\n"); // unchanged
    assertThat(coll.members()).hasSize(2);
    coll.switchTo(second);
    assertThat(coll.primaryName()).isEqualTo(second.path().getFileName().toString());
    assertThat(CredentialCaches.resolve("DIR:" + d).principal()).hasToString("bob@R");
    assertThat(CredentialCaches.resolve(second.name()).principal()).hasToString("bob@R");
    assertThat(CredentialCaches.collection(second.name()).directory()).isEqualTo(d);
    FileCcache foreign = FileCcache.of(tmp.resolve("tktX"));
    assertThat(catchThrowableOfType(CcacheException.class, () -> coll.switchTo(foreign)).kind())
        .isEqualTo(Kind.BAD_NAME);
  }

  @Test
  void invalidPrimaryFileFallsBackToTkt() throws Exception {
    Path d = Files.createDirectory(tmp.resolve("cc"));
    Files.writeString(d.resolve("primary"), "../../etc/passwd\n");
    assertThat(DirCcacheCollection.of(d).primaryName()).isEqualTo("tkt");
    Files.writeString(d.resolve("primary"), "tktQ\nextra");
    assertThat(DirCcacheCollection.of(d).primaryName()).isEqualTo("tktQ");
    assertThat(catchThrowableOfType(CcacheException.class,
        () -> DirCcacheCollection.of(d).member("other")).kind()).isEqualTo(Kind.BAD_NAME);
    assertThat(catchThrowableOfType(CcacheException.class,
        () -> CredentialCaches.collection("FILE:/x")).kind()).isEqualTo(Kind.BAD_NAME);
  }

  @Test
  void memberWrittenFirstBecomesPrimary() throws Exception {
    Path d = tmp.resolve("cc");
    CredentialCaches.resolve("DIR::" + d.resolve("tktFIRST")).initialize(principal("c@R"));
    assertThat(DirCcacheCollection.of(d).primaryName()).isEqualTo("tktFIRST");
  }
}

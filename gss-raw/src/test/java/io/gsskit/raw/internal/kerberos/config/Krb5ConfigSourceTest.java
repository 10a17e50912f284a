package io.gsskit.raw.internal.kerberos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cached profile: parsed once, re-parsed when a file it depends on changes. */
class Krb5ConfigSourceTest {

  @TempDir Path dir;

  private static void write(Path p, String text, long mtimeSeconds) throws Exception {
    Files.writeString(p, text);
    Files.setLastModifiedTime(p, FileTime.from(Instant.ofEpochSecond(mtimeSeconds)));
  }

  private static String realm(Krb5ConfigSource s) throws Exception {
    return s.current().libDefaults().defaultRealm().orElse("");
  }

  @Test
  void unchangedFilesAreNotParsedAgainAndChangesAreSeenOnTheNextCall() throws Exception {
    Path f = dir.resolve("krb5.conf");
    write(f, "[libdefaults]\n default_realm = A.TEST\n", 1_000);
    Krb5ConfigSource s = Krb5ConfigSource.of(f.toString());
    Krb5Config first = s.current();
    assertThat(s.current()).isSameAs(first);
    assertThat(realm(s)).isEqualTo("A.TEST");
    // same size, other modification time
    write(f, "[libdefaults]\n default_realm = B.TEST\n", 2_000);
    assertThat(realm(s)).isEqualTo("B.TEST");
    // same modification time, other size
    write(f, "[libdefaults]\n default_realm = CC.TEST\n", 2_000);
    assertThat(realm(s)).isEqualTo("CC.TEST");
    // replaced by another file (other inode), same size and time
    Path g = dir.resolve("other");
    write(g, "[libdefaults]\n default_realm = DD.TEST\n", 2_000);
    Files.move(g, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(realm(s)).isEqualTo("DD.TEST");
  }

  @Test
  void includedFilesIncludedDirectoriesAndMissingListEntriesAreWatched() throws Exception {
    Path inc = dir.resolve("inc.conf");
    write(inc, "[libdefaults]\n default_realm = INC.TEST\n", 1_000);
    Path d = Files.createDirectory(dir.resolve("conf.d"));
    Path main = dir.resolve("krb5.conf");
    write(main, "include " + inc + "\nincludedir " + d + "\n", 1_000);
    Path later = dir.resolve("later.conf");
    Krb5ConfigSource s = Krb5ConfigSource.of(later + ":" + main);
    assertThat(realm(s)).isEqualTo("INC.TEST");
    Krb5Config c = s.current();
    assertThat(s.current()).isSameAs(c);
    write(inc, "[libdefaults]\n default_realm = INC2.TEST\n", 3_000);
    assertThat(realm(s)).isEqualTo("INC2.TEST");
    write(d.resolve("extra.conf"), "[libdefaults]\n ticket_lifetime = 1h\n", 1_000);
    assertThat(s.current().string("libdefaults", "ticket_lifetime")).contains("1h");
    // a listed file that did not exist appears: it comes first
    write(later, "[libdefaults]\n default_realm = LATER.TEST\n", 1_000);
    assertThat(realm(s)).isEqualTo("LATER.TEST");
    Files.delete(later);
    assertThat(realm(s)).isEqualTo("INC2.TEST");
  }

  @Test
  void aFailingLoadIsNotCachedAndAFixedFileIsReadAgain() throws Exception {
    Path f = dir.resolve("krb5.conf");
    write(f, "[libdefaults\n", 1_000);
    Krb5ConfigSource s = Krb5ConfigSource.of(f.toString());
    assertThatThrownBy(s::current).isInstanceOf(Krb5ConfigException.class);
    assertThatThrownBy(s::current).isInstanceOf(Krb5ConfigException.class);
    write(f, "[libdefaults]\n default_realm = OK.TEST\n", 2_000);
    assertThat(realm(s)).isEqualTo("OK.TEST");
    assertThat(Krb5ConfigSource.of(dir.resolve("none").toString()).current().files()).isEmpty();
    assertThat(FileStamp.of(dir.resolve("none")).exists()).isFalse();
  }
}

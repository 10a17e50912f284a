package io.gsskit.raw.internal.kerberos.keytab;

import static io.gsskit.raw.internal.kerberos.keytab.KeytabGolden.principal;
import static io.gsskit.raw.internal.kerberos.keytab.KeytabLookupTest.e;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKeytabTest {

  @TempDir
  Path dir;

  @Test
  void addCreatesAnOwnerOnlyFileAndRemoveRewrites() throws Exception {
    FileKeytab kt = FileKeytab.of(dir.resolve("kt"));
    assertThat(kt.read()).isEmpty();
    assertThat(catchThrowableOfType(KeytabException.class, kt::entries).kind())
        .isEqualTo(Kind.NOT_FOUND);
    assertThat(catchThrowableOfType(KeytabException.class, () -> kt.remove(x -> true)).kind())
        .isEqualTo(Kind.NOT_FOUND);
    kt.add(e("a@R", 1, 1, 17));
    kt.addAll(List.of(e("a@R", 1, 2, 18), e("b@R", 1, 1, 18)));
    assertThat(Files.getPosixFilePermissions(kt.path()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(kt.entries()).hasSize(3);
    assertThat(kt.find(principal("a@R"), 0, 0).found()).get()
        .extracting(KeytabEntry::kvno).isEqualTo(2L);
    assertThat(kt.remove(x -> x.principal().equals(principal("a@R")))).isEqualTo(2);
    assertThat(kt.remove(x -> false)).isZero();
    assertThat(kt.entries()).containsExactly(e("b@R", 1, 1, 18));
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void addingToAnMitFileWithHolesCompactsIt() throws Exception {
    Path p = dir.resolve("kt");
    Files.write(p, KeytabGolden.bytes("mit-hole.keytab"));
    FileKeytab kt = FileKeytab.of(p);
    kt.add(e("new@MIT.TEST", 5, 7, 18));
    List<KeytabEntry> entries = kt.entries();
    assertThat(entries).hasSize(3);
    assertThat(entries.get(2).principal()).hasToString("new@MIT.TEST");
    assertThat(kt.read().orElseThrow().damage()).isNull();
    assertThat(Files.size(p)).isLessThan(KeytabGolden.bytes("mit-hole.keytab").length + 60);
  }

  @Test
  void failedWriteLeavesTheOldFileIntact() throws Exception {
    Path p = dir.resolve("kt");
    FileKeytab.of(p).add(e("a@R", 1, 1, 17));
    byte[] before = Files.readAllBytes(p);
    FileKeytab failing = new FileKeytab(p, "FILE", temp -> {
      throw new IOException("no space left on device (injected)");
    });
    KeytabException ex = catchThrowableOfType(KeytabException.class,
        () -> failing.add(e("b@R", 1, 1, 17)));
    assertThat(ex.kind()).isEqualTo(Kind.IO);
    assertThat(ex.getMessage()).contains("no space left");
    assertThat(Files.readAllBytes(p)).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void foreignFileIsNotOverwritten() throws Exception {
    Path p = dir.resolve("notakeytab");
    Files.writeString(p, "hello");
    KeytabException ex = catchThrowableOfType(KeytabException.class,
        () -> FileKeytab.of(p).add(e("a@R", 1, 1, 17)));
    assertThat(ex.kind()).isEqualTo(Kind.FORMAT);
    assertThat(Files.readString(p)).isEqualTo("hello");
  }

  @Test
  void namesResolveLikeMit() throws Exception {
    assertThat(Keytabs.resolve("FILE:" + dir.resolve("a")).name())
        .isEqualTo("FILE:" + dir.resolve("a"));
    Keytab wr = Keytabs.resolve("WRFILE:" + dir.resolve("w"));
    assertThat(wr.type()).isEqualTo("WRFILE");
    wr.add(e("a@R", 1, 1, 1));
    assertThat(Keytabs.resolve(dir.resolve("w").toString()).entries()).hasSize(1);
    assertThat(Keytabs.resolve("C:x").type()).isEqualTo("FILE");
    for (String bad : new String[] {"FILE:", "", "MEMORY:", "NOPE:x"}) {
      assertThat(catchThrowableOfType(KeytabException.class, () -> Keytabs.resolve(bad)).kind())
          .as(bad).isEqualTo(Kind.BAD_NAME);
    }
    assertThat(catchThrowableOfType(KeytabException.class, () -> Keytabs.resolve("KDB:"))
        .kind()).isEqualTo(Kind.UNSUPPORTED);
  }

  @Test
  void defaultKeytabsFollowEnvironmentThenConfigThenMit() throws Exception {
    Environment env = Environment.of(Map.of("KRB5_KTNAME", "FILE:" + dir.resolve("env"),
        "KRB5_CLIENT_KTNAME", "MEMORY:client"), 5, 6, "u");
    assertThat(Keytabs.resolveDefault(env, Krb5Config.empty()).name())
        .isEqualTo("FILE:" + dir.resolve("env"));
    assertThat(Keytabs.resolveClientDefault(env, Krb5Config.empty()).name())
        .isEqualTo("MEMORY:client");
    Environment none = Environment.of(Map.of(), 5, 6, "u");
    Krb5Config cfg = Krb5Config.parse("[libdefaults]\n default_keytab_name = " + dir
        + "/%{username}.kt\n default_client_keytab_name = FILE:" + dir + "/c%{euid}\n", "k");
    assertThat(Keytabs.resolveDefault(none, cfg).name()).isEqualTo("FILE:" + dir + "/u.kt");
    assertThat(Keytabs.resolveClientDefault(none, cfg).name()).isEqualTo("FILE:" + dir + "/c6");
    assertThat(Keytabs.resolveDefault(none, Krb5Config.empty()).name())
        .isEqualTo("FILE:/etc/krb5.keytab");
    assertThat(Keytabs.resolveClientDefault(none, Krb5Config.empty()).name())
        .isEqualTo("FILE:/var/lib/krb5/user/6/client.keytab");
  }

  @Test
  void memoryKeytabsAreProcessGlobal() throws Exception {
    String name = "MEMORY:" + UUID.randomUUID();
    Keytab a = Keytabs.resolve(name);
    assertThat(a.read()).isEmpty();
    KeytabEntry mine = e("a@R", 1, 1, 17);
    a.add(mine);
    Keytab b = Keytabs.resolve(name);
    assertThat(b.entries()).containsExactly(mine);
    KeytabEntry fetched = b.entries().get(0);
    assertThat(((MemoryKeytab) b).destroy()).isTrue();
    assertThat(fetched.key().keyValue()).containsExactly(1, 17);
    assertThat(mine.key().keyValue()).containsExactly(1, 17);
    assertThat(Keytabs.resolve(name).read()).isEmpty();
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}

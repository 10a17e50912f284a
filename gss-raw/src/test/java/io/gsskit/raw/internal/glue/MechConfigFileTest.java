package io.gsskit.raw.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Oid;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MIT {@code /etc/gss/mech} format with Java classes, and {@code mech.d/*.conf}. */
class MechConfigFileTest {

  @Test
  void parsesNameOidClassOptionsAndInterposerType() {
    MechConfigFile.Result r = MechConfigFile.parse(String.join("\n",
        "# comment",
        "   # indented comment",
        "",
        "krb5 1.2.840.113554.1.2.2 com.example.Krb5Provider",
        "proxy 1.3.6.1.4.1.2312.19.1 com.example.Proxy [debug, level=2] <interposer>",
        "kmod 1.2.3.4 com.example.K kernelmodule [x]",
        "short 1.2.3",
        "badoid 1..2 com.example.X",
        "badclass 1.2.3 9com.example.X",
        "badtype 1.2.3 com.example.X <plugin>",
        "unclosed 1.2.3 com.example.X [a b",
        "after 1.2.3 com.example.X [a] extra"), "mech");
    assertThat(r.entries()).hasSize(3);
    ConfigEntry krb5 = r.entries().get(0);
    assertThat(krb5.name()).isEqualTo("krb5");
    assertThat(krb5.oid()).isEqualTo(Oid.of("1.2.840.113554.1.2.2"));
    assertThat(krb5.className()).isEqualTo("com.example.Krb5Provider");
    assertThat(krb5.options()).isEmpty();
    assertThat(krb5.interposer()).isFalse();
    assertThat(krb5.source()).isEqualTo("mech:4");
    ConfigEntry proxy = r.entries().get(1);
    assertThat(proxy.options()).isEqualTo("debug, level=2");
    assertThat(proxy.interposer()).isTrue();
    assertThat(r.entries().get(2).options()).isEqualTo("x");
    assertThat(r.problems()).hasSize(6).allMatch(p -> p.contains("malformed line"));
    assertThat(r.problems().get(0)).startsWith("mech:7:");
  }

  @Test
  void readsMechDConfFilesInNameOrderAfterTheMainFile(@TempDir Path dir) throws Exception {
    Path main = dir.resolve("mech");
    Files.writeString(main, "a 1.2.3.1 x.A\n");
    Path d = Files.createDirectory(dir.resolve("mech.d"));
    Files.writeString(d.resolve("20-c.conf"), "c 1.2.3.3 x.C\n");
    Files.writeString(d.resolve("10-b.conf"), "b 1.2.3.2 x.B\n");
    Files.writeString(d.resolve("ignored.txt"), "z 1.2.3.9 x.Z\n");
    MechConfigFile.Result r = MechConfigFile.read(main);
    assertThat(r.entries()).extracting(ConfigEntry::name).containsExactly("a", "b", "c");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void missingAndOversizedFilesAreReportedNotFatal(@TempDir Path dir) throws Exception {
    assertThat(MechConfigFile.read(dir.resolve("absent")).problems())
        .singleElement().asString().contains("not found");
    Path big = dir.resolve("big");
    Files.write(big, new byte[(int) MechConfigFile.MAX_FILE_BYTES + 1]);
    MechConfigFile.Result r = MechConfigFile.read(big);
    assertThat(r.entries()).isEmpty();
    assertThat(r.problems()).singleElement().asString().contains("larger than");
  }

  @Test
  void binaryGarbageNeverThrows() {
    java.util.Random rnd = new java.util.Random(42);
    for (int i = 0; i < 2000; i++) {
      byte[] b = new byte[rnd.nextInt(120)];
      rnd.nextBytes(b);
      MechConfigFile.parse(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), "r");
    }
  }
}

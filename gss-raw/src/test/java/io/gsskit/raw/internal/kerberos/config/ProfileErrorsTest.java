package io.gsskit.raw.internal.kerberos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each MIT profile error class is reported with file, line and a description. */
class ProfileErrorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      relation before any section       | x = 1                              | 1 | relation outside a section
      section without ]                 | [realms                            | 1 | without ']'
      empty section name                | []                                 | 1 | empty section name
      text after ]                      | [a] junk                           | 1 | text after ']'
      missing =                         | [a]\\n  just words                  | 2 | missing '='
      missing tag                       | [a]\\n = v                          | 2 | without a tag
      tag with blanks                   | [a]\\n a b = v                      | 2 | contains blanks
      extra close brace                 | [a]\\n x = 1\\n }                    | 3 | without a matching '{'
      section inside braces             | [a]\\n r = {\\n [b]\\n }               | 3 | inside braces
      brace missing on next line        | [a]\\n r =\\n x = 1                  | 3 | expected '{'
      text after open brace             | [a]\\n r = { x = 1 }                | 2 | text after '{'
      EOF inside braces                 | [a]\\n r = {\\n  x = 1\\n  s = {\\n  }  | 2 | unterminated '{'
      EOF after tag =                   | [a]\\n r =                          | 2 | must be followed by '{'
      module directive                  | module /lib/x.so:res               | 1 | 'module' directive
      """)
  void syntaxErrorsNameFileAndLine(String what, String text, int line, String problem) {
    Krb5ConfigException e = catchThrowableOfType(Krb5ConfigException.class,
        () -> ProfileParser.parseText(text.replace("\\n", "\n"), "conf/krb5.conf"));
    assertThat(e).as(what).isNotNull();
    assertThat(e.file()).contains("conf/krb5.conf");
    assertThat(e.line()).as(what).isEqualTo(line);
    assertThat(e.problem()).as(what).contains(problem);
    assertThat(e.getMessage()).startsWith("conf/krb5.conf:" + line + ": ");
  }

  @Test
  void nestingTooDeep() {
    String text = "[a]\n" + " x = {\n".repeat(ProfileParser.MAX_NESTING + 1);
    Krb5ConfigException e = catchThrowableOfType(Krb5ConfigException.class,
        () -> ProfileParser.parseText(text, "f"));
    assertThat(e.line()).isEqualTo(ProfileParser.MAX_NESTING + 2);
    assertThat(e.problem()).contains("nested deeper");
  }

  @Test
  void tenThousandOpenBracesFailCleanly() {
    String text = "[a]\n" + " x = {\n".repeat(10_000);
    assertThat(catchThrowableOfType(Krb5ConfigException.class,
        () -> ProfileParser.parseText(text, "f")).problem()).contains("nested deeper");
  }

  @Test
  void includeOfMissingFile(@TempDir Path dir) throws Exception {
    Path main = dir.resolve("krb5.conf");
    Files.writeString(main, "[a]\n x = 1\ninclude " + dir.resolve("missing.conf") + "\n");
    Krb5ConfigException e = catchThrowableOfType(Krb5ConfigException.class,
        () -> ProfileParser.parseFile(main));
    assertThat(e.getMessage()).contains(main.toString() + ":3").contains("no such file");
  }

  @Test
  void includeLoop(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.conf");
    Path b = dir.resolve("b.conf");
    Files.writeString(a, "[x]\n y = 1\ninclude " + b + "\n");
    Files.writeString(b, "\n\ninclude " + a + "\n");
    Krb5ConfigException e = catchThrowableOfType(Krb5ConfigException.class,
        () -> ProfileParser.parseFile(a));
    assertThat(e.file()).contains(b.toString());
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).contains("include loop");
  }

  @Test
  void selfInclude(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.conf");
    Files.writeString(a, "include " + a + "\n");
    assertThat(catchThrowableOfType(Krb5ConfigException.class,
        () -> ProfileParser.parseFile(a)).problem()).contains("include loop");
  }

  @Test
  void includesTooDeep(@TempDir Path dir) throws Exception {
    int n = ProfileParser.MAX_INCLUDE_DEPTH + 2;
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve("f" + i), i + 1 < n
          ? "include " + dir.resolve("f" + (i + 1)) + "\n" : "[a]\n x = 1\n");
    }
    Krb5ConfigException e = catchThrowableOfType(Krb5ConfigException.class,
        () -> ProfileParser.parseFile(dir.resolve("f0")));
    assertThat(e.problem()).contains("nested deeper than " + ProfileParser.MAX_INCLUDE_DEPTH);
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void includedFileMustStartWithASection(@TempDir Path dir) throws Exception {
    Path inc = dir.resolve("inc");
    Files.writeString(inc, "# comment\n kdc = x\n");
    Path main = dir.resolve("main");
    Files.writeString(main, "[realms]\n R = {\ninclude " + inc + "\n }\n");
    Krb5ConfigException e = catchThrowableOfType(Krb5ConfigException.class,
        () -> ProfileParser.parseFile(main));
    assertThat(e.file()).contains(inc.toString());
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void includeOfDirectoryAsFileAndIncludedirOfFile(@TempDir Path dir) throws Exception {
    Path main = dir.resolve("main");
    Files.writeString(main, "[a]\ninclude " + dir + "\n");
    assertThat(catchThrowableOfType(Krb5ConfigException.class,
        () -> ProfileParser.parseFile(main)).problem()).contains("not a regular file");
    Files.writeString(main, "[a]\nincludedir " + main + "\n");
    assertThat(catchThrowableOfType(Krb5ConfigException.class,
        () -> ProfileParser.parseFile(main)).problem()).contains("not a directory");
  }

  @Test
  void badTypedValuesNameFileAndLine() throws Exception {
    Krb5Config cfg = Krb5Config.parse("""
        [libdefaults]
         forwardable = maybe
         clockskew = 5 minutes
         udp_preference_limit = 12abc
         ticket_lifetime = 1h2d
        [realms]
         R = {
          kdc = host:99999
          kdc = [::1
         }
        """, "k.conf");
    LibDefaults lib = cfg.libDefaults();
    assertThat(catchThrowableOfType(Krb5ConfigException.class, lib::forwardable).getMessage())
        .startsWith("k.conf:2: ").contains("not a boolean").contains("maybe");
    assertThat(catchThrowableOfType(Krb5ConfigException.class, lib::clockSkew).getMessage())
        .startsWith("k.conf:3: ").contains("not a duration");
    assertThat(catchThrowableOfType(Krb5ConfigException.class, lib::udpPreferenceLimit)
        .getMessage()).startsWith("k.conf:4: ").contains("not an integer");
    assertThat(catchThrowableOfType(Krb5ConfigException.class, lib::ticketLifetime)
        .getMessage()).startsWith("k.conf:5: ");
    assertThat(catchThrowableOfType(Krb5ConfigException.class, () -> cfg.realm("R").kdcs())
        .getMessage()).startsWith("k.conf:8: ").contains("port");
    Krb5Config negative = Krb5Config.parse("[libdefaults]\n clockskew = -5\n", "n.conf");
    assertThat(catchThrowableOfType(Krb5ConfigException.class,
        () -> negative.libDefaults().clockSkew()).getMessage())
        .isEqualTo("n.conf:2: 'clockskew' must not be negative");
  }
}

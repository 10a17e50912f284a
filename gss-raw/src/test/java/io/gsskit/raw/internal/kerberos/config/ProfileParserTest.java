package io.gsskit.raw.internal.kerberos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileParserTest {

  private static final String TYPICAL = """
      # a typical MIT krb5.conf
      [libdefaults]
        default_realm = EXAMPLE.COM
        ticket_lifetime = 24h
      \tforwardable = true
      ; another comment
      [realms]
        EXAMPLE.COM = {
          kdc = kdc1.example.com:88
          kdc = kdc2.example.com
          admin_server = kdc1.example.com
          auth_to_local = RULE:[1:$1@$0](.*@OTHER)s/@.*//
          auth_to_local_names = {
            alice = root
          }
        }

      [domain_realm]
        .example.com = EXAMPLE.COM
      """;

  @Test
  void parsesATypicalFile() throws Exception {
    ProfileNode root = ProfileParser.parseText(TYPICAL, "krb5.conf");
    ProfileNode lib = root.section("libdefaults").orElseThrow();
    assertThat(lib.relations("default_realm")).singleElement()
        .satisfies(n -> assertThat(n.value()).contains("EXAMPLE.COM"));
    assertThat(lib.relations("forwardable").get(0).origin()).isEqualTo(
        new ProfileOrigin("krb5.conf", 5));
    ProfileNode realm = root.section("realms").orElseThrow().section("EXAMPLE.COM").orElseThrow();
    assertThat(realm.relations("kdc")).extracting(n -> n.value().orElseThrow())
        .containsExactly("kdc1.example.com:88", "kdc2.example.com");
    assertThat(realm.relations("auth_to_local").get(0).value())
        .contains("RULE:[1:$1@$0](.*@OTHER)s/@.*//");
    assertThat(realm.section("auth_to_local_names").orElseThrow().relations("alice")).hasSize(1);
    assertThat(root.children()).extracting(ProfileNode::name)
        .containsExactly("libdefaults", "realms", "domain_realm");
  }

  @Test
  void valueKeepsInnerSpacesAndHashesAndDropsTrailingBlanks() throws Exception {
    ProfileNode root = ProfileParser.parseText(
        "[a]\n x =  hello  world # not a comment \t \n", "f");
    assertThat(root.section("a").orElseThrow().relations("x").get(0).value())
        .contains("hello  world # not a comment");
  }

  @Test
  void quotedValuesAndTagsWithEscapes() throws Exception {
    ProfileNode root = ProfileParser.parseText(
        "[a]\n \"q t\" = \"a\\tb\\nc\\\\d\\\"e\" trailing ignored\n empty = \"\"\n", "f");
    ProfileNode a = root.section("a").orElseThrow();
    assertThat(a.relations("q t").get(0).value()).contains("a\tb\nc\\d\"e");
    assertThat(a.relations("empty").get(0).value()).contains("");
  }

  @Test
  void braceOnTheNextLine() throws Exception {
    ProfileNode root = ProfileParser.parseText("[realms]\n R =\n   {\n  kdc = k\n }\n", "f");
    assertThat(root.section("realms").orElseThrow().section("R").orElseThrow()
        .relations("kdc")).hasSize(1);
  }

  @Test
  void finalMarkers() throws Exception {
    ProfileNode root = ProfileParser.parseText("""
        [libdefaults]*
         a* = 1
         b = 2
        [realms]
         R* = {
         }
         S = {
         }*
         T = {
         }
        """, "f");
    ProfileNode lib = root.section("libdefaults").orElseThrow();
    assertThat(lib.isFinal()).isTrue();
    assertThat(lib.relations("a").get(0).isFinal()).isTrue();
    assertThat(lib.relations("b").get(0).isFinal()).isFalse();
    ProfileNode realms = root.section("realms").orElseThrow();
    assertThat(realms.isFinal()).isFalse();
    assertThat(realms.section("R").orElseThrow().isFinal()).isTrue();
    assertThat(realms.section("S").orElseThrow().isFinal()).isTrue();
    assertThat(realms.section("T").orElseThrow().isFinal()).isFalse();
  }

  @Test
  void textAfterClosingBraceOrLoneOpeningBraceIsIgnoredLikeMit() throws Exception {
    ProfileNode root = ProfileParser.parseText("[a]\n r =\n { ignored\n  x = 1\n }* # c\n", "f");
    ProfileNode r = root.section("a").orElseThrow().section("r").orElseThrow();
    assertThat(r.isFinal()).isTrue();
    assertThat(r.relations("x")).hasSize(1);
  }

  @Test
  void crlfBomTabsAndBlankLines() throws Exception {
    String text = "\uFEFF[a]\r\n\tx = 1\r\n\r\n   \r\n\t; c\r\n y = 2 \r\n";
    ProfileNode a = ProfileParser.parseText(text, "f").section("a").orElseThrow();
    assertThat(a.relations("x").get(0).value()).contains("1");
    assertThat(a.relations("y").get(0).value()).contains("2");
    assertThat(a.relations("y").get(0).origin().line()).isEqualTo(6);
  }

  @Test
  void repeatedSectionsAndSubsectionsMerge() throws Exception {
    ProfileNode root = ProfileParser.parseText("""
        [realms]
         R = {
          kdc = a
         }
        [libdefaults]
         x = 1
        [realms]
         R = {
          kdc = b
         }
        """, "f");
    assertThat(root.children()).extracting(ProfileNode::name)
        .containsExactly("realms", "libdefaults");
    assertThat(root.section("realms").orElseThrow().section("R").orElseThrow().relations("kdc"))
        .extracting(n -> n.value().orElseThrow()).containsExactly("a", "b");
  }

  @Test
  void fiftyThousandRelationsAndDeepButLegalNesting() throws Exception {
    StringBuilder sb = new StringBuilder("[big]\n");
    for (int i = 0; i < 50_000; i++) {
      sb.append(" k").append(i % 100).append(" = v").append(i).append('\n');
    }
    for (int i = 0; i < ProfileParser.MAX_NESTING; i++) {
      sb.append(" n = {\n");
    }
    for (int i = 0; i < ProfileParser.MAX_NESTING; i++) {
      sb.append(" }\n");
    }
    ProfileNode big = ProfileParser.parseText(sb.toString(), "f").section("big").orElseThrow();
    assertThat(big.relations("k7")).hasSize(500);
    assertThat(big.relations("k7").get(499).value()).contains("v49907");
  }

  @Test
  void megabyteLine() throws Exception {
    String v = "x".repeat(1 << 20);
    ProfileNode root = ProfileParser.parseText("[a]\n t = " + v + "\n", "f");
    assertThat(root.section("a").orElseThrow().relations("t").get(0).value()).contains(v);
  }

  @Test
  void includeAndIncludedir(@TempDir Path dir) throws Exception {
    Path inc = dir.resolve("inc.conf");
    Files.writeString(inc, "[realms]\n R = {\n  kdc = from-include\n }\n");
    Path d = Files.createDirectory(dir.resolve("conf.d"));
    Files.writeString(d.resolve("b_file"), "[libdefaults]\n order = b\n");
    Files.writeString(d.resolve("a.conf"), "[libdefaults]\n order = a\n");
    Files.writeString(d.resolve(".hidden.conf"), "[libdefaults]\n order = hidden\n");
    Files.writeString(d.resolve("backup~"), "[libdefaults]\n order = backup\n");
    Files.writeString(d.resolve("x.conf.bak"), "[libdefaults]\n order = bak\n");
    Files.createDirectory(d.resolve("subdir"));
    Path main = dir.resolve("krb5.conf");
    Files.writeString(main, "[realms]\n R = {\n  kdc = main\n }\ninclude " + inc
        + "\nincludedir " + d + "\n[realms]\n R = {\n  kdc = after\n }\n");
    ProfileNode root = ProfileParser.parseFile(main);
    assertThat(root.section("realms").orElseThrow().section("R").orElseThrow().relations("kdc"))
        .extracting(n -> n.value().orElseThrow()).containsExactly("main", "from-include", "after");
    assertThat(root.section("libdefaults").orElseThrow().relations("order"))
        .extracting(n -> n.value().orElseThrow()).containsExactly("a", "b");
    assertThat(root.section("libdefaults").orElseThrow().relations("order").get(0).origin()
        .file()).endsWith("a.conf");
  }

  @Test
  void includeMustStartTheLine(@TempDir Path dir) throws Exception {
    // "  include x" is not a directive but a relation without '='.
    assertThatThrownBy(() -> ProfileParser.parseText("[a]\n  include /nowhere\n", "f"))
        .isInstanceOf(Krb5ConfigException.class).hasMessageContaining("f:2")
        .hasMessageContaining("missing '='");
  }

  @Test
  void includableNames() {
    List<String> yes = new ArrayList<>();
    for (String n : List.of("abc", "a-b_c9", "x.conf", "a.b.conf", ".conf", "~x", "a.b",
        ".x.conf", "x.conf~", "x.conf.rpmsave", "")) {
      if (ProfileParser.isIncludableName(n)) {
        yes.add(n);
      }
    }
    assertThat(yes).containsExactly("abc", "a-b_c9", "x.conf", "a.b.conf");
  }
}

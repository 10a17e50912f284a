package io.gsskit.raw.internal.kerberos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random profile trees, rendered with random (legal) formatting, must parse back to the same
 * tree: names, values, order, final markers.
 */
class ProfileRoundTripProperties {

  private static final long SEED = Long.getLong("gsskit.seed", 0x6b7262355fL);

  /** A model node: a relation (value != null) or a (sub)section. */
  private record Node(String name, String value, boolean fin, List<Node> children) {}

  @Test
  void randomTreesRoundTrip() throws Exception {
    for (int iter = 0; iter < 400; iter++) {
      long seed = SEED + iter;
      Random rnd = new Random(seed);
      List<Node> sections = randomSections(rnd);
      String text = render(sections, rnd);
      ProfileNode root;
      try {
        root = ProfileParser.parseText(text, "gen.conf");
      } catch (Krb5ConfigException e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage() + "\n" + text, e);
      }
      assertThat(root.children()).as("seed %d\n%s", seed, text).hasSize(sections.size());
      for (int i = 0; i < sections.size(); i++) {
        compare(sections.get(i), root.children().get(i), seed, text);
      }
    }
  }

  private static void compare(Node want, ProfileNode got, long seed, String text) {
    String ctx = "seed " + seed + " node " + want.name() + "\n" + text;
    assertThat(got.name()).as(ctx).isEqualTo(want.name());
    assertThat(got.isFinal()).as(ctx).isEqualTo(want.fin());
    if (want.value() != null) {
      assertThat(got.value()).as(ctx).contains(want.value());
      return;
    }
    assertThat(got.isSection()).as(ctx).isTrue();
    assertThat(got.children()).as(ctx).hasSize(want.children().size());
    for (int i = 0; i < want.children().size(); i++) {
      compare(want.children().get(i), got.children().get(i), seed, text);
    }
  }

  private static List<Node> randomSections(Random rnd) {
    List<Node> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int n = rnd.nextInt(5);
    for (int i = 0; i < n; i++) {
      String name = unique(rnd, used, true);
      out.add(new Node(name, null, rnd.nextInt(5) == 0, children(rnd, 0)));
    }
    return out;
  }

  private static List<Node> children(Random rnd, int depth) {
    List<Node> out = new ArrayList<>();
    Set<String> subNames = new HashSet<>();
    int n = rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      if (depth < 4 && rnd.nextInt(4) == 0) {
        String name = unique(rnd, subNames, false);
        out.add(new Node(name, null, rnd.nextInt(4) == 0, children(rnd, depth + 1)));
      } else {
        // Relation tags may repeat, but never collide with a subsection tag of this parent.
        String tag;
        do {
          tag = tag(rnd);
        } while (subNames.contains(tag));
        out.add(new Node(tag, value(rnd), rnd.nextInt(6) == 0, List.of()));
      }
    }
    // Relation tags must not later be reused as subsection names either.
    List<Node> fixed = new ArrayList<>();
    Set<String> relTags = new HashSet<>();
    for (Node c : out) {
      if (c.value() != null) {
        relTags.add(c.name());
      }
    }
    for (Node c : out) {
      if (c.value() == null && relTags.contains(c.name())) {
        fixed.add(new Node(c.name() + "_s", null, c.fin(), c.children()));
      } else {
        fixed.add(c);
      }
    }
    return fixed;
  }

  private static String unique(Random rnd, Set<String> used, boolean section) {
    while (true) {
      String s = section ? sectionName(rnd) : tag(rnd);
      if (used.add(s)) {
        return s;
      }
    }
  }

  private static final String TAG_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:/@";

  private static String tag(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int len = 1 + rnd.nextInt(12);
    for (int i = 0; i < len; i++) {
      sb.append(TAG_CHARS.charAt(rnd.nextInt(TAG_CHARS.length())));
    }
    String s = sb.toString();
    return s.equals("include") || s.equals("includedir") || s.equals("module") ? s + "x" : s;
  }

  private static String sectionName(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int len = 1 + rnd.nextInt(12);
    String chars = TAG_CHARS + " =*{}\"";
    for (int i = 0; i < len; i++) {
      sb.append(chars.charAt(rnd.nextInt(chars.length())));
    }
    return sb.toString();
  }

  private static String value(Random rnd) {
    StringBuilder sb = new StringBuilder();
    int len = rnd.nextInt(20);
    for (int i = 0; i < len; i++) {
      int k = rnd.nextInt(20);
      if (k == 0) {
        sb.append(' ');
      } else if (k == 1) {
        String special = "\"\\\t#;={}*[]";
        sb.append(special.charAt(rnd.nextInt(special.length())));
      } else if (k == 2) {
        sb.append((char) (0xa0 + rnd.nextInt(0x2000)));
      } else if (k == 3) {
        sb.append('\n');
      } else {
        sb.append((char) ('!' + rnd.nextInt(94)));
      }
    }
    return sb.toString();
  }

  private static String render(List<Node> sections, Random rnd) {
    StringBuilder sb = new StringBuilder();
    String nl = rnd.nextBoolean() ? "\n" : "\r\n";
    if (rnd.nextBoolean()) {
      sb.append("# generated").append(nl);
    }
    for (Node s : sections) {
      sb.append('[').append(s.name()).append(']').append(s.fin() ? "*" : "").append(nl);
      renderChildren(s.children(), sb, rnd, nl, 1);
    }
    return sb.toString();
  }

  private static void renderChildren(List<Node> children, StringBuilder sb, Random rnd, String nl,
      int depth) {
    for (Node c : children) {
      noise(sb, rnd, nl);
      String indent = rnd.nextBoolean() ? " ".repeat(depth) : "\t".repeat(depth);
      if (c.value() != null) {
        sb.append(indent).append(c.name()).append(c.fin() ? "*" : "")
            .append(rnd.nextBoolean() ? " = " : "=").append(renderValue(c.value(), rnd))
            .append(rnd.nextBoolean() ? "" : " \t").append(nl);
      } else {
        boolean finAtTag = c.fin() && rnd.nextBoolean();
        sb.append(indent).append(c.name()).append(finAtTag ? "*" : "").append(" =");
        if (rnd.nextBoolean()) {
          sb.append(" {").append(nl);
        } else {
          sb.append(nl).append(indent).append("{").append(nl);
        }
        renderChildren(c.children(), sb, rnd, nl, depth + 1);
        sb.append(indent).append('}').append(c.fin() && !finAtTag ? "*" : "").append(nl);
      }
    }
  }

  private static void noise(StringBuilder sb, Random rnd, String nl) {
    switch (rnd.nextInt(8)) {
      case 0 -> sb.append(nl);
      case 1 -> sb.append("  # comment = { [x]").append(nl);
      case 2 -> sb.append("\t; other comment").append(nl);
      default -> { }
    }
  }

  private static String renderValue(String v, Random rnd) {
    boolean plainOk = !v.isEmpty() && !ProfileParser.isBlank(v.charAt(0))
        && !ProfileParser.isBlank(v.charAt(v.length() - 1)) && v.charAt(0) != '"'
        && v.charAt(0) != '{' && v.indexOf('\n') < 0;
    if (plainOk && rnd.nextBoolean()) {
      return v;
    }
    StringBuilder q = new StringBuilder("\"");
    for (char ch : v.toCharArray()) {
      switch (ch) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append(rnd.nextBoolean() ? "\\t" : "\t");
        default -> q.append(ch);
      }
    }
    return q.append('"').toString();
  }
}

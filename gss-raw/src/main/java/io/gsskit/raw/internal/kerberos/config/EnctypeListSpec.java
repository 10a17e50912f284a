package io.gsskit.raw.internal.kerberos.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * An enctype list as written in {@code krb5.conf} ({@code permitted_enctypes},
 * {@code default_tkt_enctypes}, {@code default_tgs_enctypes}, {@code supported_enctypes} without
 * salts): names separated by blanks or commas, where {@code DEFAULT} stands for the built-in
 * default list, {@code -name} removes and {@code +name} (or a bare name) adds. Names may be
 * enctype names, aliases or family names; resolving them is left to the enctype registry through
 * a resolver function, so this class keeps the spelling as written.
 *
 * <p>Evaluation follows MIT: start from an empty list, apply the tokens left to right, never add
 * a number twice, ignore names the resolver does not know.
 *
 * @param tokens the tokens in order; copied, unmodifiable
 */
public record EnctypeListSpec(List<Token> tokens) {

  /** What a token does. */
  public enum Op {
    /** Append the resolved enctypes that are not yet in the list. */
    ADD,
    /** Remove the resolved enctypes from the list. */
    REMOVE,
    /** Append the default enctypes that are not yet in the list. */
    DEFAULT
  }

  /**
   * One token of the list.
   *
   * @param op what the token does
   * @param name the enctype or family name without its {@code +}/{@code -} prefix; "DEFAULT" for
   *     {@link Op#DEFAULT}
   */
  public record Token(Op op, String name) {}

  /** Copies the tokens. */
  public EnctypeListSpec {
    tokens = List.copyOf(tokens);
  }

  /**
   * Splits a list value into tokens.
   *
   * @param text the relation value; not null
   * @return the list; never null, possibly empty
   */
  public static EnctypeListSpec parse(String text) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && (ProfileParser.isBlank(text.charAt(i)) || text.charAt(i) == ',')) {
        i++;
      }
      int start = i;
      while (i < n && !ProfileParser.isBlank(text.charAt(i)) && text.charAt(i) != ',') {
        i++;
      }
      if (i == start) {
        continue;
      }
      String t = text.substring(start, i);
      Op op = Op.ADD;
      if (t.charAt(0) == '+' || t.charAt(0) == '-') {
        op = t.charAt(0) == '-' ? Op.REMOVE : Op.ADD;
        t = t.substring(1);
      }
      if (t.isEmpty()) {
        continue;
      }
      if (t.toUpperCase(Locale.ROOT).equals("DEFAULT")) {
        // MIT: "-DEFAULT" removes the defaults, "DEFAULT"/"+DEFAULT" adds them.
        out.add(new Token(op == Op.REMOVE ? Op.REMOVE : Op.DEFAULT, "DEFAULT"));
      } else {
        out.add(new Token(op, t));
      }
    }
    return new EnctypeListSpec(out);
  }

  /**
   * Evaluates the list.
   *
   * @param resolver maps a name (any case as written) to enctype numbers; an unknown name maps to
   *     an empty list; not null
   * @param defaults the built-in default list used for {@code DEFAULT}; not null
   * @return the enctype numbers in preference order, without duplicates
   */
  public List<Integer> resolve(Function<String, List<Integer>> resolver, List<Integer> defaults) {
    List<Integer> out = new ArrayList<>();
    for (Token t : tokens) {
      List<Integer> ids = "DEFAULT".equals(t.name()) ? defaults : resolver.apply(t.name());
      if (t.op() == Op.REMOVE) {
        out.removeAll(ids);
      } else {
        for (Integer id : ids) {
          if (!out.contains(id)) {
            out.add(id);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** @return the tokens joined with blanks, {@code -} before removals */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.op() == Op.REMOVE ? "-" : "").append(t.name());
    }
    return sb.toString();
  }
}

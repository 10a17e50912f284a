package io.gsskit.raw.internal.kerberos.proto;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A principal with its realm ({@code name@REALM}), as ccaches, keytabs and the GSS krb5 mechanism
 * hold it. Its text form follows MIT's {@code krb5_parse_name}/{@code krb5_unparse_name}:
 * components separated by {@code /}, realm after the first unescaped {@code @}, and {@code \}
 * escaping {@code / @ \} plus {@code \n \t \b \0}.
 *
 * @param realm the realm; may be empty only for a name parsed without a realm and no default
 * @param name the principal name
 */
public record KerberosPrincipal(String realm, PrincipalName name) {

  /** Longest text we parse; real names are far shorter. */
  public static final int MAX_TEXT_LENGTH = 4096;

  /**
   * Parses MIT principal text.
   *
   * @param text e.g. {@code HTTP/host.example.com@EXAMPLE.COM}; not null
   * @param defaultRealm realm used when the text has none; not null (may be empty)
   * @param nameType the name type to record (e.g. {@link PrincipalName#NT_PRINCIPAL})
   * @return the principal, or empty when the text is malformed (empty component, dangling escape,
   *     a second unescaped {@code @}, or longer than {@link #MAX_TEXT_LENGTH})
   */
  public static Optional<KerberosPrincipal> parse(String text, String defaultRealm, int nameType) {
    if (text.isEmpty() || text.length() > MAX_TEXT_LENGTH) {
      return Optional.empty();
    }
    List<String> components = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    String realm = null;
    boolean inRealm = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        if (++i >= text.length()) {
          return Optional.empty();
        }
        char e = text.charAt(i);
        cur.append(switch (e) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'b' -> '\b';
          case '0' -> '\0';
          default -> e;
        });
      } else if (c == '/' && !inRealm) {
        if (cur.length() == 0) {
          return Optional.empty();
        }
        components.add(cur.toString());
        cur.setLength(0);
      } else if (c == '@') {
        if (inRealm) {
          return Optional.empty();
        }
        if (cur.length() == 0) {
          return Optional.empty();
        }
        components.add(cur.toString());
        cur.setLength(0);
        inRealm = true;
      } else {
        cur.append(c);
      }
    }
    if (inRealm) {
      if (cur.length() == 0) {
        return Optional.empty();
      }
      realm = cur.toString();
    } else {
      if (cur.length() == 0) {
        return Optional.empty();
      }
      components.add(cur.toString());
      realm = defaultRealm;
    }
    return Optional.of(new KerberosPrincipal(realm, new PrincipalName(nameType, components)));
  }

  /** @return MIT text form, {@code comp/comp@REALM} with escapes; no realm part when empty */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(name.toString());
    if (!realm.isEmpty()) {
      sb.append('@');
      escape(realm, sb);
    }
    return sb.toString();
  }

  static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '/', '@', '\\' -> out.append('\\').append(c);
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\0' -> out.append("\\0");
        default -> out.append(c);
      }
    }
  }
}

package io.gsskit.raw.internal.kerberos.config;

import java.util.OptionalLong;

/**
 * MIT's parameter expansion for ccache, keytab and replay cache names read from
 * {@code krb5.conf} ({@code krb5.conf(5)}, "Parameter expansion"): {@code %{TEMP}} ({@code TMPDIR}
 * or {@code /tmp}), {@code %{uid}} (real uid), {@code %{euid}} and {@code %{USERID}} (effective
 * uid), {@code %{username}} (the user name), {@code %{null}} (nothing). Installation directories
 * ({@code %{LIBDIR}} …) have no meaning for a Java library and are rejected, like unknown tokens.
 *
 * <p>Stateless and thread-safe.
 */
public final class ParameterExpansion {

  private ParameterExpansion() {}

  /**
   * Expands the tokens of a name.
   *
   * @param text the name, e.g. {@code FILE:/tmp/krb5cc_%{uid}}; not null
   * @param env supplies {@code TMPDIR} and the user identity; not null
   * @return the expanded name
   * @throws Krb5ConfigException when a token is unknown, unterminated, or its value is not
   *     available on this platform
   */
  public static String expand(String text, Environment env) throws Krb5ConfigException {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      int pct = text.indexOf("%{", i);
      if (pct < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, pct);
      int close = text.indexOf('}', pct + 2);
      if (close < 0) {
        throw new Krb5ConfigException("'" + ProfileParser.excerpt(text)
            + "': '%{' without a closing '}'");
      }
      String token = text.substring(pct + 2, close);
      out.append(value(token, text, env));
      i = close + 1;
    }
    return out.toString();
  }

  private static String value(String token, String text, Environment env)
      throws Krb5ConfigException {
    return switch (token) {
      case "TEMP" -> env.get("TMPDIR").filter(s -> !s.isEmpty()).orElse("/tmp");
      case "uid" -> id(env.uid(), token, text);
      case "euid", "USERID" -> id(env.euid(), token, text);
      case "username" -> env.userName().orElseThrow(() -> new Krb5ConfigException("'"
          + ProfileParser.excerpt(text) + "': the user name is not known"));
      case "null" -> "";
      default -> throw new Krb5ConfigException("'" + ProfileParser.excerpt(text)
          + "': unsupported parameter %{" + ProfileParser.excerpt(token) + "}");
    };
  }

  private static String id(OptionalLong id, String token, String text)
      throws Krb5ConfigException {
    if (id.isEmpty()) {
      throw new Krb5ConfigException("'" + ProfileParser.excerpt(text) + "': %{" + token
          + "} is not available on this platform");
    }
    return Long.toString(id.getAsLong());
  }
}

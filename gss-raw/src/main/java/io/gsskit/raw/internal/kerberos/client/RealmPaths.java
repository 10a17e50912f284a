package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The realms a client walks through to reach a server's realm (RFC 4120 §3.3.1; MIT krb5.conf
 * {@code [capaths]}): the {@code [capaths] CLIENT = { SERVER = ... }} values in order, {@code .}
 * meaning a direct step; without an entry the hierarchical path through the common parent domain
 * ({@code A.EXAMPLE.COM -> EXAMPLE.COM -> B.EXAMPLE.COM}). Stateless.
 */
final class RealmPaths {

  private RealmPaths() {}

  /**
   * @return the realms to obtain TGTs for, in order, ending with {@code server}; excludes {@code
   *     client}
   */
  static List<String> path(Krb5Config config, String client, String server) {
    List<String> out = new ArrayList<>();
    List<String> capath = config.strings("capaths", client, server);
    if (!capath.isEmpty()) {
      for (String v : capath) {
        for (String r : v.trim().split("\\s+")) {
          if (!r.isEmpty() && !r.equals(".") && !r.equals(client) && !out.contains(r)) {
            out.add(r);
          }
        }
      }
      out.remove(server);
      out.add(server);
      return out;
    }
    List<String> c = Arrays.asList(client.split("\\.", -1));
    List<String> s = Arrays.asList(server.split("\\.", -1));
    int common = 0;
    while (common < c.size() && common < s.size()
        && c.get(c.size() - 1 - common).equals(s.get(s.size() - 1 - common))) {
      common++;
    }
    if (common == 0) {
      out.add(server);
      return out;
    }
    for (int drop = 1; drop < c.size() - common + 1 && c.size() - drop >= common; drop++) {
      String up = String.join(".", c.subList(drop, c.size()));
      if (!up.equals(server)) {
        out.add(up);
      }
    }
    for (int keep = common + 1; keep < s.size(); keep++) {
      String down = String.join(".", s.subList(s.size() - keep, s.size()));
      if (!out.contains(down)) {
        out.add(down);
      }
    }
    out.add(server);
    return out;
  }
}

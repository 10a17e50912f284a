package io.gsskit.raw.internal.kerberos.config;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One server address from {@code [realms]} ({@code kdc}, {@code master_kdc},
 * {@code admin_server}, {@code kpasswd_server}), as MIT writes them: {@code host},
 * {@code host:port}, {@code [ipv6]:port}, a bare IPv6 address (more than one colon, no port),
 * optionally prefixed with {@code tcp/} or {@code udp/} to force a transport, or an
 * {@code https://} URL for an MS-KKDCP proxy.
 *
 * @param transport the transport to use
 * @param host the host name or address literal, without brackets; for {@link Transport#KKDCP} the
 *     host of the URL
 * @param port the port (1–65535)
 * @param url the proxy URL for {@link Transport#KKDCP}, else null
 */
public record KdcAddress(Transport transport, String host, int port, @Nullable String url) {

  /** Transport selection for a server entry. */
  public enum Transport {
    /** No prefix: UDP or TCP per {@code udp_preference_limit}. */
    ANY,
    /** {@code udp/} prefix. */
    UDP,
    /** {@code tcp/} prefix. */
    TCP,
    /** {@code https://} URL: MS-KKDCP over HTTPS. */
    KKDCP
  }

  /** The Kerberos port (RFC 4120 §7.2.3.1). */
  public static final int KERBEROS_PORT = 88;

  /**
   * Parses a server entry.
   *
   * @param spec the relation value; not null
   * @param defaultPort the port when none is given (88 for KDCs, 749 for kadmin, 464 kpasswd)
   * @param origin where the value was read, for the error message; not null
   * @return the address
   * @throws Krb5ConfigException when the host is empty, the brackets do not match or the port is
   *     not a number in 1–65535
   */
  public static KdcAddress parse(String spec, int defaultPort, ProfileOrigin origin)
      throws Krb5ConfigException {
    String s = spec.strip();
    if (s.regionMatches(true, 0, "https://", 0, 8)) {
      String rest = s.substring(8);
      int slash = rest.indexOf('/');
      String authority = slash < 0 ? rest : rest.substring(0, slash);
      KdcAddress hp = hostPort(authority, 443, spec, origin);
      return new KdcAddress(Transport.KKDCP, hp.host(), hp.port(), s);
    }
    Transport t = Transport.ANY;
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("tcp/")) {
      t = Transport.TCP;
      s = s.substring(4);
    } else if (lower.startsWith("udp/")) {
      t = Transport.UDP;
      s = s.substring(4);
    }
    KdcAddress hp = hostPort(s, defaultPort, spec, origin);
    return new KdcAddress(t, hp.host(), hp.port(), null);
  }

  private static KdcAddress hostPort(String s, int defaultPort, String spec, ProfileOrigin origin)
      throws Krb5ConfigException {
    String host;
    String port = null;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        throw new Krb5ConfigException(origin, "server address '" + spec + "': '[' without ']'");
      }
      host = s.substring(1, close);
      String rest = s.substring(close + 1);
      if (!rest.isEmpty()) {
        if (rest.charAt(0) != ':') {
          throw new Krb5ConfigException(origin, "server address '" + spec
              + "': text after ']' must be ':port'");
        }
        port = rest.substring(1);
      }
    } else {
      int first = s.indexOf(':');
      if (first >= 0 && s.indexOf(':', first + 1) < 0) {
        host = s.substring(0, first);
        port = s.substring(first + 1);
      } else {
        host = s;
      }
    }
    if (host.isEmpty() || host.chars().anyMatch(ch -> ProfileParser.isBlank((char) ch))) {
      throw new Krb5ConfigException(origin, "server address '" + spec + "': bad host");
    }
    int p = defaultPort;
    if (port != null) {
      p = -1;
      if (!port.isEmpty() && port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9')) {
        p = Integer.parseInt(port);
      }
      if (p < 1 || p > 65535) {
        throw new Krb5ConfigException(origin, "server address '" + spec
            + "': port must be a number from 1 to 65535");
      }
    }
    return new KdcAddress(Transport.ANY, host, p, null);
  }

  /** @return the address in krb5.conf form */
  @Override
  public String toString() {
    if (url != null) {
      return url;
    }
    String prefix = switch (transport) {
      case TCP -> "tcp/";
      case UDP -> "udp/";
      default -> "";
    };
    String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return prefix + h + ":" + port;
  }
}

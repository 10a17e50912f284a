package io.gsskit.raw.internal.kerberos.config;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One server address: a {@code [realms]} entry ({@code kdc}, {@code master_kdc},
 * {@code admin_server}, {@code kpasswd_server}) or a DNS SRV target, the one type the KDC
 * transport sends to. MIT writes the entries as {@code host}, {@code host:port},
 * {@code [ipv6]}, {@code [ipv6]:port}, a bare IPv6 address (more than one colon, no port), each
 * optionally prefixed with {@code tcp/} or {@code udp/} (case-insensitive) to force a transport,
 * or an {@code https://} URL for an MS-KKDCP proxy. Host names are letters, digits, {@code .},
 * {@code -} and {@code _}, not starting with {@code .} or {@code -}, at most 255 characters.
 * Immutable, thread-safe.
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
    /** {@code udp/} prefix, or a {@code _kerberos._udp} SRV record. */
    UDP,
    /** {@code tcp/} prefix, or a {@code _kerberos._tcp} SRV record. */
    TCP,
    /** {@code https://} URL: MS-KKDCP over HTTPS. */
    KKDCP
  }

  /** The Kerberos port (RFC 4120 §7.2.3.1). */
  public static final int KERBEROS_PORT = 88;

  /** The longest host name or address accepted. */
  public static final int MAX_HOST_LENGTH = 255;

  /**
   * Checks the parts.
   *
   * @param transport the transport; not null
   * @param host 1..255 characters; not null
   * @param port 1..65535
   * @param url not null exactly when the transport is {@link Transport#KKDCP}
   * @throws IllegalArgumentException when the host is empty or too long, the port is out of range
   *     or the URL does not match the transport
   */
  public KdcAddress {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(host, "host");
    if (host.isEmpty() || host.length() > MAX_HOST_LENGTH) {
      throw new IllegalArgumentException("invalid KDC host '" + host + "'");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("invalid KDC port " + port);
    }
    if ((url != null) != (transport == Transport.KKDCP)) {
      throw new IllegalArgumentException("a URL goes with the KKDCP transport only");
    }
  }

  /**
   * An address without a URL (UDP, TCP or either).
   *
   * @param host the host name or address literal (IPv6 without brackets), 1..255 characters
   * @param port 1..65535
   * @param transport {@link Transport#ANY}, {@link Transport#UDP} or {@link Transport#TCP}
   * @return the address
   * @throws IllegalArgumentException as the canonical constructor, and for {@link
   *     Transport#KKDCP}
   */
  public static KdcAddress of(String host, int port, Transport transport) {
    return new KdcAddress(transport, host, port, null);
  }

  /**
   * Parses a server entry.
   *
   * @param spec the relation value, surrounding white space ignored; not null
   * @param defaultPort the port when none is given (88 for KDCs, 749 for kadmin, 464 kpasswd)
   * @param origin where the value was read, for the error message; not null
   * @return the address
   * @throws Krb5ConfigException {@code "<origin>: server address '<spec>': <problem>"} when the
   *     host is missing or not a host name or IPv6 literal, the brackets do not match or the port
   *     is not a number in 1–65535
   */
  public static KdcAddress parse(String spec, int defaultPort, ProfileOrigin origin)
      throws Krb5ConfigException {
    String s = spec.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://")) {
      String rest = s.substring(8);
      int slash = rest.indexOf('/');
      String authority = slash < 0 ? rest : rest.substring(0, slash);
      KdcAddress hp = hostPort(authority, 443, Transport.ANY, spec, origin);
      return new KdcAddress(Transport.KKDCP, hp.host(), hp.port(), s);
    }
    Transport t = Transport.ANY;
    if (lower.startsWith("tcp/")) {
      t = Transport.TCP;
      s = s.substring(4);
    } else if (lower.startsWith("udp/")) {
      t = Transport.UDP;
      s = s.substring(4);
    }
    return hostPort(s, defaultPort, t, spec, origin);
  }

  private static KdcAddress hostPort(String s, int defaultPort, Transport t, String spec,
      ProfileOrigin origin) throws Krb5ConfigException {
    if (s.isEmpty()) {
      throw invalid(origin, spec, "no host");
    }
    String host;
    int port = defaultPort;
    if (s.charAt(0) == '[') {
      int close = s.indexOf(']');
      if (close < 0) {
        throw invalid(origin, spec, "'[' without ']'");
      }
      host = s.substring(1, close);
      if (!isIpv6Literal(host)) {
        throw invalid(origin, spec, "'" + host + "' in brackets is not an IPv6 address");
      }
      String rest = s.substring(close + 1);
      if (!rest.isEmpty()) {
        if (rest.charAt(0) != ':') {
          throw invalid(origin, spec, "text after ']' must be ':port'");
        }
        port = parsePort(origin, spec, rest.substring(1));
      }
    } else {
      int first = s.indexOf(':');
      int last = s.lastIndexOf(':');
      if (first >= 0 && first != last) {
        // more than one colon and no brackets: a bare IPv6 address, no port (as MIT reads it)
        host = s;
        if (!isIpv6Literal(host)) {
          throw invalid(origin, spec, "several ':' but not an IPv6 address (use [addr]:port)");
        }
      } else {
        host = first < 0 ? s : s.substring(0, first);
        if (first >= 0) {
          port = parsePort(origin, spec, s.substring(first + 1));
        }
        if (!isHostName(host)) {
          throw invalid(origin, spec, "bad host '" + host + "'");
        }
      }
    }
    return new KdcAddress(t, host, port, null);
  }

  private static int parsePort(ProfileOrigin origin, String spec, String text)
      throws Krb5ConfigException {
    int port = 0;
    boolean digits = !text.isEmpty() && text.length() <= 5;
    for (int i = 0; digits && i < text.length(); i++) {
      char c = text.charAt(i);
      digits = c >= '0' && c <= '9';
      port = port * 10 + (c - '0');
    }
    if (!digits || port < 1 || port > 65535) {
      throw invalid(origin, spec, "port must be a number from 1 to 65535, not '" + text + "'");
    }
    return port;
  }

  private static boolean isHostName(String h) {
    if (h.isEmpty() || h.length() > MAX_HOST_LENGTH || h.startsWith(".") || h.startsWith("-")) {
      return false;
    }
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv6Literal(String h) {
    if (h.length() < 2 || h.length() > 45 || h.indexOf(':') < 0) {
      return false;
    }
    int colons = 0;
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
      if (c == ':') {
        colons++;
      } else if (!hex && c != '.') {
        return false;
      }
    }
    return colons >= 2 && colons <= 7;
  }

  private static Krb5ConfigException invalid(ProfileOrigin origin, String spec, String problem) {
    return new Krb5ConfigException(origin, "server address '" + spec + "': " + problem);
  }

  /** @return the address in krb5.conf form: the URL, or {@code [tcp/|udp/]host:port} */
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

package io.gsskit.raw.internal.kerberos.kdc;

import java.util.Locale;
import java.util.Objects;

/**
 * One KDC as configured: a host name or address literal, a port and the transports it may be
 * reached over.
 *
 * <p>{@link #parse(String)} accepts the values of MIT krb5.conf's {@code kdc =} relation: {@code
 * host}, {@code host:port}, {@code [IPv6]}, {@code [IPv6]:port}, a bare IPv6 literal without a
 * port, each optionally prefixed with {@code tcp/} or {@code udp/} (case-insensitive) to restrict
 * the transport. The default port is 88. KKDCP URLs ({@code https://...}) are not supported here.
 *
 * @param host the host name, IPv4 literal, or IPv6 literal without brackets
 * @param port 1..65535
 * @param transport which transports this KDC may be reached over
 */
public record KdcEndpoint(String host, int port, KdcEndpoint.Transport transport) {

  /** The Kerberos port (RFC 4120 §7.2.1, §7.2.2). */
  public static final int DEFAULT_PORT = 88;

  private static final int MAX_HOST_LENGTH = 255;

  /** Which transports an endpoint allows. */
  public enum Transport {
    /** UDP and TCP, in the order the request size calls for. */
    ANY,
    /** UDP only ({@code udp/} prefix, or a {@code _kerberos._udp} SRV record). */
    UDP,
    /** TCP only ({@code tcp/} prefix, or a {@code _kerberos._tcp} SRV record). */
    TCP;

    boolean allows(KdcProtocol p) {
      return this == ANY || (this == UDP) == (p == KdcProtocol.UDP);
    }
  }

  /**
   * Creates an endpoint.
   *
   * @param host the host name or address literal (IPv6 without brackets), 1..255 characters
   * @param port 1..65535
   * @param transport the allowed transports
   * @throws IllegalArgumentException when the host is empty or too long or the port out of range
   */
  public KdcEndpoint {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(transport, "transport");
    if (host.isEmpty() || host.length() > MAX_HOST_LENGTH) {
      throw new IllegalArgumentException("invalid KDC host '" + host + "'");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("invalid KDC port " + port);
    }
  }

  /**
   * Parses one {@code kdc =} value.
   *
   * @param value the value, surrounding white space ignored
   * @return the endpoint
   * @throws KdcException with reason {@link KdcException.Reason#INVALID_ENDPOINT} when the value
   *     is malformed or a KKDCP URL
   */
  public static KdcEndpoint parse(String value) throws KdcException {
    String s = value.strip();
    Transport transport = Transport.ANY;
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      throw invalid(value, "KKDCP (MS-KKDCP over HTTPS) KDC URLs are not supported");
    }
    if (lower.startsWith("tcp/")) {
      transport = Transport.TCP;
      s = s.substring(4);
    } else if (lower.startsWith("udp/")) {
      transport = Transport.UDP;
      s = s.substring(4);
    }
    if (s.isEmpty()) {
      throw invalid(value, "no host");
    }
    String host;
    int port = DEFAULT_PORT;
    if (s.charAt(0) == '[') {
      int close = s.indexOf(']');
      if (close < 0) {
        throw invalid(value, "'[' without ']'");
      }
      host = s.substring(1, close);
      if (!isIpv6Literal(host)) {
        throw invalid(value, "'" + host + "' in brackets is not an IPv6 address");
      }
      String rest = s.substring(close + 1);
      if (!rest.isEmpty()) {
        if (rest.charAt(0) != ':') {
          throw invalid(value, "unexpected text after ']'");
        }
        port = parsePort(value, rest.substring(1));
      }
    } else {
      int first = s.indexOf(':');
      int last = s.lastIndexOf(':');
      if (first >= 0 && first != last) {
        // more than one colon and no brackets: a bare IPv6 address, no port (as MIT reads it)
        host = s;
        if (!isIpv6Literal(host)) {
          throw invalid(value, "several ':' but not an IPv6 address (use [addr]:port)");
        }
      } else {
        host = first < 0 ? s : s.substring(0, first);
        if (first >= 0) {
          port = parsePort(value, s.substring(first + 1));
        }
        if (!isHostName(host)) {
          throw invalid(value, "invalid host name '" + host + "'");
        }
      }
    }
    return new KdcEndpoint(host, port, transport);
  }

  private static int parsePort(String value, String text) throws KdcException {
    if (text.isEmpty() || text.length() > 5) {
      throw invalid(value, "invalid port '" + text + "'");
    }
    int port = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw invalid(value, "invalid port '" + text + "'");
      }
      port = port * 10 + (c - '0');
    }
    if (port < 1 || port > 65535) {
      throw invalid(value, "port " + port + " out of range 1..65535");
    }
    return port;
  }

  private static boolean isHostName(String h) {
    if (h.isEmpty() || h.length() > MAX_HOST_LENGTH || h.startsWith(".") || h.startsWith("-")) {
      return false;
    }
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '_';
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

  private static KdcException invalid(String value, String problem) {
    return new KdcException(
        KdcException.Reason.INVALID_ENDPOINT, null, "invalid kdc value '" + value + "': " + problem);
  }

  /** @return a label for messages: {@code host:port}, {@code [v6]:port}, with a prefix if set */
  @Override
  public String toString() {
    String prefix = transport == Transport.ANY ? "" : transport.name().toLowerCase(Locale.ROOT) + "/";
    String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return prefix + h + ":" + port;
  }
}

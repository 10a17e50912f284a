package io.gsskit.raw.internal.kerberos.kdc;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link KdcTransport} talks to KDCs. Immutable; change a value with the {@code with...}
 * methods.
 *
 * @param udpPreferenceLimit requests longer than this many bytes go over TCP first ({@code
 *     [libdefaults] udp_preference_limit}, MIT default 1465; 1 makes every request TCP-first).
 *     A negative value means the default; values above MIT's hard limit 32700 are lowered to it.
 * @param kdcTimeout how long the first pass waits for each KDC before trying the next one; pass
 *     {@code n} waits {@code kdcTimeout * 2^n} (MIT: 1 s per server, then longer passes)
 * @param maxRetries the number of passes over the KDC list (MIT: 3); UDP requests are sent again
 *     in every pass, TCP connections are made once and then kept waiting
 * @param requestTimeout the overall deadline of one request ({@code request_timeout}); zero means
 *     none beyond what the passes take
 * @param tcpOnly never use UDP (e.g. because the caller knows the reply will be large)
 * @param maxUdpReplyBytes datagrams longer than this are ignored
 * @param maxTcpReplyBytes a TCP length prefix above this is an error, checked before allocating
 * @param dnsLookupKdc look up {@code _kerberos._udp.REALM} / {@code _kerberos._tcp.REALM} SRV
 *     records when no KDC is configured ({@code dns_lookup_kdc}, MIT default true)
 */
public record KdcTransportOptions(
    int udpPreferenceLimit,
    Duration kdcTimeout,
    int maxRetries,
    Duration requestTimeout,
    boolean tcpOnly,
    int maxUdpReplyBytes,
    int maxTcpReplyBytes,
    boolean dnsLookupKdc) {

  /** MIT's default {@code udp_preference_limit}. */
  public static final int DEFAULT_UDP_PREFERENCE_LIMIT = 1465;
  /** MIT's upper bound for {@code udp_preference_limit}. */
  public static final int HARD_UDP_LIMIT = 32700;
  /** Default cap on a TCP reply: 1 MiB. */
  public static final int DEFAULT_MAX_TCP_REPLY = 1 << 20;
  /** The largest UDP payload over IPv4 (65535 − 20 − 8). */
  public static final int MAX_UDP_PAYLOAD = 65507;

  private static final int MAX_PASSES = 10;
  private static final Duration MAX_KDC_TIMEOUT = Duration.ofMinutes(5);

  /**
   * Validates and normalises the options.
   *
   * @param udpPreferenceLimit see the record description
   * @param kdcTimeout positive, at most 5 minutes
   * @param maxRetries 1..10
   * @param requestTimeout zero (none) or positive
   * @param tcpOnly never use UDP
   * @param maxUdpReplyBytes 1..65536
   * @param maxTcpReplyBytes 1..2^28
   * @param dnsLookupKdc use DNS SRV when no KDC is configured
   * @throws IllegalArgumentException for non-positive timeouts or counts, or caps out of range
   */
  public KdcTransportOptions {
    Objects.requireNonNull(kdcTimeout, "kdcTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    if (udpPreferenceLimit < 0) {
      udpPreferenceLimit = DEFAULT_UDP_PREFERENCE_LIMIT;
    } else if (udpPreferenceLimit > HARD_UDP_LIMIT) {
      udpPreferenceLimit = HARD_UDP_LIMIT;
    }
    if (kdcTimeout.isNegative() || kdcTimeout.isZero() || kdcTimeout.compareTo(MAX_KDC_TIMEOUT) > 0) {
      throw new IllegalArgumentException("kdcTimeout out of range: " + kdcTimeout);
    }
    if (maxRetries < 1 || maxRetries > MAX_PASSES) {
      throw new IllegalArgumentException("maxRetries must be 1.." + MAX_PASSES + ": " + maxRetries);
    }
    if (requestTimeout.isNegative()) {
      throw new IllegalArgumentException("requestTimeout is negative: " + requestTimeout);
    }
    if (maxUdpReplyBytes < 1 || maxUdpReplyBytes > 65536) {
      throw new IllegalArgumentException("maxUdpReplyBytes out of range: " + maxUdpReplyBytes);
    }
    if (maxTcpReplyBytes < 1 || maxTcpReplyBytes > (1 << 28)) {
      throw new IllegalArgumentException("maxTcpReplyBytes out of range: " + maxTcpReplyBytes);
    }
  }

  /**
   * MIT's defaults: limit 1465, 1 s, 3 passes, no overall deadline, UDP allowed, 64 KiB datagrams,
   * 1 MiB TCP replies, DNS SRV lookup on.
   *
   * @return the defaults
   */
  public static KdcTransportOptions defaults() {
    return new KdcTransportOptions(
        DEFAULT_UDP_PREFERENCE_LIMIT,
        Duration.ofSeconds(1),
        3,
        Duration.ZERO,
        false,
        65536,
        DEFAULT_MAX_TCP_REPLY,
        true);
  }

  /**
   * Returns a copy with {@code udpPreferenceLimit} changed.
   *
   * @param v the new value
   * @return the copy
   * @throws IllegalArgumentException when the value is out of range
   */
  public KdcTransportOptions withUdpPreferenceLimit(int v) {
    return new KdcTransportOptions(v, kdcTimeout, maxRetries, requestTimeout, tcpOnly,
        maxUdpReplyBytes, maxTcpReplyBytes, dnsLookupKdc);
  }

  /**
   * Returns a copy with {@code kdcTimeout} changed.
   *
   * @param v the new value
   * @return the copy
   * @throws IllegalArgumentException when the value is out of range
   */
  public KdcTransportOptions withKdcTimeout(Duration v) {
    return new KdcTransportOptions(udpPreferenceLimit, v, maxRetries, requestTimeout, tcpOnly,
        maxUdpReplyBytes, maxTcpReplyBytes, dnsLookupKdc);
  }

  /**
   * Returns a copy with {@code maxRetries} changed.
   *
   * @param v the new value
   * @return the copy
   * @throws IllegalArgumentException when the value is out of range
   */
  public KdcTransportOptions withMaxRetries(int v) {
    return new KdcTransportOptions(udpPreferenceLimit, kdcTimeout, v, requestTimeout, tcpOnly,
        maxUdpReplyBytes, maxTcpReplyBytes, dnsLookupKdc);
  }

  /**
   * Returns a copy with {@code requestTimeout} changed.
   *
   * @param v the new value
   * @return the copy
   * @throws IllegalArgumentException when the value is out of range
   */
  public KdcTransportOptions withRequestTimeout(Duration v) {
    return new KdcTransportOptions(udpPreferenceLimit, kdcTimeout, maxRetries, v, tcpOnly,
        maxUdpReplyBytes, maxTcpReplyBytes, dnsLookupKdc);
  }

  /**
   * Returns a copy with {@code tcpOnly} changed.
   *
   * @param v the new value
   * @return the copy
   * @throws IllegalArgumentException when the value is out of range
   */
  public KdcTransportOptions withTcpOnly(boolean v) {
    return new KdcTransportOptions(udpPreferenceLimit, kdcTimeout, maxRetries, requestTimeout, v,
        maxUdpReplyBytes, maxTcpReplyBytes, dnsLookupKdc);
  }

  /**
   * Returns a copy with {@code maxUdpReplyBytes} changed.
   *
   * @param v the new value
   * @return the copy
   * @throws IllegalArgumentException when the value is out of range
   */
  public KdcTransportOptions withMaxUdpReplyBytes(int v) {
    return new KdcTransportOptions(udpPreferenceLimit, kdcTimeout, maxRetries, requestTimeout,
        tcpOnly, v, maxTcpReplyBytes, dnsLookupKdc);
  }

  /**
   * Returns a copy with {@code maxTcpReplyBytes} changed.
   *
   * @param v the new value
   * @return the copy
   * @throws IllegalArgumentException when the value is out of range
   */
  public KdcTransportOptions withMaxTcpReplyBytes(int v) {
    return new KdcTransportOptions(udpPreferenceLimit, kdcTimeout, maxRetries, requestTimeout,
        tcpOnly, maxUdpReplyBytes, v, dnsLookupKdc);
  }

  /**
   * Returns a copy with {@code dnsLookupKdc} changed.
   *
   * @param v the new value
   * @return the copy
   * @throws IllegalArgumentException when the value is out of range
   */
  public KdcTransportOptions withDnsLookupKdc(boolean v) {
    return new KdcTransportOptions(udpPreferenceLimit, kdcTimeout, maxRetries, requestTimeout,
        tcpOnly, maxUdpReplyBytes, maxTcpReplyBytes, v);
  }
}

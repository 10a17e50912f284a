package io.gsskit.raw.internal.kerberos.kdc;

import java.util.Locale;

/** The transport one attempt used: UDP (RFC 4120 §7.2.1) or TCP (§7.2.2). */
public enum KdcProtocol {
  /** One datagram per request and per reply. */
  UDP,
  /** A connection; each message carries a 4-byte big-endian length prefix. */
  TCP;

  /** @return {@code udp} or {@code tcp} */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}

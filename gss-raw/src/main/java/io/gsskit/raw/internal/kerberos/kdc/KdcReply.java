package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * A reply a KDC sent and the classifier accepted.
 *
 * @param endpoint the configured endpoint (or SRV target) that answered
 * @param address the address the reply came from
 * @param protocol the transport it came over
 * @param bytes the reply message (without the TCP length prefix)
 */
public record KdcReply(
    KdcAddress endpoint, InetSocketAddress address, KdcProtocol protocol, byte[] bytes) {

  /**
   * Creates a reply; the bytes are not copied (the transport hands over its own buffer).
   *
   * @param endpoint the endpoint that answered
   * @param address the address the reply came from
   * @param protocol the transport
   * @param bytes the reply message
   */
  public KdcReply {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(bytes, "bytes");
  }

  /** @return where the reply came from and its length, not its content */
  @Override
  public String toString() {
    return "KdcReply[" + endpoint + " via " + address + "/" + protocol + ", " + bytes.length
        + " bytes]";
  }
}

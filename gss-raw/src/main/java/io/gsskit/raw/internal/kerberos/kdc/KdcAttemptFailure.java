package io.gsskit.raw.internal.kerberos.kdc;

import org.jspecify.annotations.Nullable;

/**
 * Why one attempt (one KDC address over one transport) gave no usable reply.
 *
 * @param target the address tried, e.g. {@code 127.0.0.1:88}, or the configured host when it did
 *     not resolve
 * @param protocol the transport
 * @param problem the facts, e.g. {@code timed out after 1000 ms (3 datagrams sent)}
 * @param cause the underlying exception, or null
 */
public record KdcAttemptFailure(
    String target, KdcProtocol protocol, String problem, @Nullable Throwable cause) {

  /** @return {@code target/protocol problem} */
  @Override
  public String toString() {
    return target + "/" + protocol + " " + problem;
  }
}

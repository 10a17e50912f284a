package io.gsskit.raw.internal.kerberos.kdc;

import java.io.IOException;

/** A TCP reply broke RFC 4120 §7.2.2 framing: reserved bit, oversized or empty length, early EOF. */
final class TcpFramingException extends IOException {

  private static final long serialVersionUID = 1L;

  TcpFramingException(String message) {
    super(message);
  }
}

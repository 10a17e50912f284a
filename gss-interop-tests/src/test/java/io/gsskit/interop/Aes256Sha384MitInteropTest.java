package io.gsskit.interop;

/** The matrix with aes256-cts-hmac-sha384-192 (RFC 8009) as the only enctype. */
class Aes256Sha384MitInteropTest extends AbstractMitInteropTest {
  @Override
  String enctype() {
    return "aes256-cts-hmac-sha384-192";
  }
}

package io.gsskit.interop;

/** The matrix with aes256-cts-hmac-sha1-96 (RFC 3962) as the only enctype. */
class Aes256Sha1MitInteropTest extends AbstractMitInteropTest {
  @Override
  String enctype() {
    return "aes256-cts-hmac-sha1-96";
  }
}

package io.gsskit.samples.demo;

import io.gsskit.raw.Oid;
import java.util.Optional;

/**
 * Reads the enctype out of the second buffer of a {@code GSS_C_INQ_SSPI_SESSION_KEY} inquiry: an
 * OID under MIT's {@code GSS_KRB5_SESSION_KEY_ENCTYPE_OID} (1.2.840.113554.1.2.2.4) whose last arc
 * is the enctype number.
 */
final class Enctypes {

  private Enctypes() {}

  /**
   * @param oidContent the DER content of the enctype OID
   * @return e.g. {@code 18 (aes256-cts-hmac-sha1-96)}, or the raw bytes' length when unreadable
   */
  static String describe(byte[] oidContent) {
    Optional<Oid> oid = Oid.fromContent(oidContent);
    if (oid.isEmpty()) {
      return "(unreadable, " + oidContent.length + " bytes)";
    }
    String text = oid.get().toString();
    String number = text.substring(text.lastIndexOf('.') + 1);
    String name = switch (number) {
      case "17" -> "aes128-cts-hmac-sha1-96";
      case "18" -> "aes256-cts-hmac-sha1-96";
      case "19" -> "aes128-cts-hmac-sha256-128";
      case "20" -> "aes256-cts-hmac-sha384-192";
      case "25" -> "camellia128-cts-cmac";
      case "26" -> "camellia256-cts-cmac";
      case "23" -> "arcfour-hmac";
      default -> "unknown";
    };
    return number + " (" + name + ")";
  }
}

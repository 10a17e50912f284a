package io.gsskit.raw.internal.kerberos.crypto;

/** The implementation family of an enctype: which RFC's construction it follows. */
enum EncFamily {
  /** RFC 3962: AES-CTS with HMAC-SHA1-96, RFC 3961 simplified profile and DK with n-fold. */
  AES_SHA1,
  /** RFC 8009: AES-CTS with HMAC-SHA-256/384, KDF-HMAC-SHA2, encrypt-then-MAC. */
  AES_SHA2,
  /** RFC 6803: Camellia-CTS with CMAC, simplified profile and KDF-FEEDBACK-CMAC. */
  CAMELLIA,
  /** RFC 4757: RC4 with HMAC-MD5. */
  RC4,
  /** Known number, not implemented (DES, 3DES, export RC4) or unknown number. */
  NONE
}

package io.gsskit.raw.internal.kerberos.crypto;

/**
 * A keyed MAC (HMAC or CMAC) keyed once and reused: {@link #doFinal} resets it to the keyed
 * initial state. Not thread-safe.
 */
interface MacEngine {

  /** @return the full (untruncated) output length in bytes */
  int length();

  void update(byte[] in, int off, int len);

  /** Writes the full MAC at {@code out[off..off+length())} and resets. */
  void doFinal(byte[] out, int off) throws KrbCryptoException;

  void destroy();
}

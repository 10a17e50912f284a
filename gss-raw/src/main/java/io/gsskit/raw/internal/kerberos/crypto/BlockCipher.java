package io.gsskit.raw.internal.kerberos.crypto;

/**
 * A 16-byte block cipher keyed once, with the few operations {@link CbcCts} needs. Instances
 * are not thread-safe.
 */
interface BlockCipher {

  /** Block size in bytes (16 for AES and Camellia). */
  int BLOCK = 16;

  /**
   * CBC-encrypts {@code len} bytes (a multiple of 16), continuing the chain of the previous call
   * since the last {@link #cbcEncryptFinal}; the first call after a final starts from a zero IV.
   * Input and output may be the same array; the operation is copy-safe.
   */
  void cbcEncrypt(byte[] in, int inOff, int len, byte[] out, int outOff) throws KrbCryptoException;

  /** Like {@link #cbcEncrypt} and then resets the chain to the zero IV. */
  void cbcEncryptFinal(byte[] in, int inOff, int len, byte[] out, int outOff)
      throws KrbCryptoException;

  /**
   * CBC-decrypts {@code len} bytes (a multiple of 16) starting from a zero IV; stateless between
   * calls. Copy-safe when input and output overlap.
   */
  void cbcDecrypt(byte[] in, int inOff, int len, byte[] out, int outOff) throws KrbCryptoException;

  /**
   * CBC-decrypts {@code len} bytes (a multiple of 16), continuing the chain of the previous call
   * since the last {@link #cbcDecryptEnd}; the first call after an end (or ever) starts from a
   * zero IV. Copy-safe. No other decryption call may come between this and the end.
   */
  void cbcDecryptMore(byte[] in, int inOff, int len, byte[] out, int outOff)
      throws KrbCryptoException;

  /** Ends a {@link #cbcDecryptMore} chain: the next one starts from a zero IV again. */
  void cbcDecryptEnd() throws KrbCryptoException;

  /** Decrypts one block (ECB); stateless. Copy-safe. */
  void decryptBlock(byte[] in, int inOff, byte[] out, int outOff) throws KrbCryptoException;

  /** Zeroes what can be zeroed of the key schedule. */
  void destroy();
}

package io.gsskit.raw.internal.kerberos.crypto;

import java.util.Arrays;
import javax.crypto.SecretKey;

/**
 * A secret key over raw bytes for JCE {@code init} calls. Unlike {@code SecretKeySpec} it accepts
 * an empty key (an empty password in PBKDF2), and {@link #destroy()} really zeroes its copy
 * ({@code SecretKeySpec.destroy()} throws {@code DestroyFailedException} on JDK 17, an exception
 * with a stack trace per call). The JCE copies the bytes at {@code init} through
 * {@link #getEncoded()}. Not thread-safe.
 */
final class RawSecretKey implements SecretKey {

  private static final long serialVersionUID = 1L;

  private final String algorithm;
  private final byte[] key;
  private boolean destroyed;

  /**
   * @param algorithm the JCE key algorithm, e.g. {@code "AES"} or {@code "HmacSHA1"}
   * @param key the key bytes; copied
   */
  RawSecretKey(String algorithm, byte[] key) {
    this.algorithm = algorithm;
    this.key = key.clone();
  }

  @Override
  public String getAlgorithm() {
    return algorithm;
  }

  @Override
  public String getFormat() {
    return "RAW";
  }

  /** @throws IllegalStateException after {@link #destroy()} */
  @Override
  public byte[] getEncoded() {
    if (destroyed) {
      throw new IllegalStateException("key destroyed");
    }
    return key.clone();
  }

  /** Zeroes the key bytes. */
  @Override
  public void destroy() {
    destroyed = true;
    Arrays.fill(key, (byte) 0);
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  /** @return the algorithm only, never key material */
  @Override
  public String toString() {
    return "RawSecretKey[" + algorithm + (destroyed ? ", destroyed" : "") + "]";
  }
}

package io.gsskit.raw.internal.kerberos.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/**
 * Where confounders come from. Production code always uses {@link #secure()}; tests inject fixed
 * confounders to reproduce the RFC sample encryptions. Public only for the RC4 token engine
 * ({@code mech.krb5.token.Rfc4757Protector}), which keeps one per engine; implementations are not
 * thread-safe unless they say so.
 */
public interface ConfounderSource {

  /**
   * Fills {@code buf[off..off+len)} with fresh confounder bytes.
   *
   * @throws IndexOutOfBoundsException for a range outside {@code buf}
   */
  void next(byte[] buf, int off, int len);

  /**
   * Wipes what the source keeps (a keystream key, buffered output); called when the owning engine
   * is destroyed. A later {@link #next} still gives fresh bytes. Idempotent; the default keeps
   * nothing.
   */
  default void destroy() {}

  /**
   * @return a new source: the first draw comes straight from a shared {@link SecureRandom} (a
   *     one-shot encryption needs one confounder), later ones from a {@link KeystreamConfounders}
   *     keyed from it, so that a message costs an array copy rather than a call into the RNG;
   *     not thread-safe (one per {@link UsageKeys})
   */
  public static ConfounderSource secure() {
    return new Pooled();
  }

  /**
   * Confounders are not secret, only unpredictable. The first call draws only what it needs: a
   * one-shot encryption (a ticket, an authenticator, an AP-REP) uses one 16-byte confounder and
   * should not pay for setting up a keystream; the keystream is set up at the second call, i.e.
   * for per-message use.
   */
  final class Pooled implements ConfounderSource {
    private static final SecureRandom RANDOM = new SecureRandom();
    private @Nullable ConfounderSource stream;
    private boolean drawn;

    @Override
    public void next(byte[] buf, int off, int len) {
      if (!drawn) {
        drawn = true;
        byte[] first = new byte[len];
        RANDOM.nextBytes(first);
        System.arraycopy(first, 0, buf, off, len);
        return;
      }
      ConfounderSource s = stream;
      if (s == null) {
        s = keystream();
        stream = s;
      }
      s.next(buf, off, len);
    }

    @Override
    public void destroy() {
      ConfounderSource s = stream;
      if (s != null) {
        s.destroy();
      }
    }

    private static ConfounderSource keystream() {
      try {
        return new KeystreamConfounders(RANDOM);
      } catch (GeneralSecurityException e) {
        return (buf, off, len) -> {
          byte[] b = new byte[len];
          RANDOM.nextBytes(b);
          System.arraycopy(b, 0, buf, off, len);
        };
      }
    }
  }
}

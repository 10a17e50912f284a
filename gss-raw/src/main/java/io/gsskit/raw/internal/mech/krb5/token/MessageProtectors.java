package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;

import io.gsskit.raw.MinorStatus;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Import of an exported per-message state, whichever engine wrote it: version 1 of the "GK4P"
 * encoding is {@link Rfc4121Protector}'s ({@link ProtectorExport}), version 2 is
 * {@link Rfc4757Protector}'s ({@link Rfc4757Export}). Stateless; thread-safe.
 */
public final class MessageProtectors {

  private MessageProtectors() {}

  /**
   * Rebuilds an engine from {@link MessageProtector#export()}'s output.
   *
   * @param minor receives the minor code
   * @param blob the encoding; not null
   * @param out receives the engine
   * @return {@code GSS_S_COMPLETE} or {@code GSS_S_DEFECTIVE_TOKEN} (minor BAD_EXPORT /
   *     CRYPTO_FAILURE)
   */
  public static int importState(MinorStatus minor, byte[] blob,
      AtomicReference<@Nullable MessageProtector> out) {
    if (Rfc4757Export.claims(blob)) {
      try {
        out.set(Rfc4757Export.decode(blob));
        minor.set(Rfc4121Minor.NONE);
        return GSS_S_COMPLETE;
      } catch (TokenFailure f) {
        minor.set(f.minor());
        return f.major();
      }
    }
    AtomicReference<@Nullable Rfc4121Protector> ref = new AtomicReference<>();
    int major = Rfc4121Protector.importState(minor, blob, ref);
    out.set(ref.get());
    return major;
  }
}

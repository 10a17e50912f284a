package io.gsskit.raw.internal.kerberos.ccache;

import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a ccache holds at one moment: format version, KDC time offset, default principal
 * and credentials (including configuration entries) in file order.
 *
 * <p>{@code damage} describes a malformed tail: MIT appends credentials in place, so a crash
 * mid-append or a corrupted record leaves earlier credentials intact; the decoder keeps those and
 * records why it stopped. A cache rewritten by this package drops the damaged tail.
 *
 * @param version the file format version (1–4; 4 for memory caches)
 * @param kdcOffset the KDC time offset (v4 header tag 1; {@link KdcTimeOffset#NONE} otherwise)
 * @param principal the default principal
 * @param credentials the credentials; copied, unmodifiable
 * @param damage why decoding stopped before the end of the file, or null when it did not
 */
public record CcacheContents(int version, KdcTimeOffset kdcOffset, KerberosPrincipal principal,
    List<Credential> credentials, @Nullable String damage) {

  /** Copies the list. */
  public CcacheContents {
    credentials = List.copyOf(credentials);
  }

  /**
   * A fresh version 4 cache.
   *
   * @param principal the default principal; not null
   * @param offset the KDC time offset; not null
   * @return contents without credentials
   */
  public static CcacheContents empty(KerberosPrincipal principal, KdcTimeOffset offset) {
    return new CcacheContents(4, offset, principal, List.of(), null);
  }

  /**
   * A copy with another KDC time offset.
   *
   * @param offset the offset; not null
   * @return the new contents
   */
  public CcacheContents withKdcOffset(KdcTimeOffset offset) {
    return new CcacheContents(version, offset, principal, credentials, damage);
  }

  /** @return the damage description, if the file had a malformed tail */
  public Optional<String> damageDescription() {
    return Optional.ofNullable(damage);
  }

  /**
   * A copy with other credentials and no damage (same version, offset and principal).
   *
   * @param creds the new credential list; not null
   * @return the new contents
   */
  public CcacheContents withCredentials(List<Credential> creds) {
    return new CcacheContents(version, kdcOffset, principal, creds, null);
  }
}

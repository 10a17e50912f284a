package io.gsskit.raw.spi;

import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Credential stores (MIT {@code gss_acquire_cred_from}, {@code gss_store_cred_into}) and RFC 5588
 * {@code gss_store_cred}, which the mechglue maps to {@link #storeCredInto} with a null store. Keys
 * are those of {@link io.gsskit.raw.ext.CredStore}; a mechanism ignores keys it does not know.
 * Implementations must be thread-safe.
 */
public interface CredStoreSupport {

  /**
   * {@code gss_acquire_cred_from} for one mechanism.
   *
   * @param minor minor status out
   * @param desiredName the principal, or null for the default
   * @param timeReq requested lifetime
   * @param mech the public mechanism OID
   * @param credUsage the usage
   * @param credStore the store; never null (may be empty)
   * @param out receives the element
   * @param timeRec receives the lifetime
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, ...
   */
  int acquireCredFrom(MinorStatus minor, @Nullable MechName desiredName, int timeReq, Oid mech,
      int credUsage, Map<String, String> credStore, Holder<MechCred> out, IntHolder timeRec);

  /**
   * {@code gss_store_cred_into} (RFC 5588 {@code gss_store_cred} when {@code credStore} is
   * null) for one element.
   *
   * @param minor minor status out
   * @param cred the element
   * @param credUsage which usage to store
   * @param mech the public mechanism OID
   * @param overwrite whether existing credentials may be replaced
   * @param defaultCred whether to make them the default credentials
   * @param credStore the store, or null for the default location
   * @param credUsageStored receives the usage stored
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_DUPLICATE_ELEMENT}, ...
   */
  int storeCredInto(MinorStatus minor, MechCred cred, int credUsage, Oid mech, boolean overwrite,
      boolean defaultCred, @Nullable Map<String, String> credStore, IntHolder credUsageStored);
}

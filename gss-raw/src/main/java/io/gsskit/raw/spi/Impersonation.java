package io.gsskit.raw.spi;

import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import org.jspecify.annotations.Nullable;

/**
 * Acquiring credentials on behalf of another principal ({@code gss_acquire_cred_impersonate_name},
 * Kerberos S4U2Self / S4U2Proxy, MS-SFU). The mechglue builds {@code
 * gss_add_cred_impersonate_name} from it. Implementations must be thread-safe.
 */
public interface Impersonation {

  /**
   * {@code gss_acquire_cred_impersonate_name} for one mechanism.
   *
   * @param minor minor status out
   * @param impersonatorCred the service's own credential element, or null for its default
   * @param desiredName the user to impersonate
   * @param timeReq requested lifetime
   * @param mech the public mechanism OID
   * @param credUsage the usage
   * @param out receives the element
   * @param timeRec receives the lifetime
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, {@code GSS_S_UNAUTHORIZED}, ...
   */
  int acquireCredImpersonateName(MinorStatus minor, @Nullable MechCred impersonatorCred,
      MechName desiredName, int timeReq, Oid mech, int credUsage, Holder<MechCred> out,
      IntHolder timeRec);
}

package io.gsskit.raw.spi;

import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;

/**
 * Initial credentials from a password ({@code gss_acquire_cred_with_password}); the mechglue
 * builds {@code gss_add_cred_with_password} from it. Implementations must be thread-safe and must
 * not keep the password longer than needed.
 */
public interface PasswordSupport {

  /**
   * {@code gss_acquire_cred_with_password} for one mechanism.
   *
   * @param minor minor status out
   * @param desiredName the principal
   * @param password the password bytes (UTF-8); the caller zeroes them afterwards
   * @param timeReq requested lifetime
   * @param mech the public mechanism OID
   * @param credUsage the usage
   * @param out receives the element
   * @param timeRec receives the lifetime
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_NO_CRED}, ...
   */
  int acquireCredWithPassword(MinorStatus minor, MechName desiredName, byte[] password,
      int timeReq, Oid mech, int credUsage, Holder<MechCred> out, IntHolder timeRec);
}

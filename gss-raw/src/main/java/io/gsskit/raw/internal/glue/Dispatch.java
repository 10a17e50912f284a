package io.gsskit.raw.internal.glue;

import io.gsskit.raw.Oid;
import io.gsskit.raw.spi.Mechanism;

/**
 * Where a call for one mechanism OID goes: the mechanism instance to call (the interposer for an
 * interposed OID, the original for a concatenated OID), the public OID the mechanism is told and
 * the application sees, and the OID handles created through this route carry in their exported
 * tokens. Immutable; records compare by value (the mechanism by identity).
 *
 * @param name a diagnostic name, e.g. {@code krb5} or {@code gssproxy>krb5}
 * @param publicOid the mechanism OID passed to the mechanism and reported to the application
 * @param handleOid {@code publicOid}, or the concatenated interposer OID for the original route
 * @param mech the instance to call
 * @param mechId the registry's number for {@code mech}, used to map minor codes
 */
public record Dispatch(String name, Oid publicOid, Oid handleOid, Mechanism mech, int mechId) {

  /** @return true when this route is the original mechanism behind an interposer */
  public boolean viaConcatenatedOid() {
    return !publicOid.equals(handleOid);
  }

  @Override
  public String toString() {
    return name + " (" + handleOid + ")";
  }
}

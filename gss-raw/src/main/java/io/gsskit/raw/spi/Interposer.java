package io.gsskit.raw.spi;

import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;

/**
 * A provider whose mechanism intercepts calls for existing mechanisms (MIT interposer modules,
 * {@code gss_mech_interposer}; used by gssproxy). Calls that select an interposed mechanism go to
 * the mechanism this provider {@linkplain #create creates}, with the public mechanism OID.
 *
 * <p>To reach the original mechanism, the interposer calls {@link io.gsskit.raw.Gss} with the
 * concatenated OID {@code interposerOid.concat(mechOid)}: {@code initSecContext} with it as the
 * mechanism, {@code acceptSecContext} with a credential acquired for it, and the import calls with
 * tokens built by {@link GlueTokens} (which the interposer receives through {@link
 * Mechanism#importSecContextByMech}, {@link Mechanism#importNameByMech} and {@link
 * Mechanism#importCredByMech}). An exported name may also be re-imported with the plain mechanism
 * OID from inside the interposer's own {@code importNameByMech}; the mechglue then routes it to
 * the original.
 *
 * <p>An interposer cannot intercept itself or another interposer; if two interposers claim the
 * same mechanism, the one with the higher priority (then the first loaded) wins and the other is
 * reported.
 */
public interface Interposer extends MechanismProvider {

  /**
   * The mechanisms to intercept ({@code gss_mech_interposer}).
   *
   * @param interposerOid this interposer's OID as registered (from {@link #oids()} or the config
   *     file)
   * @return the OIDs of the mechanisms to intercept
   */
  OidSet interposedMechs(Oid interposerOid);
}

package io.gsskit.raw.spi;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import org.jspecify.annotations.Nullable;

/**
 * The NegoEx hooks of a mechanism (MIT {@code gssspi_query_meta_data}, {@code
 * gssspi_exchange_meta_data}, {@code gssspi_query_mechanism_info}, doc/plugindev/gssapi.rst;
 * MS-NEGOEX). A NegoEx mechanism also answers {@link io.gsskit.raw.ext.Inquiry#GSS_C_INQ_NEGOEX_KEY}
 * and {@link io.gsskit.raw.ext.Inquiry#GSS_C_INQ_NEGOEX_VERIFY_KEY} through {@link
 * Mechanism#inquireSecContextByOid}. These calls may create the context before {@link
 * Mechanism#initSecContext} or {@link Mechanism#acceptSecContext} runs.
 */
public interface NegoExSupport {

  /**
   * {@code gssspi_query_meta_data}: metadata to send to the peer.
   *
   * @param minor minor status out
   * @param mech the public mechanism OID
   * @param cred the credential element, or null
   * @param context in/out context; the mechanism may create it
   * @param targetName the target, or null on the acceptor
   * @param reqFlags the requested flags
   * @param metaData receives the metadata
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int queryMetaData(MinorStatus minor, Oid mech, @Nullable MechCred cred,
      Holder<MechContext> context, @Nullable MechName targetName, int reqFlags, Buffer metaData);

  /**
   * {@code gssspi_exchange_meta_data}: metadata received from the peer.
   *
   * @param minor minor status out
   * @param mech the public mechanism OID
   * @param cred the credential element, or null
   * @param context in/out context; the mechanism may create it
   * @param targetName the target, or null on the acceptor
   * @param reqFlags the requested flags
   * @param metaData the peer's metadata
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int exchangeMetaData(MinorStatus minor, Oid mech, @Nullable MechCred cred,
      Holder<MechContext> context, @Nullable MechName targetName, int reqFlags, byte[] metaData);

  /**
   * {@code gssspi_query_mechanism_info}: the mechanism's 16-byte NegoEx auth scheme GUID.
   *
   * @param minor minor status out
   * @param mech the public mechanism OID
   * @param authScheme receives exactly 16 bytes
   * @return {@code GSS_S_COMPLETE} or an error
   */
  int queryMechanismInfo(MinorStatus minor, Oid mech, Buffer authScheme);
}

package io.gsskit.raw.ext;

import io.gsskit.raw.Oid;

/**
 * OIDs answered by {@link io.gsskit.raw.Gss#inquireSecContextByOid}, with the values MIT krb5
 * defines (arc 1.2.840.113554.1.2.2.5). All members are static and immutable.
 */
public final class Inquiry {

  /** The session key (first buffer) and its enctype (second buffer), as SSPI returns it. */
  public static final Oid GSS_C_INQ_SSPI_SESSION_KEY = Oid.of("1.2.840.113554.1.2.2.5.5");
  /** The SASL security strength factor of the context (four bytes, big-endian). */
  public static final Oid GSS_C_SEC_CONTEXT_SASL_SSF = Oid.of("1.2.840.113554.1.2.2.5.15");
  /**
   * The NegoEx checksum key for outgoing checksums: key bytes in the first buffer, the enctype as
   * a four-byte little-endian integer in the second (doc/plugindev/gssapi.rst).
   */
  public static final Oid GSS_C_INQ_NEGOEX_KEY = Oid.of("1.2.840.113554.1.2.2.5.16");
  /** The NegoEx checksum key for incoming checksums, same layout as {@link #GSS_C_INQ_NEGOEX_KEY}. */
  public static final Oid GSS_C_INQ_NEGOEX_VERIFY_KEY = Oid.of("1.2.840.113554.1.2.2.5.17");

  private Inquiry() {}
}

package io.gsskit.raw.spi;

import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.token.ExportedNameToken;
import io.gsskit.raw.internal.token.GlueContextToken;
import io.gsskit.raw.internal.token.GlueCredToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the mechglue's import token formats (MIT doc/plugindev/gssapi.rst), byte for byte, for
 * an {@link Interposer} re-entering the original mechanism through {@link
 * io.gsskit.raw.Gss#importSecContext}, {@link io.gsskit.raw.Gss#importName} and {@link
 * io.gsskit.raw.Gss#importCred}. Stateless and thread-safe.
 */
public final class GlueTokens {

  private GlueTokens() {}

  /**
   * The {@code gss_import_sec_context} format: a four-byte big-endian OID length, the OID content
   * octets (normally the concatenated OID), then the mechanism token.
   *
   * @param mech the OID; not null
   * @param mechToken the mechanism's context token; not null
   * @return the token
   */
  public static byte[] secContext(Oid mech, byte[] mechToken) {
    return GlueContextToken.encode(mech, mechToken);
  }

  /**
   * The {@code gss_import_name} format (import with {@code GSS_C_NT_EXPORT_NAME}): {@code 04 01},
   * a two-byte big-endian length of the DER-encoded OID (tag and length included), the DER OID, a
   * four-byte big-endian token length, then the mechanism token; identical to an RFC 2743 §3.2
   * exported name.
   *
   * @param mech the OID; not null
   * @param mechToken the mechanism's name token; not null
   * @return the token
   */
  public static byte[] name(Oid mech, byte[] mechToken) {
    return ExportedNameToken.encode(false, mech, mechToken);
  }

  /**
   * The {@code gss_import_cred} format: for each element a four-byte big-endian OID length, the
   * OID content octets, a four-byte big-endian token length, then the mechanism token.
   *
   * @param elements OID to mechanism token, in order; not null, not empty
   * @return the token
   * @throws IllegalArgumentException when there are no elements
   */
  public static byte[] cred(Map<Oid, byte[]> elements) {
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("no credential elements");
    }
    List<GlueCredToken.Element> list = new ArrayList<>();
    elements.forEach((oid, tok) -> list.add(new GlueCredToken.Element(oid, tok)));
    return new GlueCredToken(list).encode();
  }
}

package io.gsskit.raw.internal.glue;

import io.gsskit.raw.Gss;
import io.gsskit.raw.Oid;
import org.jspecify.annotations.Nullable;

/**
 * The mechanism of an initial context token that lacks the RFC 2743 §3.1 framing, recognised by
 * its first bytes as MIT's mechglue does ({@code g_accept_sec_context.c}): a raw Kerberos AP-REQ
 * ({@code [APPLICATION 14]}, first byte {@code 0x6E}; DCE-style contexts send it unframed, RFC
 * 4120 §5.5.1) belongs to Kerberos v5, and a token starting with {@code "NTLMSSP\0"} to NTLM
 * (MS-NLMP §2.2; {@code 1.3.6.1.4.1.311.2.2.10}, served only if a module provides it).
 * Stateless; thread-safe.
 */
final class UnframedToken {

  /** Microsoft's NTLMSSP mechanism (MS-NLMP; MIT gssapi_ext's GSS_NTLMSSP_MECH). */
  static final Oid NTLMSSP = Oid.of("1.3.6.1.4.1.311.2.2.10");

  private static final byte AP_REQ = 0x6E;
  private static final byte[] NTLMSSP_SIGNATURE = {'N', 'T', 'L', 'M', 'S', 'S', 'P', 0};

  private UnframedToken() {}

  /**
   * @param token an initial token that is not framed; not null
   * @return its mechanism, or null when the first bytes do not tell
   */
  static @Nullable Oid mechOf(byte[] token) {
    if (token.length > 0 && token[0] == AP_REQ) {
      return Gss.GSS_MECH_KRB5;
    }
    if (token.length >= NTLMSSP_SIGNATURE.length && java.util.Arrays.equals(token, 0,
        NTLMSSP_SIGNATURE.length, NTLMSSP_SIGNATURE, 0, NTLMSSP_SIGNATURE.length)) {
      return NTLMSSP;
    }
    return null;
  }
}

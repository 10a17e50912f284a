/**
 * RFC 4121 §4.2 per-message tokens of the Kerberos V GSS mechanism: MIC tokens (TOK_ID 04 04),
 * Wrap tokens (05 04) with and without confidentiality, EC/RRC handling, 64-bit sequence numbers
 * and the RFC 2743 §1.2.3 replay/sequence window, wrap size limits, the RFC 4401/7802 PRF, and an
 * export/import encoding of the per-message state, and IOV/AEAD wrapping
 * ({@link io.gsskit.raw.internal.mech.krb5.token.Rfc4121Iov}: HEADER, DATA, SIGN_ONLY, PADDING,
 * TRAILER and STREAM buffers as MIT krb5 lays them out, DCE style included).
 *
 * <p>The entry point is {@link io.gsskit.raw.internal.mech.krb5.token.Rfc4121Protector}, one per
 * established security context; its methods return RFC 2744 major status codes and never throw
 * for bad input. Minor codes are in {@link io.gsskit.raw.internal.mech.krb5.token.Rfc4121Minor}.
 *
 * <p>Contexts whose key is arcfour-hmac use the legacy tokens of RFC 4757 §7 (RFC 1964 §1.2
 * layout: MIC 01 01, Wrap 02 01, HMAC-MD5 checksum, RC4 sealing, encrypted 32-bit sequence
 * numbers with direction bytes) through {@link
 * io.gsskit.raw.internal.mech.krb5.token.Rfc4757Protector}; {@link
 * io.gsskit.raw.internal.mech.krb5.token.TokenFormat} holds MIT krb5's rule for which format and
 * key a context uses, and {@link io.gsskit.raw.internal.mech.krb5.token.MessageProtector} is the
 * interface both engines implement; {@code Rfc4757Iov} gives RFC 4757 tokens MIT's IOV/AEAD
 * layout (PADDING, STREAM, DCE style). DES and 3DES legacy tokens are not implemented. Both
 * engines are configured through {@link io.gsskit.raw.internal.mech.krb5.token.ProtectorBuilder}
 * (the settings they share) and share the RFC 7802 §2 PRF ({@code KerberosPrf}) and the export
 * prefix and key layout ({@code ExportFields}).
 */
@org.jspecify.annotations.NullMarked
package io.gsskit.raw.internal.mech.krb5.token;

/**
 * RFC 4121 §4.2 per-message tokens of the Kerberos V GSS mechanism: MIC tokens (TOK_ID 04 04),
 * Wrap tokens (05 04) with and without confidentiality, EC/RRC handling, 64-bit sequence numbers
 * and the RFC 2743 §1.2.3 replay/sequence window, wrap size limits, the RFC 4401/7802 PRF, and an
 * export/import encoding of the per-message state. IOV/AEAD wrapping is not implemented yet.
 *
 * <p>The entry point is {@link io.gsskit.raw.internal.mech.krb5.token.Rfc4121Protector}, one per
 * established security context; its methods return RFC 2744 major status codes and never throw
 * for bad input. Minor codes are in {@link io.gsskit.raw.internal.mech.krb5.token.Rfc4121Minor}.
 * Legacy RFC 1964/4757 tokens are not implemented here.
 */
@org.jspecify.annotations.NullMarked
package io.gsskit.raw.internal.mech.krb5.token;

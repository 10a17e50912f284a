/**
 * Types and constants of the GSS-API extensions beyond RFC 2743/2744; the calls themselves are on
 * {@link io.gsskit.raw.Gss}.
 *
 * <ul>
 *   <li>{@link io.gsskit.raw.ext.Iov}, {@link io.gsskit.raw.ext.IovBuffer}: MIT/Heimdal IOV
 *       message protection ({@code gss_wrap_iov} and friends; DCE RPC, RFC 4121 §4.2);
 *   <li>{@link io.gsskit.raw.ext.Rfc5587}: mechanism attributes ({@code GSS_C_MA_*}, RFC 5587
 *       §3.4);
 *   <li>{@link io.gsskit.raw.ext.Rfc4401}: the pseudo-random function key selectors (RFC 4401
 *       §2);
 *   <li>{@link io.gsskit.raw.ext.CredStore}: the MIT credential-store keys used by {@code
 *       gss_acquire_cred_from} and {@code gss_store_cred_into} (RFC 5588 extended);
 *   <li>{@link io.gsskit.raw.ext.Inquiry}: OIDs for {@code gss_inquire_sec_context_by_oid} (MIT:
 *       SSPI session key, NegoEx keys, SASL SSF).
 *   <li>{@link io.gsskit.raw.ext.Krb5Inquiry}: MIT's Kerberos-specific context inquiries (ticket
 *       flags, authorization data, authtime) and decoders for their results.
 * </ul>
 */
@NullMarked
package io.gsskit.raw.ext;

import org.jspecify.annotations.NullMarked;

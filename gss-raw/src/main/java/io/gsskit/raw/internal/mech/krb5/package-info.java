/**
 * The Kerberos v5 GSS-API mechanism (RFC 4121 over RFC 4120; OIDs {@code 1.2.840.113554.1.2.2},
 * Microsoft's {@code 1.2.840.48018.1.2.2} and the pre-RFC {@code 1.3.5.1.5.2}), registered through
 * {@link io.gsskit.raw.spi.MechanismProvider} like any third-party module.
 *
 * <ul>
 *   <li>names: RFC 2743 §4.1 host-based services mapped to {@code service/host@REALM} through
 *       {@code [domain_realm]} / {@code default_realm}, RFC 1964 §2.1 principal names in MIT text
 *       form, exported names (RFC 2743 §3.2, the NAME field is the principal text), anonymous
 *       (RFC 8062 / RFC 6112 §3);
 *   <li>credentials: initiator credentials from MIT credential caches, a client keytab or a
 *       password (AS exchange through the KDC client), acceptor credentials from keytabs, MIT
 *       credential-store keys ({@code ccache}, {@code client_keytab}, {@code password},
 *       {@code keytab}, {@code rcache});
 *   <li>context establishment: RFC 4121 §4.1 AP-REQ with the 0x8003 authenticator checksum and
 *       RFC 4121 §4.1.1.2 channel-binding hash, AP-REP (mutual authentication), KRB-ERROR error
 *       tokens (TOK_ID {@code 03 00}), RFC 4120 §3.2.3 acceptor checks and the replay cache,
 *       service tickets from the ccache or a TGS exchange, delegation sent and received in KRB-CRED
 *       (RFC 4120 §3.6; RFC 5896 ok-as-delegate policy); DCE style ({@code GSS_C_DCE_STYLE},
 *       MS-KILE §3.4.5.1): raw AP-REQ and AP-REP legs and the initiator's third-leg
 *       AP-REP as MIT krb5 sends them ({@link io.gsskit.raw.internal.mech.krb5.Krb5DceReply});
 *   <li>per-message calls and PRF (RFC 4121 §4.2, RFC 4757 §7 for rc4-hmac contexts, RFC 4401 /
 *       RFC 7802) through one engine of the {@code token} sub-package per context;
 *       {@code gss_export_sec_context} / {@code gss_import_sec_context} with a versioned, bounded
 *       token; MIT's ticket-flag, authorization-data and authtime inquiries
 *       ({@link io.gsskit.raw.ext.Krb5Inquiry}).
 * </ul>
 *
 * <p>Not here: DES and 3DES (RFC 1964) contexts. Context establishment is single-threaded per context; per-message calls, mechanisms, names and
 * credentials are thread-safe.
 */
@NullMarked
package io.gsskit.raw.internal.mech.krb5;

import org.jspecify.annotations.NullMarked;

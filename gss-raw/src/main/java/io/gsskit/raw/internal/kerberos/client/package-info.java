/**
 * The Kerberos KDC client: the AS exchange (password with encrypted-timestamp pre-authentication,
 * keytab), the TGS exchange (service tickets, renewal, forwarded TGTs, realm referrals and
 * cross-realm paths), the checks every KDC reply must pass, and the credential-cache helpers the
 * GSS initiator calls ({@link io.gsskit.raw.internal.kerberos.client.CcacheTickets}).
 *
 * <p>Specifications: RFC 4120 §3.1 (AS exchange), §3.3 (TGS exchange), §5.2.7.2 (PA-ENC-TIMESTAMP),
 * §5.4 (KDC-REQ/KDC-REP), §5.5 (AP-REQ), §7.5.1 (key usages); RFC 4120 §3.1.5 and §3.3.4 (reply
 * checks: nonce, client and server names, flags, times); RFC 6806 §5 and §8 (client
 * canonicalization and server referrals); RFC 4120 §3.3.1 and MIT krb5.conf {@code [capaths]}
 * (cross-realm paths); CVE-2017-11103 "Orpheus' Lyre" (only the encrypted server name is trusted).
 * MIT krb5 1.20 behaviour is followed where the RFCs leave room (first AS-REQ without padata,
 * ETYPE-INFO2 over ETYPE-INFO over PW-SALT, either EncKDCRepPart tag accepted, error codes).
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.client;

import org.jspecify.annotations.NullMarked;

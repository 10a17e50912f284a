/**
 * The KDC transport: sends one request (opaque DER) to a realm's KDCs and returns the reply bytes.
 *
 * <p>Specifications and facts used: RFC 4120 §7.2.1 (UDP: one request per datagram) and §7.2.2
 * (TCP: each message preceded by a 4-byte big-endian length whose high bit is reserved), §7.2.3
 * and RFC 2782 (DNS SRV records {@code _kerberos._udp.REALM} and {@code _kerberos._tcp.REALM},
 * ordered by priority and weight), RFC 4120 §7.5.9 error code 52 KRB_ERR_RESPONSE_TOO_BIG (retry
 * over TCP), and MIT krb5's client behaviour: {@code udp_preference_limit} 1465 (larger requests
 * go over TCP first), {@code kdc =} values {@code host}, {@code host:port}, {@code [v6]:port},
 * optional {@code tcp/} or {@code udp/} prefix, default port 88, several passes over the KDC list
 * with UDP retransmission and a growing wait, and TCP connections kept waiting once started.
 *
 * <p>Nothing here decodes Kerberos messages beyond what {@link
 * io.gsskit.raw.internal.kerberos.kdc.ReplyClassifier#kerberos()} needs to recognise a reply (its
 * tag) and a KRB-ERROR's code (with the real {@code proto.KrbError} decoder); the AS/TGS
 * exchanges in {@code kerberos.client} build on top of it.
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.kdc;

import org.jspecify.annotations.NullMarked;

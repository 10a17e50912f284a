/**
 * Kerberos number registries: message types and application tags, name types, padata types,
 * authorization-data types, key usages, flag bit positions (ticket flags, KDC options, AP
 * options, PAC and S4U options), host address types, last-request types, protocol error codes
 * ({@link io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode}) and local error codes
 * ({@link io.gsskit.raw.internal.kerberos.iana.KerberosLocalError}).
 *
 * <p>Convention: each registry is a small final class of {@code int} constants with a
 * {@code name(int)} lookup (unknown numbers get a {@code registry(N)} name, never an error) and
 * {@code knownName(int)}; flag registries hold bit positions as the RFCs number them and
 * convert with {@link io.gsskit.raw.internal.kerberos.iana.FlagBits}. Wire types keep every
 * number as a raw {@code int}; these classes only name them. Enctype and checksum-type numbers
 * belong to {@code io.gsskit.raw.internal.kerberos.crypto}.
 *
 * <p>Sources: RFC 4120 §5-7 (§7.5), RFC 4121 §2, RFC 4556, RFC 6111, RFC 6112, RFC 6113,
 * RFC 6806, RFC 8070, RFC 8129, RFC 8636, IANA Kerberos registries, MS-KILE, MS-SFU, and MIT
 * krb5 1.20's error tables for message texts and com_err values.
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.iana;

import org.jspecify.annotations.NullMarked;

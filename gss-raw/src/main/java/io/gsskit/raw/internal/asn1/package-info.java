/**
 * One strict, bounded DER reader and writer shared by Kerberos, SPNEGO and NegoEx, and the OID
 * codec.
 *
 * <p>Specifications: ITU-T X.690 §8 (BER) restricted by §10-11 (DER): definite lengths only,
 * minimal length and integer encodings, DER BOOLEAN and BIT STRING rules, primitive strings;
 * §8.19 object identifiers; RFC 4120 §5.2 for the Kerberos profiles (KerberosString,
 * KerberosTime, KerberosFlags, UInt32).
 *
 * <ul>
 *   <li>{@link io.gsskit.raw.internal.asn1.DerReader}: a cursor that decodes; every malformed
 *       input raises {@link io.gsskit.raw.internal.asn1.DerException} and nothing else.
 *   <li>{@link io.gsskit.raw.internal.asn1.DerWriter}: a linear-time, deterministic encoder.
 *   <li>{@link io.gsskit.raw.internal.asn1.DerEncodable}: implemented by the wire types.
 * </ul>
 *
 * <p>Decisions: KerberosString is decoded as strict UTF-8 (invalid UTF-8 is an error, because
 * replacement characters could make different names compare equal); display-only text may be
 * read leniently. Kerberos UInt32 fields may be read leniently (negative values from old
 * senders, RFC 4120 §5.2.4). KerberosFlags are written as 32 bits like MIT and Windows; any
 * length up to a cap is read.
 *
 * <p>This package depends on nothing else in the project. Every length is checked against the
 * bytes that remain before anything is allocated.
 */
@NullMarked
package io.gsskit.raw.internal.asn1;

import org.jspecify.annotations.NullMarked;

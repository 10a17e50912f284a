/**
 * One strict, bounded DER reader and writer shared by Kerberos, SPNEGO and NegoEx, and the OID
 * codec.
 *
 * <p>Specifications: ITU-T X.690 §8 (BER) restricted by §10 (DER): definite lengths only, minimal
 * length and integer encodings; §8.19 object identifiers.
 *
 * <p>This package depends on nothing else in the project. Every length is checked against the
 * bytes that remain before anything is allocated.
 */
@NullMarked
package io.gsskit.raw.internal.asn1;

import org.jspecify.annotations.NullMarked;

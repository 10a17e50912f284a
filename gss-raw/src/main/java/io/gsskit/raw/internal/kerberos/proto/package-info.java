/**
 * The Kerberos V5 wire types of RFC 4120 §5 (and the extensions named on each type), immutable,
 * one per file, named after their ASN.1 type. Unknown numbers (enctypes, checksum types, padata
 * types, ad-types, name types) are kept as raw {@code int}s.
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.proto;

import org.jspecify.annotations.NullMarked;

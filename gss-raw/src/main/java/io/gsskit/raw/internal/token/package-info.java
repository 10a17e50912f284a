/**
 * Mechanism-independent token formats, each with a strict, bounded parser and an encoder.
 *
 * <ul>
 *   <li>RFC 2743 §3.1 InitialContextToken framing: {@code 60 len 06 len oid innerToken}
 *       ({@link io.gsskit.raw.internal.token.InitialContextToken});
 *   <li>RFC 2743 §3.2 exported names ({@code 04 01}) and RFC 6680 §8 composite exported names
 *       ({@code 04 02}) ({@link io.gsskit.raw.internal.token.ExportedNameToken});
 *   <li>the MIT mechglue formats that {@code gss_import_sec_context} and {@code gss_import_cred}
 *       read, used by interposers to re-enter the original mechanism through a concatenated OID
 *       ({@link io.gsskit.raw.internal.token.GlueContextToken},
 *       {@link io.gsskit.raw.internal.token.GlueCredToken}).
 * </ul>
 *
 * <p>Every parser checks each length against the bytes that remain before slicing or allocating,
 * rejects trailing bytes, and reports failure only through {@link
 * io.gsskit.raw.internal.token.TokenException}; callers map its {@link
 * io.gsskit.raw.internal.token.TokenException.Kind} to a major status.
 */
@NullMarked
package io.gsskit.raw.internal.token;

import org.jspecify.annotations.NullMarked;

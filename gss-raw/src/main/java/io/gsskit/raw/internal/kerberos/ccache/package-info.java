/**
 * Kerberos credential caches in MIT's formats and naming: {@code FILE:} caches (file format
 * versions 1–4 read, version 4 written by default), process-global {@code MEMORY:} caches and
 * {@code DIR:} collections, resolved from {@code KRB5CCNAME} / {@code default_ccache_name}.
 *
 * <p>Format: MIT krb5 documentation "Credential cache file format" (versions, header tag 1 = KDC
 * time offset, principal, credential, keyblock, address and authdata grammar, configuration
 * entries under the {@code X-CACHECONF:} realm). Tickets are kept as opaque DER bytes. Every
 * length and count is checked against the bytes that remain and against a per-field cap before
 * anything is allocated.
 *
 * <p>Files are replaced atomically (temporary file in the same directory, fsync, rename) under
 * {@code fcntl} locks (shared to read, exclusive to write, as MIT locks its caches), so neither a
 * crash nor a concurrent reader ever sees a torn cache; {@link
 * io.gsskit.raw.internal.kerberos.files.LockedFile} implements this for caches and keytabs.
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.ccache;

import org.jspecify.annotations.NullMarked;

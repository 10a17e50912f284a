/**
 * MIT keytab files ({@code FILE:}, {@code WRFILE:}) and process-global {@code MEMORY:} keytabs,
 * resolved from {@code KRB5_KTNAME} / {@code default_keytab_name} (acceptor) and
 * {@code KRB5_CLIENT_KTNAME} / {@code default_client_keytab_name} (client).
 *
 * <p>Format: MIT krb5 documentation "Keytab file format": version 0x0502 (big-endian) and 0x0501
 * (host byte order, realm counted as a component, no name type); signed 32-bit record lengths,
 * negative for zero-filled holes left by deleted entries; an entry may be shorter than its
 * record; the optional 32-bit kvno after the key (used when at least 4 bytes remain in the record
 * and it is not 0). Unknown enctypes are kept as raw numbers. Every length is checked against the
 * bytes that remain in the record before anything is allocated.
 *
 * <p>Changes rewrite the whole file atomically under an {@code fcntl} lock (see
 * {@link io.gsskit.raw.internal.kerberos.files.LockedFile}); MIT's {@code ktutil} and
 * {@code kadmin} edit in place under the same lock, so the two interoperate.
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.keytab;

import org.jspecify.annotations.NullMarked;

/**
 * The acceptor's replay cache: remembers the authenticators it has accepted for one clock-skew
 * window so that a captured AP-REQ cannot be used twice (RFC 4120 §3.2.3, §10).
 *
 * <p>Types, named as MIT krb5 names them: {@code file2} (a file shared with MIT krb5 1.18+ in
 * MIT's documented "Replay cache file format", version 2), {@code dfl} (file2 at MIT's default
 * location with the safety checks for a shared temporary directory), {@code none} (disabled) and
 * {@code memory} (process-local; a GSSKit extension). Names resolve from {@code KRB5RCACHENAME},
 * {@code KRB5RCACHETYPE} and {@code [libdefaults] default_rcache_name} as MIT does.
 *
 * <p>Every cache fails closed: when it cannot record an authenticator it throws
 * {@link io.gsskit.raw.internal.kerberos.rcache.ReplayCacheException} instead of answering "not a
 * replay" (DESIGN.md §9).
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.rcache;

import org.jspecify.annotations.NullMarked;

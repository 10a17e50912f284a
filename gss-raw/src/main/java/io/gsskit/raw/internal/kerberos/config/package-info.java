/**
 * Kerberos configuration: MIT profile files ({@code krb5.conf}) and the environment variables that
 * locate configuration, credential caches and keytabs.
 *
 * <ul>
 *   <li>{@link io.gsskit.raw.internal.kerberos.config.ProfileParser} reads MIT profile syntax
 *       (sections, relations, nested braces, the {@code *} final marker, quoted values,
 *       {@code include} and {@code includedir}) iteratively with caps on size, nesting and
 *       include depth; every error names the file and line.
 *   <li>{@link io.gsskit.raw.internal.kerberos.config.Krb5Config} merges the files listed in
 *       {@code KRB5_CONFIG} (earlier files take precedence, final sections stop the search) and
 *       offers typed accessors: durations, booleans, integers, enctype lists, KDC addresses and
 *       the {@code [domain_realm]} mapping.
 *   <li>{@link io.gsskit.raw.internal.kerberos.config.Environment} makes environment variables
 *       and the process identity injectable; {@link
 *       io.gsskit.raw.internal.kerberos.config.DefaultNames} resolves the default ccache, keytab
 *       and client keytab names with MIT's parameter expansion ({@code %{uid}} …).
 * </ul>
 *
 * <p>Sources: MIT krb5 documentation {@code krb5.conf(5)} (structure, relations, duration and
 * boolean formats, parameter expansion) and RFC 4120 §7.2.3 (KDC on port 88). No code is taken
 * from MIT, Heimdal, the JDK or Apache Kerby.
 */
@NullMarked
package io.gsskit.raw.internal.kerberos.config;

import org.jspecify.annotations.NullMarked;

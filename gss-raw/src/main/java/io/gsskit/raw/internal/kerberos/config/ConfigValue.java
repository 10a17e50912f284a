package io.gsskit.raw.internal.kerberos.config;

/**
 * A relation value with the place it was read from, so that typed accessors can report a bad
 * value with its file and line.
 *
 * @param text the value as written (quotes and escapes already resolved); not null
 * @param origin where it was read; not null
 */
public record ConfigValue(String text, ProfileOrigin origin) {}

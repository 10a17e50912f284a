package io.gsskit.raw.internal.glue;

import io.gsskit.raw.Oid;

/**
 * One line of a mechanism config file: {@code name oid class [options] [<interposer>]}.
 * Immutable.
 *
 * @param name the mechanism name
 * @param oid the mechanism (or interposer) OID
 * @param className the fully qualified {@link io.gsskit.raw.spi.MechanismProvider} class
 * @param options the text between brackets, empty when absent
 * @param interposer whether the line ends with {@code <interposer>}
 * @param source file and line, for diagnostics
 */
public record ConfigEntry(String name, Oid oid, String className, String options,
    boolean interposer, String source) {}

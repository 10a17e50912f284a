/**
 * GSSKit's high-level API, modelled on python-gssapi's {@code gssapi} package: names,
 * credentials and security contexts with a {@code step()} loop.
 *
 * <p>Specifications: RFC 2743 (GSS-API), RFC 2744 (C bindings, whose calls back every method
 * here through {@code io.gsskit.raw.Gss}).
 */
@NullMarked
package io.gsskit;

import org.jspecify.annotations.NullMarked;

/**
 * The raw GSS-API: static calls on {@code Gss} shaped after the C bindings of RFC 2744, returning
 * the major status as an {@code int} and filling a minor-status out-parameter.
 *
 * <p>Specifications: RFC 2743 (GSS-API v2 update 1), RFC 2744 (C bindings; §3.9.1 status codes).
 */
@NullMarked
package io.gsskit.raw;

import org.jspecify.annotations.NullMarked;

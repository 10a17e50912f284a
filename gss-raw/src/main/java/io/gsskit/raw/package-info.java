/**
 * The raw GSS-API: static calls on {@link io.gsskit.raw.Gss} shaped after the C bindings of RFC
 * 2744, returning the major status as an {@code int} and filling a {@link
 * io.gsskit.raw.MinorStatus} out-parameter.
 *
 * <ul>
 *   <li>{@link io.gsskit.raw.GssStatus}: every major status code and its RFC text (RFC 2744
 *       §3.9.1);
 *   <li>opaque, {@link java.lang.AutoCloseable} handles {@link io.gsskit.raw.NameHandle}, {@link
 *       io.gsskit.raw.CredHandle}, {@link io.gsskit.raw.ContextHandle}, each with a {@code Ref}
 *       holder for in/out use ({@code gss_name_t *} and friends);
 *   <li>out-parameter holders {@link io.gsskit.raw.Buffer}, {@link io.gsskit.raw.BufferSet},
 *       {@link io.gsskit.raw.IntHolder}, {@link io.gsskit.raw.BooleanHolder}, {@link
 *       io.gsskit.raw.StringHolder}, {@link io.gsskit.raw.OidHolder}, {@link
 *       io.gsskit.raw.OidSetHolder};
 *   <li>values {@link io.gsskit.raw.Oid}, {@link io.gsskit.raw.OidSet} and {@link
 *       io.gsskit.raw.ChannelBindings} (RFC 2744 §3.11).
 * </ul>
 *
 * <p>Specifications: RFC 2743 (GSS-API v2 update 1: §1.1.5 names, §2 calls, §3.1 token framing,
 * §3.2 exported names), RFC 2744 (C bindings: §3.9.1 status codes, §5 calls, Appendix A
 * constants), and for the extension calls RFC 4401, RFC 5587, RFC 5588, RFC 5801, RFC 6680 and MIT
 * krb5's {@code gssapi_ext.h}.
 */
@NullMarked
package io.gsskit.raw;

import org.jspecify.annotations.NullMarked;

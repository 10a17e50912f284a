/**
 * GSSKit's high-level API, modelled on python-gssapi's {@code gssapi} package. Today it holds the
 * enumerations and helpers python-gssapi re-exports: {@link io.gsskit.NameType},
 * {@link io.gsskit.MechType}, {@link io.gsskit.RequirementFlag}, {@link io.gsskit.Usage},
 * {@link io.gsskit.AddressType} and the library-wide encoding ({@link io.gsskit.GssKit}).
 * {@code Name}, {@code Credentials} and {@code SecurityContext} follow once the raw layer's calls
 * exist (see {@code gss-highlevel/PARITY.md}). Errors are in {@link io.gsskit.exceptions}.
 *
 * <p>Specifications: RFC 2743 (GSS-API, §4 name types), RFC 2744 (C bindings: flags, usages and
 * channel-binding address families), RFC 5896 ({@code GSS_C_DELEG_POLICY_FLAG}), RFC 6680
 * (composite export names).
 */
@NullMarked
package io.gsskit;

import org.jspecify.annotations.NullMarked;

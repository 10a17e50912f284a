/**
 * GSSKit's high-level API, modelled on python-gssapi's {@code gssapi} package: {@link
 * io.gsskit.Name}, {@link io.gsskit.Credentials} and {@link io.gsskit.SecurityContext} (with its
 * {@code step()} loop), their result value types ({@link io.gsskit.WrapResult}, {@link
 * io.gsskit.UnwrapResult}, {@link io.gsskit.VerifyResult}, {@link io.gsskit.AcquireResult},
 * {@link io.gsskit.InquireResult}, {@link io.gsskit.InquireByMechResult}, {@link
 * io.gsskit.StoreResult}), the enumerations python-gssapi re-exports ({@link
 * io.gsskit.NameType}, {@link io.gsskit.MechType}, {@link io.gsskit.RequirementFlag}, {@link
 * io.gsskit.Usage}, {@link io.gsskit.AddressType}) and the library-wide settings ({@link
 * io.gsskit.GssKit}). Everything is built only on the public raw API {@code io.gsskit.raw}:
 * {@code handle()} / {@code fromHandle()} connect the two layers. Errors are in {@link
 * io.gsskit.exceptions}; extension value types in {@link io.gsskit.ext}. python-gssapi parity,
 * member by member: {@code gss-highlevel/PARITY.md}.
 *
 * <p>Every raw status is turned into an exception in one place, so every method documents only
 * the typical subclasses of {@link io.gsskit.exceptions.GssException} it throws; misuse of the
 * API (null, wrong state) throws {@code NullPointerException}, {@code IllegalArgumentException}
 * or {@code IllegalStateException} before any raw call.
 *
 * <p>Specifications: RFC 2743 (GSS-API, §4 name types), RFC 2744 (C bindings: flags, usages and
 * channel-binding address families), RFC 5896 ({@code GSS_C_DELEG_POLICY_FLAG}), RFC 6680
 * (naming extensions, composite export names), RFC 5588 (storing credentials), RFC 2743 §2.2
 * (context establishment) and §2.3 (per-message calls).
 */
@NullMarked
package io.gsskit;

import org.jspecify.annotations.NullMarked;

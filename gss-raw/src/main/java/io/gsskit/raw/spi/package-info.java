/**
 * The mechanism service-provider interface: what a GSS-API mechanism module implements so the
 * mechglue can dispatch calls to it (MIT krb5 doc/plugindev/gssapi.rst).
 *
 * <ul>
 *   <li>{@link io.gsskit.raw.spi.MechanismProvider} is found by {@link java.util.ServiceLoader}
 *       or named in a mechanism config file, and creates a {@link io.gsskit.raw.spi.Mechanism};
 *   <li>{@link io.gsskit.raw.spi.Mechanism} has the RFC 2743/2744 calls with the raw signatures
 *       (mechanism-level handles {@link io.gsskit.raw.spi.MechName}, {@link
 *       io.gsskit.raw.spi.MechCred}, {@link io.gsskit.raw.spi.MechContext}); every method has a
 *       default returning {@code GSS_S_UNAVAILABLE};
 *   <li>optional features are capability interfaces a mechanism also implements: {@link
 *       io.gsskit.raw.spi.NamingExtensions} (RFC 6680), {@link io.gsskit.raw.spi.Impersonation}
 *       (S4U), {@link io.gsskit.raw.spi.CredStoreSupport} (RFC 5588 and MIT credential stores),
 *       {@link io.gsskit.raw.spi.PasswordSupport}, {@link io.gsskit.raw.spi.IovSupport}, {@link
 *       io.gsskit.raw.spi.AeadSupport}, {@link io.gsskit.raw.spi.PrfSupport} (RFC 4401), {@link
 *       io.gsskit.raw.spi.NegoExSupport} (MS-NEGOEX) and {@link
 *       io.gsskit.raw.spi.NegotiationSupport} (SPNEGO's {@code gss_set_neg_mechs});
 *   <li>{@link io.gsskit.raw.spi.Interposer} intercepts calls for existing mechanisms and reaches
 *       the original through the concatenated OID, with the token helpers in {@link
 *       io.gsskit.raw.spi.GlueTokens}.
 * </ul>
 *
 * <p>Contract for every method: the mechglue never passes a null holder (outputs the application
 * did not ask for go to scratch holders), passes only mechanism objects this mechanism created,
 * and reports the minor code the mechanism stored with {@link io.gsskit.raw.MinorStatus#set(int)}
 * after mapping it. A mechanism should not throw; if it does, the call returns {@code
 * GSS_S_FAILURE} and the registry is unaffected. Mechanisms that negotiate others (SPNEGO) must
 * reach them only through the public {@link io.gsskit.raw.Gss} calls.
 */
@NullMarked
package io.gsskit.raw.spi;

import org.jspecify.annotations.NullMarked;

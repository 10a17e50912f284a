/**
 * The mechglue: the mechanism registry (ServiceLoader plus MIT-format config files), dispatch of
 * every {@link io.gsskit.raw.Gss} call to the selected mechanism, union names / credentials /
 * contexts, interposers reached through concatenated OIDs, minor-status mapping and containment
 * of misbehaving mechanisms.
 *
 * <p>Modelled on the dispatch skeleton of MIT krb5 {@code src/lib/gssapi/mechglue} (validate,
 * select the mechanism, look it up, check the capability, convert union handles, call, map the
 * minor status) and on doc/plugindev/gssapi.rst (modules, interposers, NegoEx hooks). RFC 2743
 * §1.1.5 (mechanism names), §2 (calls), RFC 2744 §5 (C bindings, calling errors).
 *
 * <p>Thread safety: the registry is built once and immutable; union names and credentials are
 * safe to share; per-message calls take no lock.
 */
@NullMarked
package io.gsskit.raw.internal.glue;

import org.jspecify.annotations.NullMarked;

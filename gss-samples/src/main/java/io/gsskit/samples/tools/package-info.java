/**
 * GSSKit's {@code gss-server} and {@code gss-client}: command-line programs with the options,
 * wire protocol ({@link io.gsskit.samples.wire}) and output of MIT krb5's gss-sample programs,
 * built on the high-level API ({@code io.gsskit}). They interoperate with MIT's binaries in both
 * directions. RFC 2743 §2.2 (context establishment), §2.3 (per-message calls), RFC 4121 (the
 * Kerberos v5 mechanism).
 */
@NullMarked
package io.gsskit.samples.tools;

import org.jspecify.annotations.NullMarked;

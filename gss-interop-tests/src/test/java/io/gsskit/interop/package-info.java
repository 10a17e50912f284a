/**
 * Interop tests: GSSKit's {@code gss-server}/{@code gss-client} (run through
 * {@code gss-samples/bin}) against MIT krb5's programs and KDC, as real processes in temporary
 * directories (RFC 4121 on the wire, MIT's gss-sample protocol around it).
 */
@NullMarked
package io.gsskit.interop;

import org.jspecify.annotations.NullMarked;

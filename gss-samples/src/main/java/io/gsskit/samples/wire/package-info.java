/**
 * The wire protocol of MIT krb5's {@code gss-sample} programs ({@code gss-server},
 * {@code gss-client}): one flag byte, a four-byte big-endian length, then the payload.
 */
@NullMarked
package io.gsskit.samples.wire;

import org.jspecify.annotations.NullMarked;

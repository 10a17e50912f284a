/**
 * The one-command demo: an embedded KDC on 127.0.0.1, a server process and a client process
 * that authenticate with Kerberos v5 through GSSKit's raw API and exchange a wrapped message
 * and a MIC over MIT's gss-sample wire protocol.
 */
@NullMarked
package io.gsskit.samples.demo;

import org.jspecify.annotations.NullMarked;

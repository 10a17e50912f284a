/**
 * JMH suite, GSSKit side by side with the JDK's own JGSS (Kerberos v5, RFC 4121 tokens) in one
 * run and over the same realms on 127.0.0.1 (Kerby KDC for aes256-cts-hmac-sha1-96, MIT krb5 KDC
 * for aes256-cts-hmac-sha384-192): per-message throughput and latency ({@link
 * io.gsskit.bench.gss.MessageBench}, {@link io.gsskit.bench.gss.OneWayBench}), context
 * establishment ({@link io.gsskit.bench.gss.EstablishBench}) and a whole-process cold start
 * ({@link io.gsskit.bench.gss.ColdStart}). Run it with {@code gss-bench/run.sh}.
 */
package io.gsskit.bench.gss;

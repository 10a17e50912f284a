/**
 * JMH benchmarks of GSSKit's Kerberos crypto ({@code io.gsskit.raw.internal.kerberos.crypto},
 * reached on the class path) against Apache Kerby's kerb-crypto and against raw JCE
 * AES-CBC + HMAC on the same data. Run with {@code gss-bench/run-crypto.sh}.
 */
package io.gsskit.bench.crypto;

/**
 * GSSKit's testkit, the way to test your own GSS-API code: {@link
 * io.gsskit.testkit.GssTestKdc} (a JUnit 5 extension running an embedded Apache Kerby KDC on
 * 127.0.0.1, with principals, keytabs and credential-store maps in a temporary directory), {@link
 * io.gsskit.testkit.TokenExchange} (runs an initiator and an acceptor {@code SecurityContext} to
 * completion in memory, optionally through a {@link io.gsskit.testkit.TokenExchange.Wire} that
 * sees or changes every token), and seeded generators for plain JUnit 5 property tests: {@link
 * io.gsskit.testkit.Seeds} (one base seed per JVM from {@code -Dgsskit.seed}, one seed per case,
 * reported in display names), {@link io.gsskit.testkit.Gen} (messages of edge sizes, names, flag
 * sets, channel bindings) and {@link io.gsskit.testkit.Mutations} (byte change, bit flip,
 * truncation, splice).
 *
 * <p><b>Module.</b> The jar is the automatic module {@code io.gsskit.testkit} (manifest {@code
 * Automatic-Module-Name}), not an explicit module: Apache Kerby's jars split packages across
 * artifacts ({@code org.apache.kerby.kerberos.kerb.server} is in both kerb-server and
 * kerb-simplekdc, {@code org.apache.kerby.kerberos.kerb} in kerb-common, kerb-core and kerb-util,
 * checked on 2.1.x), which the module path rejects, so a {@code module-info} could not {@code requires} them. Run tests that use it on the
 * class path.
 *
 * <p>Specifications: RFC 4120 (the KDC), RFC 2743 §2.2 (context establishment), RFC 5929/5554
 * (channel bindings).
 */
@NullMarked
package io.gsskit.testkit;

import org.jspecify.annotations.NullMarked;

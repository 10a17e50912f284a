/**
 * GSSKit's raw GSS-API: RFC 2744-style calls returning major status codes, the mechanism SPI,
 * the mechglue and the built-in mechanisms.
 *
 * <p>Only {@code io.gsskit.raw}, {@code io.gsskit.raw.ext} and {@code io.gsskit.raw.spi} are
 * exported; everything under {@code io.gsskit.raw.internal} is an implementation detail.
 * Mechanisms are found through {@link io.gsskit.raw.spi.MechanismProvider} services and the
 * mechanism config file named by {@code io.gsskit.mech.config} / {@code GSS_MECH_CONFIG}.
 *
 * @uses io.gsskit.raw.spi.MechanismProvider
 */
module io.gsskit.raw {
  requires static transitive org.jspecify;
  requires org.bouncycastle.provider;
  requires java.naming;

  exports io.gsskit.raw;
  exports io.gsskit.raw.ext;
  exports io.gsskit.raw.spi;

  uses io.gsskit.raw.spi.MechanismProvider;

  provides io.gsskit.raw.spi.MechanismProvider with
      io.gsskit.raw.internal.mech.krb5.Krb5MechanismProvider;
}

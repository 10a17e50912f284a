/**
 * GSSKit's raw GSS-API: RFC 2744-style calls returning major status codes, the mechanism SPI,
 * the mechglue and the built-in mechanisms.
 *
 * <p>Only {@code io.gsskit.raw}, {@code io.gsskit.raw.ext} and {@code io.gsskit.raw.spi} are
 * exported; everything under {@code io.gsskit.raw.internal} is an implementation detail.
 */
module io.gsskit.raw {
  requires static org.jspecify;
  requires org.bouncycastle.provider;
  requires java.naming;

  exports io.gsskit.raw;
}

/**
 * GSSKit's high-level API, modelled on python-gssapi: {@code Name}, {@code Credentials},
 * {@code SecurityContext} and typed exceptions, built only on the public API of
 * {@code io.gsskit.raw}.
 *
 * <p>{@code io.gsskit} holds the API classes, enums and helpers; {@code io.gsskit.exceptions} the
 * exception hierarchy derived from GSS-API status codes. Immutables and JSpecify are compile-time
 * only ({@code requires static}).
 */
module io.gsskit {
  requires transitive io.gsskit.raw;
  // Compile-time only; consumers need neither jar to compile against or run this module. (Not
  // "static transitive": javac would then demand org.jspecify when compiling every consumer.)
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.gsskit;
  exports io.gsskit.exceptions;
  exports io.gsskit.ext;
}

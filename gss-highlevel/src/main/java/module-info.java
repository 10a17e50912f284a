/**
 * GSSKit's high-level API, modelled on python-gssapi: {@code Name}, {@code Credentials},
 * {@code SecurityContext} and typed exceptions, built only on the public API of
 * {@code io.gsskit.raw}.
 */
module io.gsskit {
  requires transitive io.gsskit.raw;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.gsskit;
}

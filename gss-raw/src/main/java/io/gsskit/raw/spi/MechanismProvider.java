package io.gsskit.raw.spi;

import io.gsskit.raw.Oid;
import java.util.List;

/**
 * Creates a {@link Mechanism}. Providers are found by {@link java.util.ServiceLoader} (module
 * {@code provides io.gsskit.raw.spi.MechanismProvider with ...} or {@code
 * META-INF/services/io.gsskit.raw.spi.MechanismProvider}) and in mechanism config files
 * ({@code name oid class [options]}, MIT {@code /etc/gss/mech} format) named by the {@code
 * io.gsskit.mech.config} system property or the {@code GSS_MECH_CONFIG} environment variable; a
 * class named in a config file needs a public no-argument constructor.
 *
 * <p>The registry asks each provider once, lazily, and keeps the created mechanism for the life of
 * the process. A provider that throws is skipped and reported. Implementations must be
 * thread-safe.
 */
public interface MechanismProvider {

  /**
   * A short name, e.g. {@code krb5}, used in diagnostics and minor-status messages.
   *
   * @return the name; not null, not empty
   */
  String name();

  /**
   * The mechanism OIDs this provider implements, preferred first (krb5: the RFC 1964 OID, then
   * the Microsoft and pre-RFC aliases). A config-file entry replaces the list with its own OID.
   * For an {@link Interposer}, the interposer's own OID.
   *
   * @return at least one OID
   */
  List<Oid> oids();

  /**
   * Preference among mechanisms: higher first in {@code gss_indicate_mechs} and for the default
   * mechanism (krb5 is the default whenever it is present). The default is 0.
   *
   * @return the priority
   */
  default int priority() {
    return 0;
  }

  /**
   * Creates the mechanism instance.
   *
   * @param options the text between brackets in a config-file entry, empty otherwise; not null
   * @return the mechanism; not null
   */
  Mechanism create(String options);
}

package io.gsskit.raw.internal.kerberos.keytab;

import io.gsskit.raw.internal.kerberos.config.DefaultNames;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Resolves keytab names as MIT's {@code krb5_kt_resolve} does: {@code FILE:path},
 * {@code WRFILE:path}, {@code MEMORY:name}, and a name without a type (or with a one-letter
 * prefix such as a drive letter) as a FILE path. {@code KDB:} and {@code ANY:} are recognised and
 * reported as unsupported.
 *
 * <p>Stateless and thread-safe.
 */
public final class Keytabs {

  private static final Set<String> UNSUPPORTED = Set.of("KDB", "ANY", "HDB");

  private Keytabs() {}

  /**
   * Resolves a keytab name.
   *
   * @param name the name; not null
   * @return the keytab (nothing is read or created)
   * @throws KeytabException {@link Kind#BAD_NAME} or {@link Kind#UNSUPPORTED}
   */
  public static Keytab resolve(String name) throws KeytabException {
    int colon = name.indexOf(':');
    if (colon <= 1) {
      return FileKeytab.of(path(name, name));
    }
    String type = name.substring(0, colon);
    String residual = name.substring(colon + 1);
    switch (type) {
      case "FILE":
      case "WRFILE":
        return FileKeytab.of(path(residual, name), type);
      case "MEMORY":
        if (residual.isEmpty()) {
          throw new KeytabException(Kind.BAD_NAME, "empty MEMORY keytab name");
        }
        return MemoryKeytab.named(residual);
      default:
        if (UNSUPPORTED.contains(type)) {
          throw new KeytabException(Kind.UNSUPPORTED, "keytab type " + type
              + " is not supported: " + name);
        }
        throw new KeytabException(Kind.BAD_NAME, "unknown keytab type '" + type + "': " + name);
    }
  }

  /**
   * The default (acceptor) keytab: {@code KRB5_KTNAME}, {@code default_keytab_name},
   * {@code FILE:/etc/krb5.keytab}.
   *
   * @param env the environment; not null
   * @param cfg the configuration; not null
   * @return the keytab
   * @throws KeytabException when the name is malformed
   * @throws Krb5ConfigException when the configured name cannot be expanded
   */
  public static Keytab resolveDefault(Environment env, Krb5Config cfg)
      throws KeytabException, Krb5ConfigException {
    return resolve(DefaultNames.keytabName(env, cfg));
  }

  /**
   * The default client keytab: {@code KRB5_CLIENT_KTNAME}, {@code default_client_keytab_name},
   * {@code FILE:/var/lib/krb5/user/%{euid}/client.keytab}.
   *
   * @param env the environment; not null
   * @param cfg the configuration; not null
   * @return the keytab
   * @throws KeytabException when the name is malformed
   * @throws Krb5ConfigException when the configured name cannot be expanded
   */
  public static Keytab resolveClientDefault(Environment env, Krb5Config cfg)
      throws KeytabException, Krb5ConfigException {
    return resolve(DefaultNames.clientKeytabName(env, cfg));
  }

  private static Path path(String residual, String name) throws KeytabException {
    if (residual.isEmpty()) {
      throw new KeytabException(Kind.BAD_NAME, "empty path in keytab name '" + name + "'");
    }
    try {
      return Path.of(residual);
    } catch (InvalidPathException e) {
      throw new KeytabException(Kind.BAD_NAME, "bad path in keytab name '" + name + "'", e);
    }
  }
}

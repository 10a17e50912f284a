package io.gsskit.raw.internal.kerberos.ccache;

import io.gsskit.raw.internal.kerberos.config.DefaultNames;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Resolves ccache names as MIT's {@code krb5_cc_resolve} does: {@code TYPE:residual}, where a
 * name without a type (or with a one-letter prefix such as a drive letter) is a FILE path.
 * Supported types: {@code FILE}, {@code MEMORY}, {@code DIR} ({@code DIR:dir} for the primary,
 * {@code DIR::dir/tktX} for a member). {@code KEYRING}, {@code KCM}, {@code API} and
 * {@code MSLSA} are recognised and reported as unsupported.
 *
 * <p>Stateless and thread-safe.
 */
public final class CredentialCaches {

  private static final Set<String> UNSUPPORTED = Set.of("KEYRING", "KCM", "API", "MSLSA");

  private CredentialCaches() {}

  /**
   * Resolves a name; new FILE and DIR caches are written in version 4.
   *
   * @param name the cache name; not null
   * @return the cache (nothing is read or created)
   * @throws CcacheException {@link Kind#BAD_NAME} or {@link Kind#UNSUPPORTED}
   */
  public static CredentialCache resolve(String name) throws CcacheException {
    return resolve(name, 4);
  }

  /**
   * Resolves a name.
   *
   * @param name the cache name; not null
   * @param newVersion the FILE format version for new caches (MIT {@code ccache_type}, 1–4)
   * @return the cache
   * @throws CcacheException {@link Kind#BAD_NAME} or {@link Kind#UNSUPPORTED}
   */
  public static CredentialCache resolve(String name, int newVersion) throws CcacheException {
    if (newVersion < 1 || newVersion > 4) {
      throw new CcacheException(Kind.BAD_NAME, "ccache_type must be 1-4: " + newVersion);
    }
    int colon = name.indexOf(':');
    if (colon <= 1) {
      return FileCcache.of(path(name, name), newVersion);
    }
    String type = name.substring(0, colon);
    String residual = name.substring(colon + 1);
    switch (type) {
      case "FILE":
        return new FileCcache(path(residual, name), name, "FILE", newVersion, null, null);
      case "MEMORY":
        if (residual.isEmpty()) {
          throw new CcacheException(Kind.BAD_NAME, "empty MEMORY ccache name");
        }
        return MemoryCcache.named(residual);
      case "DIR":
        if (residual.startsWith(":")) {
          Path member = path(residual.substring(1), name);
          Path fn = member.getFileName();
          Path dir = member.getParent();
          if (fn == null || dir == null) {
            throw new CcacheException(Kind.BAD_NAME, "bad DIR member name: " + name);
          }
          return DirCcacheCollection.of(dir, newVersion).member(fn.toString());
        }
        return DirCcacheCollection.of(path(residual, name), newVersion).primary();
      default:
        if (UNSUPPORTED.contains(type)) {
          throw new CcacheException(Kind.UNSUPPORTED,
              "ccache type " + type + " is not supported: " + name);
        }
        throw new CcacheException(Kind.BAD_NAME, "unknown ccache type '" + type + "': " + name);
    }
  }

  /**
   * The collection a {@code DIR:} name belongs to.
   *
   * @param name a {@code DIR:dir} or {@code DIR::dir/tktX} name; not null
   * @return the collection
   * @throws CcacheException {@link Kind#BAD_NAME} when it is not a DIR name
   */
  public static DirCcacheCollection collection(String name) throws CcacheException {
    if (!name.startsWith("DIR:")) {
      throw new CcacheException(Kind.BAD_NAME, "not a DIR ccache name: " + name);
    }
    String residual = name.substring(4);
    if (residual.startsWith(":")) {
      Path dir = path(residual.substring(1), name).getParent();
      if (dir == null) {
        throw new CcacheException(Kind.BAD_NAME, "bad DIR member name: " + name);
      }
      return DirCcacheCollection.of(dir);
    }
    return DirCcacheCollection.of(path(residual, name));
  }

  /**
   * Resolves the default cache: {@code KRB5CCNAME}, then {@code default_ccache_name}, then
   * {@code FILE:/tmp/krb5cc_%{uid}}; new caches use {@code ccache_type}.
   *
   * @param env the environment; not null
   * @param cfg the configuration; not null
   * @return the cache
   * @throws CcacheException when the name cannot be resolved
   * @throws Krb5ConfigException when the configured name or {@code ccache_type} is malformed
   */
  public static CredentialCache resolveDefault(Environment env, Krb5Config cfg)
      throws CcacheException, Krb5ConfigException {
    return resolve(DefaultNames.ccacheName(env, cfg), cfg.libDefaults().ccacheType());
  }

  private static Path path(String residual, String name) throws CcacheException {
    if (residual.isEmpty()) {
      throw new CcacheException(Kind.BAD_NAME, "empty path in ccache name '" + name + "'");
    }
    try {
      return Path.of(residual);
    } catch (InvalidPathException e) {
      throw new CcacheException(Kind.BAD_NAME, "bad path in ccache name '" + name + "'", e);
    }
  }
}

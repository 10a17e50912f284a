package io.gsskit.raw.internal.kerberos.rcache;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns replay cache names into caches, the way MIT krb5 1.18+ does ({@code k5_rc_default},
 * {@code k5_rc_resolve}):
 *
 * <ol>
 *   <li>{@code KRB5RCACHENAME} set: resolve it as a full name {@code type:residual};
 *   <li>else {@code KRB5RCACHETYPE} set: resolve {@code TYPE:} (empty residual; mainly {@code
 *       none});
 *   <li>else {@code [libdefaults] default_rcache_name}, when the caller passes it (already
 *       path-token expanded);
 *   <li>else {@code dfl:}.
 * </ol>
 *
 * <p>Types: {@code dfl} (residual ignored) is file2 at {@code $KRB5RCACHEDIR}, else {@code
 * $TMPDIR}, else {@code /var/tmp}, named {@code krb5_EUID.rcache2}, opened without following
 * links and only if owned by the effective uid; {@code file2:PATH}; {@code none:} (disabled);
 * {@code memory:NAME} (GSSKit extension: process-local, one cache per name <em>per resolver</em>,
 * so keep one resolver for the process). Type names are case-sensitive, as in MIT.
 *
 * <p>Thread-safe. The environment is injected (a copy is kept) so tests need not touch the real
 * one.
 */
public final class ReplayCacheResolver {

  /** Full cache name, e.g. {@code file2:/var/tmp/app.rcache2}. */
  public static final String ENV_RCACHE_NAME = "KRB5RCACHENAME";
  /** Cache type with an empty residual, e.g. {@code none}. */
  public static final String ENV_RCACHE_TYPE = "KRB5RCACHETYPE";
  /** Directory of the {@code dfl} cache. */
  public static final String ENV_RCACHE_DIR = "KRB5RCACHEDIR";
  /** Fallback directory of the {@code dfl} cache. */
  public static final String ENV_TMPDIR = "TMPDIR";
  /** MIT's compiled-in {@code RCTMPDIR} on Unix-like systems. */
  public static final String DEFAULT_RCACHE_DIR = "/var/tmp";

  private final Map<String, String> env;
  private final Clock clock;
  private final Duration skew;
  private final OptionalLong euid;
  private final ConcurrentHashMap<String, MemoryReplayCache> memoryCaches =
      new ConcurrentHashMap<>();

  /**
   * Creates a resolver.
   *
   * @param env the environment to read ({@code System.getenv()} in production); copied
   * @param clock the time source for the caches
   * @param skew the clock-skew window ({@code [libdefaults] clockskew}, default 300 s)
   * @param euid the effective uid for the {@code dfl} file name and owner check; empty where
   *     unknown (then the name is {@code krb5.rcache2} and the owner is not checked)
   * @throws IllegalArgumentException when skew is negative
   */
  public ReplayCacheResolver(
      Map<String, String> env, Clock clock, Duration skew, OptionalLong euid) {
    this.env = Map.copyOf(env);
    this.clock = Objects.requireNonNull(clock, "clock");
    ReplayTimes.skewSeconds(skew);
    this.skew = skew;
    this.euid = Objects.requireNonNull(euid, "euid");
  }

  /**
   * A resolver over the real environment, the system clock, a 300 s skew and the process's
   * effective uid.
   *
   * @return the resolver
   */
  public static ReplayCacheResolver system() {
    return new ReplayCacheResolver(
        System.getenv(), Clock.systemUTC(), ReplayTimes.DEFAULT_SKEW, EffectiveUid.current());
  }

  /**
   * Resolves the default cache (see the class comment for the order).
   *
   * @param configuredName {@code [libdefaults] default_rcache_name} with path tokens expanded, or
   *     null when not configured
   * @return the cache
   * @throws ReplayCacheException when the name is malformed or its type unknown
   */
  public ReplayCache resolveDefault(@Nullable String configuredName) throws ReplayCacheException {
    String name = env.get(ENV_RCACHE_NAME);
    if (name != null) {
      return resolve(name);
    }
    String type = env.get(ENV_RCACHE_TYPE);
    if (type != null) {
      return resolve(type + ":");
    }
    if (configuredName != null) {
      return resolve(configuredName);
    }
    return resolve("dfl:");
  }

  /**
   * Resolves a full cache name {@code type:residual}.
   *
   * @param name the name
   * @return the cache; no file is touched until its first check
   * @throws ReplayCacheException {@link ReplayCacheException.Reason#INVALID_NAME} without a colon
   *     or with an unusable residual, {@link ReplayCacheException.Reason#UNKNOWN_TYPE} for an
   *     unknown type
   */
  public ReplayCache resolve(String name) throws ReplayCacheException {
    int colon = name.indexOf(':');
    if (colon < 0) {
      throw new ReplayCacheException(
          ReplayCacheException.Reason.INVALID_NAME,
          "replay cache name '" + name + "' has no type prefix (type:residual)");
    }
    String type = name.substring(0, colon);
    String residual = name.substring(colon + 1);
    switch (type) {
      case "none":
        return NoneReplayCache.INSTANCE;
      case "dfl":
        return File2ReplayCache.dfl(defaultFile(), euid, clock, skew);
      case "file2":
        if (residual.isEmpty()) {
          throw new ReplayCacheException(
              ReplayCacheException.Reason.INVALID_NAME, "file2 replay cache name has no path");
        }
        return File2ReplayCache.file2(toPath(residual), clock, skew, File2ReplayCache.MAX_FILE_SIZE);
      case "memory":
        return memoryCaches.computeIfAbsent(
            residual,
            r -> new MemoryReplayCache(r, clock, skew, MemoryReplayCache.DEFAULT_MAX_ENTRIES));
      default:
        throw new ReplayCacheException(
            ReplayCacheException.Reason.UNKNOWN_TYPE,
            "unknown replay cache type '" + type + "' (dfl, file2, none, memory)");
    }
  }

  /**
   * The {@code dfl} cache file: {@code $KRB5RCACHEDIR}, else {@code $TMPDIR}, else {@code
   * /var/tmp}, then {@code krb5_EUID.rcache2}.
   *
   * @return the path
   * @throws ReplayCacheException when the directory is not a valid path
   */
  public Path defaultFile() throws ReplayCacheException {
    String dir = env.get(ENV_RCACHE_DIR);
    if (dir == null) {
      dir = env.get(ENV_TMPDIR);
    }
    if (dir == null) {
      dir = DEFAULT_RCACHE_DIR;
    }
    String file =
        euid.isPresent() ? "krb5_" + euid.getAsLong() + ".rcache2" : "krb5.rcache2";
    return toPath(dir).resolve(file);
  }

  private static Path toPath(String s) throws ReplayCacheException {
    try {
      return Path.of(s);
    } catch (InvalidPathException e) {
      throw new ReplayCacheException(
          ReplayCacheException.Reason.INVALID_NAME, "invalid replay cache path '" + s + "'", e);
    }
  }
}

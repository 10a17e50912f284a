package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigSource;
import io.gsskit.raw.internal.kerberos.rcache.ReplayCacheResolver;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the krb5 mechanism gets its environment: environment variables ({@code KRB5_CONFIG},
 * {@code KRB5CCNAME}, {@code KRB5_KTNAME}, {@code KRB5RCACHETYPE} …), the clock, randomness and
 * the krb5.conf profile. Production uses {@link #system()}; tests inject their own so they never
 * read the real {@code /etc/krb5.conf} or process environment.
 *
 * <p>Unless fixed, the profile is parsed once and re-parsed only when one of its files changed
 * ({@link Krb5ConfigSource}: one {@code stat} per file and call, so a changed krb5.conf is seen
 * on the next call, as MIT re-reads it per library context). {@link #withConfig(String)} gives
 * the settings of a credential that names its own krb5.conf files (the GSSKit credential-store
 * key {@code krb5_config}); they share this environment, clock, random source and replay-cache
 * resolvers. Replay-cache resolvers are kept per clock-skew value so that a {@code memory:} cache
 * is shared by all acceptor credentials of this mechanism. Thread-safe.
 */
public final class Krb5Settings {

  /** Most distinct profile lists whose parsed profiles are kept. */
  private static final int MAX_SOURCES = 32;

  private final Environment env;
  private final Clock clock;
  private final SecureRandom random;
  private final @Nullable Krb5Config fixedConfig;
  /** The credential's own profile list ({@link #withConfig}), or null for the environment's. */
  private final @Nullable Krb5ConfigSource ownSource;
  /** The settings this one was derived from, or null for a root. */
  private final @Nullable Krb5Settings root;
  private final Map<Duration, ReplayCacheResolver> resolvers = new HashMap<>();
  /** Parsed profiles per list ({@code KRB5_CONFIG} values and {@code krb5_config} keys); LRU. */
  private final Map<String, Krb5Settings> derived = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Krb5Settings> e) {
      return size() > MAX_SOURCES;
    }
  };

  /**
   * Creates settings.
   *
   * @param env the environment; not null
   * @param clock the clock for ticket times and authenticators; not null
   * @param random the source of keys, confounders and sequence numbers; not null
   * @param fixedConfig a profile to use instead of loading one through {@code env}, or null
   */
  public Krb5Settings(Environment env, Clock clock, SecureRandom random,
      @Nullable Krb5Config fixedConfig) {
    this.env = Objects.requireNonNull(env, "env");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.fixedConfig = fixedConfig;
    this.ownSource = null;
    this.root = null;
  }

  private Krb5Settings(Krb5Settings root, Krb5ConfigSource source) {
    this.env = root.env;
    this.clock = root.clock;
    this.random = root.random;
    this.fixedConfig = null;
    this.ownSource = source;
    this.root = root;
  }

  /** @return settings over the process environment, the system clock and a new SecureRandom */
  public static Krb5Settings system() {
    return new Krb5Settings(Environment.system(), Clock.systemUTC(), new SecureRandom(), null);
  }

  /** @return the environment */
  public Environment env() {
    return env;
  }

  /** @return the clock */
  public Clock clock() {
    return clock;
  }

  /** @return the random source */
  public SecureRandom random() {
    return random;
  }

  /**
   * @return the profile: the fixed one, or loaded through {@code KRB5_CONFIG} (MIT's default
   *     path when unset)
   * @throws Krb5ConfigException when a profile file is malformed or unreadable
   */
  public Krb5Config config() throws Krb5ConfigException {
    if (ownSource != null) {
      return ownSource.current();
    }
    if (fixedConfig != null) {
      return fixedConfig;
    }
    return sourceFor(env.get("KRB5_CONFIG").orElse(Krb5Config.DEFAULT_PROFILE_PATH)).current();
  }

  /**
   * The settings of a credential with its own profile: this environment, clock, random source
   * and replay-cache resolvers, but the profile read from {@code list} (and re-read when those
   * files change) instead of {@code KRB5_CONFIG} or the fixed profile. Settings for the same list
   * are shared, so its files are parsed once.
   *
   * @param list colon-separated krb5.conf files or directories, as {@code KRB5_CONFIG}; not null
   * @return the derived settings; nothing is read yet
   */
  public Krb5Settings withConfig(String list) {
    Objects.requireNonNull(list, "list");
    Krb5Settings base = root != null ? root : this;
    synchronized (base.derived) {
      return base.derived.computeIfAbsent(list,
          l -> new Krb5Settings(base, Krb5ConfigSource.of(l)));
    }
  }

  /** @return whether these settings carry a credential's own profile ({@link #withConfig}) */
  public boolean hasOwnConfig() {
    return ownSource != null;
  }

  private Krb5ConfigSource sourceFor(String list) {
    Krb5Settings s = withConfig(list);
    Krb5ConfigSource src = s.ownSource;
    return Objects.requireNonNull(src, "derived settings have a source");
  }

  /**
   * A replay-cache resolver over this environment and clock.
   *
   * @param skew the clock-skew window
   * @return the resolver, shared per skew value
   */
  public ReplayCacheResolver rcacheResolver(Duration skew) {
    return (root != null ? root : this).rootResolver(skew);
  }

  private synchronized ReplayCacheResolver rootResolver(Duration skew) {
    return resolvers.computeIfAbsent(skew, s -> {
      Map<String, String> vars = new HashMap<>();
      for (String n : new String[] {ReplayCacheResolver.ENV_RCACHE_NAME,
          ReplayCacheResolver.ENV_RCACHE_TYPE, ReplayCacheResolver.ENV_RCACHE_DIR,
          ReplayCacheResolver.ENV_TMPDIR}) {
        env.get(n).ifPresent(v -> vars.put(n, v));
      }
      return new ReplayCacheResolver(vars, clock, s, env.euid());
    });
  }

  @Override
  public String toString() {
    return "Krb5Settings[" + env + ", " + clock
        + (ownSource != null ? ", " + ownSource.list() : "") + "]";
  }
}

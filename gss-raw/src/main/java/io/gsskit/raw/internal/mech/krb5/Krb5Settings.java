package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.rcache.ReplayCacheResolver;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the krb5 mechanism gets its environment: environment variables ({@code KRB5_CONFIG},
 * {@code KRB5CCNAME}, {@code KRB5_KTNAME}, {@code KRB5RCACHETYPE} …), the clock, randomness and
 * the krb5.conf profile. Production uses {@link #system()}; tests inject their own so they never
 * read the real {@code /etc/krb5.conf} or process environment.
 *
 * <p>The profile is loaded on every use unless fixed (MIT also reads it per library context);
 * replay-cache resolvers are kept per clock-skew value so that a {@code memory:} cache is shared
 * by all acceptor credentials of this mechanism. Thread-safe.
 */
public final class Krb5Settings {

  private final Environment env;
  private final Clock clock;
  private final SecureRandom random;
  private final @Nullable Krb5Config fixedConfig;
  private final Map<Duration, ReplayCacheResolver> resolvers = new HashMap<>();

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
    return fixedConfig != null ? fixedConfig : Krb5Config.load(env);
  }

  /**
   * A replay-cache resolver over this environment and clock.
   *
   * @param skew the clock-skew window
   * @return the resolver, shared per skew value
   */
  public synchronized ReplayCacheResolver rcacheResolver(Duration skew) {
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
    return "Krb5Settings[" + env + ", " + clock + "]";
  }
}

package io.gsskit.raw.internal.kerberos.config;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The process environment as Kerberos sees it: environment variables ({@code KRB5_CONFIG},
 * {@code KRB5CCNAME}, {@code KRB5_KTNAME}, {@code KRB5_CLIENT_KTNAME}, {@code TMPDIR} …) and the
 * identity used by MIT's parameter expansion ({@code %{uid}}, {@code %{euid}},
 * {@code %{username}}).
 *
 * <p>Injectable so that tests and embedding applications need not change real environment
 * variables. Implementations must be thread-safe; both provided ones are immutable.
 */
public interface Environment {

  /**
   * Looks up an environment variable.
   *
   * @param name the variable name; not null
   * @return its value, or empty when unset
   */
  Optional<String> get(String name);

  /** @return the real user id, or empty when the platform does not expose it */
  OptionalLong uid();

  /** @return the effective user id, or empty when the platform does not expose it */
  OptionalLong euid();

  /** @return the user name of the effective user, or empty when unknown */
  Optional<String> userName();

  /**
   * An environment made of given values.
   *
   * @param variables the environment variables; copied; not null
   * @param uid the real user id
   * @param euid the effective user id
   * @param userName the user name; not null
   * @return an immutable environment
   */
  static Environment of(Map<String, String> variables, long uid, long euid, String userName) {
    Map<String, String> vars = Map.copyOf(variables);
    return new Environment() {
      @Override
      public Optional<String> get(String name) {
        return Optional.ofNullable(vars.get(name));
      }

      @Override
      public OptionalLong uid() {
        return OptionalLong.of(uid);
      }

      @Override
      public OptionalLong euid() {
        return OptionalLong.of(euid);
      }

      @Override
      public Optional<String> userName() {
        return Optional.of(userName);
      }

      @Override
      public String toString() {
        return "Environment" + vars.keySet() + " uid=" + uid + " euid=" + euid;
      }
    };
  }

  /**
   * The real process environment: {@link System#getenv()}, the user ids from
   * {@code /proc/self/status} (Linux; empty elsewhere) and the {@code user.name} property.
   *
   * @return the system environment
   */
  static Environment system() {
    return SystemEnvironment.INSTANCE;
  }
}

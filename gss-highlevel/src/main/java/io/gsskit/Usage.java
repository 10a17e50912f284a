package io.gsskit;

import java.util.Objects;
import java.util.Optional;

/**
 * What credentials or a security context may be used for (RFC 2744 {@code gss_cred_usage_t},
 * §5.2 {@code gss_acquire_cred}).
 *
 * <p>python-gssapi counterpart: the strings {@code 'initiate'}, {@code 'accept'} and
 * {@code 'both'} that its {@code usage} parameters and properties take; see
 * {@link #pythonName()} and {@link #fromPythonName(String)}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Usage {
  /** {@code GSS_C_INITIATE} (1): start security contexts only; python {@code 'initiate'}. */
  INITIATE(1, "initiate"),
  /** {@code GSS_C_ACCEPT} (2): accept security contexts only; python {@code 'accept'}. */
  ACCEPT(2, "accept"),
  /** {@code GSS_C_BOTH} (0): start and accept security contexts; python {@code 'both'}. */
  BOTH(0, "both");

  private final int code;
  private final String pythonName;

  Usage(int code, String pythonName) {
    this.code = code;
    this.pythonName = pythonName;
  }

  /**
   * The RFC 2744 value ({@code GSS_C_BOTH} 0, {@code GSS_C_INITIATE} 1, {@code GSS_C_ACCEPT} 2).
   *
   * @return the C value
   */
  public int code() {
    return code;
  }

  /**
   * The string python-gssapi uses for this usage.
   *
   * @return {@code "initiate"}, {@code "accept"} or {@code "both"}
   */
  public String pythonName() {
    return pythonName;
  }

  /**
   * Looks up a usage by its RFC 2744 value.
   *
   * @param code the C value
   * @return the usage, or empty when {@code code} is not 0, 1 or 2
   */
  public static Optional<Usage> fromCode(int code) {
    for (Usage u : values()) {
      if (u.code == code) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /**
   * Looks up a usage by python-gssapi's string, case-sensitively as python compares it.
   *
   * @param name {@code "initiate"}, {@code "accept"} or {@code "both"}; not null
   * @return the usage, or empty for any other string
   */
  public static Optional<Usage> fromPythonName(String name) {
    Objects.requireNonNull(name, "name");
    for (Usage u : values()) {
      if (u.pythonName.equals(name)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }
}

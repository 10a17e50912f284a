package io.gsskit.raw.internal.kerberos.config;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A problem in Kerberos configuration: a profile syntax error, a bad typed value, an include
 * loop, an unsupported parameter in a name. The message always says what is wrong and, when the
 * problem comes from a file, the file and line ({@code file:line: problem}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Krb5ConfigException extends Exception {

  private static final long serialVersionUID = 1L;

  private final @Nullable String file;
  private final int line;
  private final String problem;

  /**
   * Creates an exception for a problem at a place in a file.
   *
   * @param file the file name as given to the parser; not null
   * @param line the 1-based line number, or 0 when the problem concerns the whole file
   * @param problem what is wrong; not null
   */
  public Krb5ConfigException(String file, int line, String problem) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /**
   * Creates an exception for a problem at the place a value was read from.
   *
   * @param origin where the offending value was read; not null
   * @param problem what is wrong; not null
   */
  public Krb5ConfigException(ProfileOrigin origin, String problem) {
    this(origin.file(), origin.line(), problem);
  }

  /**
   * Creates an exception for a problem that has no place in a file (a bad environment value).
   *
   * @param problem what is wrong; not null
   */
  public Krb5ConfigException(String problem) {
    super(problem);
    this.file = null;
    this.line = 0;
    this.problem = problem;
  }

  /** @return the file the problem was found in, if any */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  /** @return the 1-based line number, or 0 when unknown or not applicable */
  public int line() {
    return line;
  }

  /** @return the problem without file and line */
  public String problem() {
    return problem;
  }
}

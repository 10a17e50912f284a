package io.gsskit.raw.internal.kerberos.rcache;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one checked exception of the replay cache: the cache could not be resolved, opened, read or
 * written, so no statement about replays can be made. Callers must treat it as a failure (fail
 * closed), never as "not a replay".
 */
public final class ReplayCacheException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the cache failed. */
  public enum Reason {
    /** The cache name has no {@code type:} prefix or an empty residual where one is needed. */
    INVALID_NAME,
    /** The cache type is not one of {@code dfl}, {@code file2}, {@code none}, {@code memory}. */
    UNKNOWN_TYPE,
    /** The tag is empty, or the ciphertext is shorter than its checksum. */
    INVALID_TAG,
    /** The file is a symbolic link, not a regular file, or owned by another user. */
    UNSAFE_FILE,
    /** The file could not be opened, locked, read or written. */
    IO_ERROR,
    /** The cache has reached its size limit and every candidate slot holds a live entry. */
    FULL
  }

  /** Why the cache failed. */
  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the cache failed
   * @param message the facts (file name, operation), never secret material
   * @param cause the underlying I/O error, or null
   */
  public ReplayCacheException(Reason reason, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates the exception without a cause.
   *
   * @param reason why the cache failed
   * @param message the facts
   */
  public ReplayCacheException(Reason reason, String message) {
    this(reason, message, null);
  }

  /** @return why the cache failed */
  public Reason reason() {
    return reason;
  }
}

package io.gsskit.raw.internal.kerberos.kdc;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one checked exception of the KDC transport, with the facts of every failed attempt.
 *
 * <p>Maps to Kerberos minor codes: {@link Reason#REALM_CANT_RESOLVE} to KRB5_REALM_CANT_RESOLVE,
 * {@link Reason#KDC_UNREACHABLE} to KRB5_KDC_UNREACH; {@link Reason#INVALID_ENDPOINT} is a
 * configuration error.
 */
public final class KdcException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Reason {
    /** A configured KDC cannot be used by this transport (only MS-KKDCP URLs are configured). */
    INVALID_ENDPOINT,
    /** No KDC is configured for the realm and DNS SRV found none (or DNS failed). */
    REALM_CANT_RESOLVE,
    /** KDCs were found but none gave a usable reply in time. */
    KDC_UNREACHABLE,
    /** The calling thread was interrupted; its interrupt flag is set again. */
    INTERRUPTED
  }

  /** What went wrong. */
  private final Reason reason;
  /** The realm, or null. */
  private final @Nullable String realm;
  /** The failed attempts (not serialized: empty after deserialization). */
  private final transient @Nullable List<KdcAttemptFailure> failures;

  /**
   * Creates the exception.
   *
   * @param reason what went wrong
   * @param realm the realm, or null when not known
   * @param message the facts
   */
  public KdcException(Reason reason, @Nullable String realm, String message) {
    this(reason, realm, message, List.of(), null);
  }

  /**
   * Creates the exception with the per-attempt failures; their causes are attached as suppressed
   * exceptions.
   *
   * @param reason what went wrong
   * @param realm the realm, or null
   * @param message the facts
   * @param failures the failed attempts in the order they were made; copied
   * @param cause the cause, or null
   */
  public KdcException(
      Reason reason,
      @Nullable String realm,
      String message,
      List<KdcAttemptFailure> failures,
      @Nullable Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.realm = realm;
    List<KdcAttemptFailure> copy = List.copyOf(failures);
    this.failures = copy;
    for (KdcAttemptFailure f : copy) {
      Throwable c = f.cause();
      if (c != null && c != cause) {
        addSuppressed(c);
      }
    }
  }

  /** @return what went wrong */
  public Reason reason() {
    return reason;
  }

  /** @return the realm, or null */
  public @Nullable String realm() {
    return realm;
  }

  /** @return the failed attempts, in order; unmodifiable */
  public List<KdcAttemptFailure> failures() {
    List<KdcAttemptFailure> f = failures;
    return f != null ? f : List.of();
  }
}

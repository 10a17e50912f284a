package io.gsskit.exceptions;

import io.gsskit.raw.GssStatus.CallingError;
import io.gsskit.raw.GssStatus.RoutineError;
import io.gsskit.raw.GssStatus.SupplementaryInfo;
import io.gsskit.raw.Oid;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A GSS-API call failed: the unchecked root of every exception derived from a major status code.
 * {@link #of(int, int, Oid, String, byte[])} picks the subclass; callers catch the subclass that
 * means what they can handle ({@link ExpiredCredentialsException}, {@link DefectiveTokenException},
 * {@link ClockSkewException} …) or this class for everything.
 *
 * <p>Every instance carries the {@linkplain #major() major} and {@linkplain #minor() minor}
 * status, the {@linkplain #mechanism() mechanism}, the status split into its
 * {@linkplain #routineError() routine}, {@linkplain #callingError() calling} and
 * {@linkplain #supplementaryInfo() supplementary} fields, and, during context establishment, the
 * {@linkplain #errorToken() error token} the peer must still receive. The message has
 * python-gssapi's format, {@code Major (851968): Miscellaneous failure (see text), Minor
 * (2529638919): Server not found in Kerberos database}.
 *
 * <p>This class itself is thrown when a status carries no error the hierarchy names: a major
 * status without calling, routine or supplementary error bits (e.g. {@code GSS_S_COMPLETE} or
 * only {@code GSS_S_CONTINUE_NEEDED}, which should not be reported as an error at all).
 *
 * <p>python-gssapi counterpart: {@code gssapi.raw.misc.GSSError} ({@code gssapi.exceptions}
 * re-exports it); its {@code maj_code}, {@code min_code}, {@code token}, {@code calling_code},
 * {@code routine_code} and {@code supplementary_code} are {@link #major()}, {@link #minor()},
 * {@link #errorToken()}, {@link #callingError()}, {@link #routineError()} and
 * {@link #supplementaryInfo()}.
 *
 * <p>Instances are immutable and thread-safe (the error token is copied in and out). They are
 * serializable; the mechanism OID travels as its dotted text.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2744#section-3.9.1">RFC 2744 §3.9.1</a>
 */
public class GssException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The major status. */
  private final int major;
  /** The minor status. */
  private final int minor;
  /** The minor status text. */
  private final String minorText;
  /** The mechanism OID in dotted form (Oid is not serializable), or null. */
  private final @Nullable String mechanism;
  /** The error token, never empty; null when there is none. */
  private final byte @Nullable [] errorToken;

  /**
   * Builds the exception; subclasses and {@link #of(StatusDetails, byte[])} only.
   *
   * @param status what the call reported; not null
   * @param errorToken the output token the peer must still receive, or null; copied, and an
   *     empty array counts as none
   */
  GssException(StatusDetails status, byte @Nullable [] errorToken) {
    super(status.message());
    this.major = status.major();
    this.minor = status.minor();
    this.minorText = status.minorText();
    this.mechanism = status.mechanism().map(Oid::toString).orElse(null);
    this.errorToken = errorToken == null || errorToken.length == 0 ? null : errorToken.clone();
  }

  /**
   * The exception for a status a GSS-API call returned: the one mapping from status codes to
   * exception classes (see {@link io.gsskit.exceptions the package description} for the rules).
   * Never fails for any value of {@code major} or {@code minor}: unknown field values give the
   * family's base class ({@link RoutineErrorException}, {@link CallingErrorException},
   * {@link SupplementaryException}) or this class.
   *
   * @param major the major status
   * @param minor the minor status
   * @param mechanism the mechanism that set the minor status, or null when none did
   * @param minorText the display text of the minor status (the raw layer's
   *     {@code displayStatus}); not null, may be empty
   * @param errorToken the output token the call produced alongside the error (which the caller
   *     must still send to the peer), or null; copied, and an empty array counts as none
   * @return the exception, never null; the caller throws it
   */
  public static GssException of(int major, int minor, @Nullable Oid mechanism, String minorText,
      byte @Nullable [] errorToken) {
    StatusDetails status = StatusDetails.builder()
        .major(major)
        .minor(minor)
        .minorText(minorText)
        .mechanism(Optional.ofNullable(mechanism))
        .build();
    return of(status, errorToken);
  }

  /**
   * The exception for a status, given as a {@link StatusDetails} value; see
   * {@link #of(int, int, Oid, String, byte[])}.
   *
   * @param status what the call reported; not null
   * @param errorToken the output token the peer must still receive, or null; copied, and an
   *     empty array counts as none
   * @return the exception, never null
   */
  public static GssException of(StatusDetails status, byte @Nullable [] errorToken) {
    return StatusMapping.map(status, errorToken);
  }

  /**
   * The exception for the status of a per-message call whose token verified: when the status
   * selects a {@link SupplementaryException} (no routine or calling error), it carries {@code
   * verifiedMessage} in {@link SupplementaryException#verifiedMessage()}; otherwise the message
   * is dropped (a token that failed verification has no trustworthy payload).
   *
   * @param status what the call reported; not null
   * @param verifiedMessage the unwrapped message, or the message whose MIC was checked; copied;
   *     not null
   * @return the exception, never null
   */
  public static GssException ofVerified(StatusDetails status, byte[] verifiedMessage) {
    java.util.Objects.requireNonNull(verifiedMessage, "verifiedMessage");
    GssException e = StatusMapping.map(status, null);
    if (e instanceof SupplementaryException s
        && !io.gsskit.raw.GssStatus.isError(status.major())) {
      s.verifiedMessage(verifiedMessage);
    }
    return e;
  }

  /**
   * The major status, an unsigned 32-bit value in an {@code int}; python's {@code maj_code}.
   *
   * @return the major status
   */
  public int major() {
    return major;
  }

  /**
   * The minor status, an unsigned 32-bit value in an {@code int} whose meaning depends on
   * {@link #mechanism()}; python's {@code min_code}. Use {@link Integer#toUnsignedString(int)} to
   * print it as C and python do.
   *
   * @return the minor status
   */
  public int minor() {
    return minor;
  }

  /**
   * The display text of the minor status, as given to {@link #of(int, int, Oid, String, byte[])}.
   *
   * @return the text, possibly empty, never null
   */
  public String minorText() {
    return minorText;
  }

  /**
   * The mechanism that set the minor status.
   *
   * @return the OID, or empty when no mechanism was involved (e.g. the mechglue rejected the
   *     call)
   */
  public Optional<Oid> mechanism() {
    return mechanism == null ? Optional.empty() : Oid.parse(mechanism);
  }

  /**
   * The routine error of {@link #major()}; python's {@code routine_code}.
   *
   * @return the routine error, or empty when the field is 0 or holds an undefined value
   */
  public Optional<RoutineError> routineError() {
    return status().routineError();
  }

  /**
   * The calling error of {@link #major()}; python's {@code calling_code}.
   *
   * @return the calling error, or empty when the field is 0 or holds an undefined value
   */
  public Optional<CallingError> callingError() {
    return status().callingError();
  }

  /**
   * The supplementary bits of {@link #major()} that RFC 2744 defines; python's
   * {@code supplementary_code}.
   *
   * @return a new, modifiable set, possibly empty
   */
  public Set<SupplementaryInfo> supplementaryInfo() {
    return status().supplementaryInfo();
  }

  /**
   * The output token the failing call produced, which the caller must still send to the peer so
   * that it learns why context establishment failed (e.g. a Kerberos KRB-ERROR inside a
   * mechanism token). python-gssapi returns this token from {@code step()} and raises the
   * saved error on the next call; GSSKit throws at once and carries the token here.
   *
   * @return a copy of the token, or empty when there is none
   */
  public Optional<byte[]> errorToken() {
    return errorToken == null ? Optional.empty() : Optional.of(errorToken.clone());
  }

  /**
   * The status as an immutable value.
   *
   * @return a new {@link StatusDetails} equal to what built this exception
   */
  public StatusDetails status() {
    return StatusDetails.builder()
        .major(major)
        .minor(minor)
        .minorText(minorText)
        .mechanism(mechanism())
        .build();
  }
}

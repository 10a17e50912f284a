package io.gsskit.exceptions;

import io.gsskit.raw.GssStatus;
import io.gsskit.raw.GssStatus.CallingError;
import io.gsskit.raw.GssStatus.RoutineError;
import io.gsskit.raw.GssStatus.SupplementaryInfo;
import io.gsskit.raw.Oid;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a failed GSS-API call reported: the major and minor status, the mechanism that produced the
 * minor status, and the minor status's display text. The immutable, public form is
 * {@link StatusDetails}, built with a staged builder:
 *
 * <pre>{@code
 * StatusDetails status = StatusDetails.builder()
 *     .major(GssStatus.GSS_S_FAILURE)
 *     .minor(minor)
 *     .minorText("Clock skew too great")
 *     .mechanism(MechType.KERBEROS.oid())
 *     .build();
 * }</pre>
 *
 * <p>Values are immutable and thread-safe; no accessor returns null.
 */
@Value.Immutable
@ValueStyle
abstract class AbstractStatusDetails {

  /**
   * The major status, an unsigned 32-bit value held in an {@code int} (RFC 2744 §3.9.1).
   *
   * @return the major status
   */
  public abstract int major();

  /**
   * The minor status, an unsigned 32-bit value held in an {@code int}; its meaning depends on
   * {@link #mechanism()}.
   *
   * @return the minor status
   */
  public abstract int minor();

  /**
   * The display text of the minor status, as the raw layer's {@code displayStatus} produces it
   * (for Kerberos it carries the facts, e.g. "Request ticket server … kvno 4 not found in
   * keytab"). May be empty when nothing is known.
   *
   * @return the text, never null
   */
  public abstract String minorText();

  /**
   * The mechanism that produced the minor status.
   *
   * @return the mechanism OID, or empty when the status did not come from a mechanism (e.g. the
   *     mechglue rejected the call before choosing one)
   */
  public abstract Optional<Oid> mechanism();

  /**
   * The routine error of {@link #major()}.
   *
   * @return the constant, or empty when the routine field is 0 or holds a value no RFC defines
   */
  public Optional<RoutineError> routineError() {
    return RoutineError.of(GssStatus.routineErrorField(major()));
  }

  /**
   * The calling error of {@link #major()}.
   *
   * @return the constant, or empty when the calling field is 0 or holds a value no RFC defines
   */
  public Optional<CallingError> callingError() {
    return CallingError.of(GssStatus.callingErrorField(major()));
  }

  /**
   * The supplementary bits of {@link #major()} that RFC 2744 defines (bits it does not define are
   * left out here but remain visible in {@link #major()}).
   *
   * @return a new, modifiable set; empty when no defined bit is set
   */
  public Set<SupplementaryInfo> supplementaryInfo() {
    Set<SupplementaryInfo> out = EnumSet.noneOf(SupplementaryInfo.class);
    for (SupplementaryInfo s : SupplementaryInfo.values()) {
      if ((major() & s.code()) != 0) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The RFC text of every field of {@link #major()} ({@link GssStatus#describe(int)}), joined by
   * {@code " -- "} as python-gssapi joins the messages of one code.
   *
   * @return the major status text, never empty
   */
  public String majorText() {
    return String.join(" -- ", GssStatus.describe(major()));
  }

  /**
   * The exception message, in python-gssapi's {@code GSSError.MESSAGE} format with both codes
   * unsigned: {@code Major (851968): Miscellaneous failure (see text), Minor (2529638919): Server
   * not found in Kerberos database}. An empty {@link #minorText()} is replaced by
   * {@code "Unknown minor status"}.
   *
   * @return the message
   */
  public String message() {
    String min = minorText().isEmpty() ? "Unknown minor status" : minorText();
    return "Major (" + Integer.toUnsignedString(major()) + "): " + majorText()
        + ", Minor (" + Integer.toUnsignedString(minor()) + "): " + min;
  }
}

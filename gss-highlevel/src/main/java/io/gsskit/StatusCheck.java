package io.gsskit;

import io.gsskit.exceptions.GssException;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.StringHolder;
import org.jspecify.annotations.Nullable;

/**
 * The one place where a raw status becomes an exception: every raw call of this package passes
 * its {@code (major, MinorStatus)} through {@link #check(int, MinorStatus, byte[])}.
 *
 * <p>The minor code handed to {@link GssException#of} is the mechanism's own code ({@link
 * MinorStatus#mechStatus()}) when a mechanism set it, so Kerberos com_err codes select their typed
 * subclasses; the text comes from {@link Gss#displayStatus(MinorStatus, int, int,
 * io.gsskit.raw.Oid, IntHolder, StringHolder)} for {@code GSS_C_MECH_CODE}, which understands the
 * mechglue's mapped value. Stateless and thread-safe.
 */
final class StatusCheck {

  /** Upper bound on display_status iterations, so a misbehaving mechanism cannot loop. */
  private static final int MAX_MESSAGES = 16;

  private StatusCheck() {}

  /**
   * Throws the mapped exception when {@code major} has a calling or routine error.
   *
   * @param major the major status
   * @param minor the minor status of the same call
   * @throws GssException when {@code major} is an error
   */
  static void check(int major, MinorStatus minor) {
    check(major, minor, null);
  }

  /**
   * Throws the mapped exception, carrying {@code errorToken}, when {@code major} is an error.
   *
   * @param major the major status
   * @param minor the minor status of the same call
   * @param errorToken the output token of the failed call (sent to the peer by the caller), or
   *     null
   * @throws GssException when {@code major} is an error
   */
  static void check(int major, MinorStatus minor, byte @Nullable [] errorToken) {
    if (GssStatus.isError(major)) {
      throw exception(major, minor, errorToken);
    }
  }

  /**
   * For per-message and establishment calls: throws on an error and also on a replay
   * ({@code GSS_S_DUPLICATE_TOKEN}, {@code GSS_S_OLD_TOKEN}), which RFC 2743 reports as a
   * supplementary bit on an otherwise valid token but which an application must never accept
   * silently. Ordering bits ({@code UNSEQ_TOKEN}, {@code GAP_TOKEN}) pass.
   *
   * @param major the major status
   * @param minor the minor status
   * @param errorToken the output token of the call, or null
   * @throws GssException on an error or a replay
   */
  static void checkNoReplay(int major, MinorStatus minor, byte @Nullable [] errorToken) {
    if (GssStatus.isError(major)
        || (major & (GssStatus.GSS_S_DUPLICATE_TOKEN | GssStatus.GSS_S_OLD_TOKEN)) != 0) {
      throw exception(major, minor, errorToken);
    }
  }

  /**
   * For the per-message calls that check a token ({@code unwrap}, {@code verify_mic}): throws on
   * anything but {@code GSS_S_COMPLETE}, as python-gssapi does, so a replay ({@code
   * DUPLICATE_TOKEN}, {@code OLD_TOKEN}) or reordering ({@code UNSEQ_TOKEN}, {@code GAP_TOKEN})
   * is never silently accepted. A supplementary exception carries the message that verified
   * ({@link io.gsskit.exceptions.SupplementaryException#verifiedMessage()}).
   *
   * @param major the major status
   * @param minor the minor status
   * @param verified the unwrapped message, or the message whose MIC was checked
   * @throws GssException unless {@code major} is {@code GSS_S_COMPLETE}
   */
  static void checkComplete(int major, MinorStatus minor, byte[] verified) {
    if (major != GssStatus.GSS_S_COMPLETE) {
      int code = minor.mech() != null ? minor.mechStatus() : minor.value();
      throw GssException.ofVerified(io.gsskit.exceptions.StatusDetails.builder()
          .major(major)
          .minor(code)
          .minorText(minorText(minor))
          .mechanism(java.util.Optional.ofNullable(minor.mech()))
          .build(), verified);
    }
  }

  /**
   * The mapped exception for any status, also one without a routine or calling error (a
   * supplementary status such as {@code GSS_S_DUPLICATE_TOKEN} that the API treats as failure).
   *
   * @param major the major status
   * @param minor the minor status
   * @param errorToken the error token, or null
   * @return the exception to throw
   */
  static GssException exception(int major, MinorStatus minor, byte @Nullable [] errorToken) {
    int code = minor.mech() != null ? minor.mechStatus() : minor.value();
    return GssException.of(major, code, minor.mech(), minorText(minor), errorToken);
  }

  /**
   * The display text of a minor status, messages joined with {@code "; "}; empty for 0.
   *
   * @param minor the minor status
   * @return the text, never null
   */
  static String minorText(MinorStatus minor) {
    if (minor.value() == 0) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    IntHolder context = new IntHolder(0);
    for (int i = 0; i < MAX_MESSAGES; i++) {
      StringHolder message = new StringHolder();
      int major = Gss.displayStatus(new MinorStatus(), minor.value(), Gss.GSS_C_MECH_CODE,
          minor.mech(), context, message);
      if (GssStatus.isError(major)) {
        break;
      }
      String m = message.get();
      if (m != null && !m.isEmpty()) {
        if (text.length() > 0) {
          text.append("; ");
        }
        text.append(m);
      }
      if (context.get() == 0) {
        break;
      }
    }
    return text.toString();
  }
}

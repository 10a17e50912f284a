package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_STATUS;
import static io.gsskit.raw.GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;

import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.StringHolder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code gss_display_status} (RFC 2744 §5.11): major codes one message per call from {@link
 * GssStatus#describe}, minor codes mapped back to the mechanism that produced them (or the
 * mechglue's own table) and described by that mechanism. Thread-safe.
 */
public final class StatusCalls extends Calls {

  /** {@code GSS_C_GSS_CODE}. */
  public static final int GSS_CODE = 1;
  /** {@code GSS_C_MECH_CODE}. */
  public static final int MECH_CODE = 2;

  private static final int MAX_MESSAGES = 16;

  StatusCalls(Glue glue) {
    super(glue);
  }

  /**
   * {@code gss_display_status}. Parameters, nullness and results as {@link
   * io.gsskit.raw.Gss#displayStatus}; never throws.
   *
   * @param minor minor status out; null gives {@code GSS_S_CALL_INACCESSIBLE_WRITE}
   * @param statusValue the status to describe
   * @param statusType {@link io.gsskit.raw.Gss#GSS_C_GSS_CODE} or {@link
   *     io.gsskit.raw.Gss#GSS_C_MECH_CODE}
   * @param mechType the mechanism to ask about a minor code the mechglue never handed out, or null
   *     (such a code is then reported as unknown)
   * @param messageContext in/out iteration state; required
   * @param statusString receives one message; required
   * @return {@code GSS_S_COMPLETE}, {@code GSS_S_BAD_STATUS} (bad type or message context), {@code
   *     GSS_S_BAD_MECH}
   */
  public int displayStatus(@Nullable MinorStatus minor, int statusValue, int statusType,
      @Nullable Oid mechType, @Nullable IntHolder messageContext,
      @Nullable StringHolder statusString) {
    if (minor == null || messageContext == null || statusString == null) {
      return GSS_S_CALL_INACCESSIBLE_WRITE;
    }
    minor.clear();
    statusString.set(null);
    if (statusType == GSS_CODE) {
      List<String> msgs = GssStatus.describe(statusValue);
      int i = messageContext.get();
      if (i < 0 || i >= msgs.size()) {
        return GSS_S_BAD_STATUS;
      }
      statusString.set(msgs.get(i));
      messageContext.set(i + 1 < msgs.size() ? i + 1 : 0);
      return GSS_S_COMPLETE;
    }
    if (statusType != MECH_CODE) {
      return GSS_S_BAD_STATUS;
    }
    if (statusValue == 0) {
      statusString.set("No additional information (minor status 0)");
      messageContext.set(0);
      return GSS_S_COMPLETE;
    }
    MinorMap.Origin origin = minors.origin(statusValue);
    if (origin != null && origin.mechId() == MinorMap.GLUE) {
      String text = minors.glueText(statusValue);
      statusString.set(text != null ? text : unknown(statusValue));
      messageContext.set(0);
      return GSS_S_COMPLETE;
    }
    Dispatch d;
    int code;
    if (origin != null) {
      d = registry.byMechId(origin.mechId());
      code = origin.code();
    } else {
      if (mechType != null && registry.lookup(mechType) == null) {
        return GSS_S_BAD_MECH;
      }
      d = mechType != null ? registry.lookup(mechType) : null; // never guess a mechanism
      code = statusValue;
    }
    if (d == null) {
      statusString.set(unknown(statusValue));
      messageContext.set(0);
      return GSS_S_COMPLETE;
    }
    MinorStatus inner = new MinorStatus();
    int major = GSS_S_BAD_STATUS;
    if (Guard.enter()) {
      try {
        major = d.mech().displayStatus(inner, code, messageContext, statusString);
      } catch (Throwable t) {
        Guard.contained(minors, inner, d, t);
        major = GSS_S_BAD_STATUS;
      } finally {
        Guard.exit();
      }
    }
    if (major != GSS_S_COMPLETE || statusString.get() == null) {
      statusString.set("Mechanism " + d.name() + " minor code " + code + " (0x"
          + Integer.toHexString(code) + ")");
      messageContext.set(0);
    }
    return GSS_S_COMPLETE;
  }

  /**
   * One human-readable line for a major status and a minor status: every major message, then
   * every minor message.
   *
   * @param major the major status
   * @param minor the minor status, or null
   * @return e.g. {@code "A token was invalid: Mechanism alpha: bad MAC"}
   */
  public String describe(int major, @Nullable MinorStatus minor) {
    StringBuilder sb = new StringBuilder();
    collect(sb, major, GSS_CODE, null, "; ");
    if (minor != null && minor.value() != 0) {
      sb.append(": ");
      collect(sb, minor.value(), MECH_CODE, minor.mech(), "; ");
    }
    return sb.toString();
  }

  private void collect(StringBuilder sb, int value, int type, @Nullable Oid mech, String sep) {
    IntHolder ctx = new IntHolder();
    StringHolder s = new StringHolder();
    MinorStatus m = new MinorStatus();
    for (int i = 0; i < MAX_MESSAGES; i++) {
      if (displayStatus(m, value, type, mech, ctx, s) != GSS_S_COMPLETE || s.get() == null) {
        if (i == 0) {
          sb.append(unknown(value));
        }
        return;
      }
      sb.append(i == 0 ? "" : sep).append(s.get());
      if (ctx.get() == 0) {
        return;
      }
    }
  }

  private static String unknown(int code) {
    return "Unknown code " + Integer.toUnsignedString(code) + " (0x" + Integer.toHexString(code)
        + ")";
  }
}

package io.gsskit.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The GSS-API major status codes of RFC 2744 §3.9.1 (and RFC 5587's {@code GSS_S_BAD_MECH_ATTR}),
 * their field layout, and the text the RFC gives for each. This is the only place in GSSKit where
 * major status values are defined.
 *
 * <p>A major status is an unsigned 32-bit value held in an {@code int}: bits 24–31 hold a
 * {@linkplain CallingError calling error}, bits 16–23 a {@linkplain RoutineError routine error},
 * bits 0–15 {@linkplain SupplementaryInfo supplementary information} flags. A status is an error
 * when the calling or routine field is non-zero.
 *
 * <p>All members are static and the class is thread-safe. No method here accepts or returns
 * null.
 */
public final class GssStatus {

  /** Bit offset of the calling-error field. */
  public static final int GSS_C_CALLING_ERROR_OFFSET = 24;
  /** Bit offset of the routine-error field. */
  public static final int GSS_C_ROUTINE_ERROR_OFFSET = 16;
  /** Bit offset of the supplementary-information field. */
  public static final int GSS_C_SUPPLEMENTARY_OFFSET = 0;
  /** Mask of the calling-error field once shifted down. */
  public static final int GSS_C_CALLING_ERROR_MASK = 0377;
  /** Mask of the routine-error field once shifted down. */
  public static final int GSS_C_ROUTINE_ERROR_MASK = 0377;
  /** Mask of the supplementary-information field once shifted down. */
  public static final int GSS_C_SUPPLEMENTARY_MASK = 0177777;

  /** Successful completion. */
  public static final int GSS_S_COMPLETE = 0;

  /** Calling error 1: a required input parameter could not be read. */
  public static final int GSS_S_CALL_INACCESSIBLE_READ = 1 << GSS_C_CALLING_ERROR_OFFSET;
  /** Calling error 2: a required output parameter could not be written. */
  public static final int GSS_S_CALL_INACCESSIBLE_WRITE = 2 << GSS_C_CALLING_ERROR_OFFSET;
  /** Calling error 3: a parameter was malformed. */
  public static final int GSS_S_CALL_BAD_STRUCTURE = 3 << GSS_C_CALLING_ERROR_OFFSET;

  /** Routine error 1: an unsupported mechanism was requested. */
  public static final int GSS_S_BAD_MECH = 1 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 2: an invalid name was supplied. */
  public static final int GSS_S_BAD_NAME = 2 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 3: a supplied name was of an unsupported type. */
  public static final int GSS_S_BAD_NAMETYPE = 3 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 4: incorrect channel bindings were supplied. */
  public static final int GSS_S_BAD_BINDINGS = 4 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 5: an invalid status code was supplied. */
  public static final int GSS_S_BAD_STATUS = 5 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 6: a token had an invalid MIC. */
  public static final int GSS_S_BAD_SIG = 6 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 6 under its RFC 2743 name; equal to {@link #GSS_S_BAD_SIG}. */
  public static final int GSS_S_BAD_MIC = GSS_S_BAD_SIG;
  /** Routine error 7: no credentials were supplied, or they were unavailable or inaccessible. */
  public static final int GSS_S_NO_CRED = 7 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 8: no context has been established. */
  public static final int GSS_S_NO_CONTEXT = 8 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 9: a token was invalid. */
  public static final int GSS_S_DEFECTIVE_TOKEN = 9 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 10: a credential was invalid. */
  public static final int GSS_S_DEFECTIVE_CREDENTIAL = 10 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 11: the referenced credentials have expired. */
  public static final int GSS_S_CREDENTIALS_EXPIRED = 11 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 12: the context has expired. */
  public static final int GSS_S_CONTEXT_EXPIRED = 12 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 13: miscellaneous failure; the minor status says more. */
  public static final int GSS_S_FAILURE = 13 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 14: the quality-of-protection requested could not be provided. */
  public static final int GSS_S_BAD_QOP = 14 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 15: the operation is forbidden by local security policy. */
  public static final int GSS_S_UNAUTHORIZED = 15 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 16: the operation or option is unavailable. */
  public static final int GSS_S_UNAVAILABLE = 16 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 17: the requested credential element already exists. */
  public static final int GSS_S_DUPLICATE_ELEMENT = 17 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 18: the provided name was not a mechanism name. */
  public static final int GSS_S_NAME_NOT_MN = 18 << GSS_C_ROUTINE_ERROR_OFFSET;
  /** Routine error 19 (RFC 5587 §3.5): an unknown mechanism attribute was supplied. */
  public static final int GSS_S_BAD_MECH_ATTR = 19 << GSS_C_ROUTINE_ERROR_OFFSET;

  /** Supplementary bit 0: the routine must be called again to complete its function. */
  public static final int GSS_S_CONTINUE_NEEDED = 1 << (GSS_C_SUPPLEMENTARY_OFFSET + 0);
  /** Supplementary bit 1: the token was a duplicate of an earlier token. */
  public static final int GSS_S_DUPLICATE_TOKEN = 1 << (GSS_C_SUPPLEMENTARY_OFFSET + 1);
  /** Supplementary bit 2: the token's validity period has expired. */
  public static final int GSS_S_OLD_TOKEN = 1 << (GSS_C_SUPPLEMENTARY_OFFSET + 2);
  /** Supplementary bit 3: a later token has already been processed. */
  public static final int GSS_S_UNSEQ_TOKEN = 1 << (GSS_C_SUPPLEMENTARY_OFFSET + 3);
  /** Supplementary bit 4: an expected per-message token was not received. */
  public static final int GSS_S_GAP_TOKEN = 1 << (GSS_C_SUPPLEMENTARY_OFFSET + 4);

  private GssStatus() {}

  /**
   * The calling-error field, shifted down: 0 when there is none.
   *
   * @param major a major status
   * @return a value in 0..255
   */
  public static int callingErrorField(int major) {
    return (major >>> GSS_C_CALLING_ERROR_OFFSET) & GSS_C_CALLING_ERROR_MASK;
  }

  /**
   * The routine-error field, shifted down: 0 when there is none.
   *
   * @param major a major status
   * @return a value in 0..255
   */
  public static int routineErrorField(int major) {
    return (major >>> GSS_C_ROUTINE_ERROR_OFFSET) & GSS_C_ROUTINE_ERROR_MASK;
  }

  /**
   * The supplementary-information bits.
   *
   * @param major a major status
   * @return a value in 0..65535
   */
  public static int supplementaryInfoField(int major) {
    return (major >>> GSS_C_SUPPLEMENTARY_OFFSET) & GSS_C_SUPPLEMENTARY_MASK;
  }

  /**
   * The calling error in place (RFC 2744 macro {@code GSS_CALLING_ERROR}), not shifted.
   *
   * @param major a major status
   * @return {@code major} with only its calling-error field kept
   */
  public static int callingError(int major) {
    return major & (GSS_C_CALLING_ERROR_MASK << GSS_C_CALLING_ERROR_OFFSET);
  }

  /**
   * The routine error in place (RFC 2744 macro {@code GSS_ROUTINE_ERROR}), not shifted.
   *
   * @param major a major status
   * @return {@code major} with only its routine-error field kept
   */
  public static int routineError(int major) {
    return major & (GSS_C_ROUTINE_ERROR_MASK << GSS_C_ROUTINE_ERROR_OFFSET);
  }

  /**
   * The supplementary bits in place (RFC 2744 macro {@code GSS_SUPPLEMENTARY_INFO}).
   *
   * @param major a major status
   * @return {@code major} with only its supplementary field kept
   */
  public static int supplementaryInfo(int major) {
    return major & (GSS_C_SUPPLEMENTARY_MASK << GSS_C_SUPPLEMENTARY_OFFSET);
  }

  /**
   * Whether the status reports an error (RFC 2744 macro {@code GSS_ERROR}).
   *
   * @param major a major status
   * @return true when the calling or routine field is non-zero
   */
  public static boolean isError(int major) {
    return (major & ((GSS_C_CALLING_ERROR_MASK << GSS_C_CALLING_ERROR_OFFSET)
        | (GSS_C_ROUTINE_ERROR_MASK << GSS_C_ROUTINE_ERROR_OFFSET))) != 0;
  }

  /**
   * Whether the context-establishment call must be called again.
   *
   * @param major a major status
   * @return true when {@link #GSS_S_CONTINUE_NEEDED} is set and there is no error
   */
  public static boolean isContinueNeeded(int major) {
    return !isError(major) && (major & GSS_S_CONTINUE_NEEDED) != 0;
  }

  /**
   * The RFC text of every field present in {@code major}, calling error first, then routine error,
   * then each supplementary bit; "The routine completed successfully" for {@code GSS_S_COMPLETE}.
   * Unknown field values are described by number rather than dropped.
   *
   * @param major a major status
   * @return the messages, at least one
   */
  public static List<String> describe(int major) {
    List<String> out = new ArrayList<>();
    int calling = callingErrorField(major);
    if (calling != 0) {
      out.add(CallingError.of(calling).map(CallingError::text)
          .orElse("Unknown calling error " + calling));
    }
    int routine = routineErrorField(major);
    if (routine != 0) {
      out.add(RoutineError.of(routine).map(RoutineError::text)
          .orElse("Unknown routine error " + routine));
    }
    int supp = supplementaryInfoField(major);
    for (int bit = 0; bit < 16; bit++) {
      if ((supp & (1 << bit)) != 0) {
        out.add(SupplementaryInfo.of(1 << bit).map(SupplementaryInfo::text)
            .orElse("Unknown supplementary status bit " + bit));
      }
    }
    if (out.isEmpty()) {
      out.add("The routine completed successfully");
    }
    return out;
  }

  /** The calling errors of RFC 2744 §3.9.1 table 3-2. */
  public enum CallingError {
    /** {@code GSS_S_CALL_INACCESSIBLE_READ}. */
    CALL_INACCESSIBLE_READ(1, "A required input parameter could not be read"),
    /** {@code GSS_S_CALL_INACCESSIBLE_WRITE}. */
    CALL_INACCESSIBLE_WRITE(2, "A required output parameter could not be written"),
    /** {@code GSS_S_CALL_BAD_STRUCTURE}. */
    CALL_BAD_STRUCTURE(3, "A parameter was malformed");

    private final int field;
    private final String text;

    CallingError(int field, String text) {
      this.field = field;
      this.text = text;
    }

    /** @return the field value (1..3), unshifted */
    public int field() {
      return field;
    }

    /** @return the status code, shifted into place */
    public int code() {
      return field << GSS_C_CALLING_ERROR_OFFSET;
    }

    /** @return the RFC 2744 text */
    public String text() {
      return text;
    }

    /**
     * Looks up a calling-error field value.
     *
     * @param field the unshifted field value
     * @return the constant, or empty when the value is not defined
     */
    public static Optional<CallingError> of(int field) {
      for (CallingError e : values()) {
        if (e.field == field) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }
  }

  /** The routine errors of RFC 2744 §3.9.1 table 3-3, and RFC 5587's {@code BAD_MECH_ATTR}. */
  public enum RoutineError {
    /** {@code GSS_S_BAD_MECH}. */
    BAD_MECH(1, "An unsupported mechanism was requested"),
    /** {@code GSS_S_BAD_NAME}. */
    BAD_NAME(2, "An invalid name was supplied"),
    /** {@code GSS_S_BAD_NAMETYPE}. */
    BAD_NAMETYPE(3, "A supplied name was of an unsupported type"),
    /** {@code GSS_S_BAD_BINDINGS}. */
    BAD_BINDINGS(4, "Incorrect channel bindings were supplied"),
    /** {@code GSS_S_BAD_STATUS}. */
    BAD_STATUS(5, "An invalid status code was supplied"),
    /** {@code GSS_S_BAD_SIG}, also {@code GSS_S_BAD_MIC}. */
    BAD_SIG(6, "A token had an invalid MIC"),
    /** {@code GSS_S_NO_CRED}. */
    NO_CRED(7, "No credentials were supplied, or the credentials were unavailable or inaccessible"),
    /** {@code GSS_S_NO_CONTEXT}. */
    NO_CONTEXT(8, "No context has been established"),
    /** {@code GSS_S_DEFECTIVE_TOKEN}. */
    DEFECTIVE_TOKEN(9, "A token was invalid"),
    /** {@code GSS_S_DEFECTIVE_CREDENTIAL}. */
    DEFECTIVE_CREDENTIAL(10, "A credential was invalid"),
    /** {@code GSS_S_CREDENTIALS_EXPIRED}. */
    CREDENTIALS_EXPIRED(11, "The referenced credentials have expired"),
    /** {@code GSS_S_CONTEXT_EXPIRED}. */
    CONTEXT_EXPIRED(12, "The context has expired"),
    /** {@code GSS_S_FAILURE}. */
    FAILURE(13, "Miscellaneous failure (see text)"),
    /** {@code GSS_S_BAD_QOP}. */
    BAD_QOP(14, "The quality-of-protection requested could not be provided"),
    /** {@code GSS_S_UNAUTHORIZED}. */
    UNAUTHORIZED(15, "The operation is forbidden by local security policy"),
    /** {@code GSS_S_UNAVAILABLE}. */
    UNAVAILABLE(16, "The operation or option is unavailable"),
    /** {@code GSS_S_DUPLICATE_ELEMENT}. */
    DUPLICATE_ELEMENT(17, "The requested credential element already exists"),
    /** {@code GSS_S_NAME_NOT_MN}. */
    NAME_NOT_MN(18, "The provided name was not a mechanism name"),
    /** {@code GSS_S_BAD_MECH_ATTR} (RFC 5587). */
    BAD_MECH_ATTR(19, "An unsupported mechanism attribute was supplied");

    private final int field;
    private final String text;

    RoutineError(int field, String text) {
      this.field = field;
      this.text = text;
    }

    /** @return the field value (1..19), unshifted */
    public int field() {
      return field;
    }

    /** @return the status code, shifted into place */
    public int code() {
      return field << GSS_C_ROUTINE_ERROR_OFFSET;
    }

    /** @return the RFC 2744 text */
    public String text() {
      return text;
    }

    /**
     * Looks up a routine-error field value.
     *
     * @param field the unshifted field value
     * @return the constant, or empty when the value is not defined
     */
    public static Optional<RoutineError> of(int field) {
      for (RoutineError e : values()) {
        if (e.field == field) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }
  }

  /** The supplementary information bits of RFC 2744 §3.9.1 table 3-4. */
  public enum SupplementaryInfo {
    /** {@code GSS_S_CONTINUE_NEEDED}. */
    CONTINUE_NEEDED(GSS_S_CONTINUE_NEEDED,
        "The routine must be called again to complete its function"),
    /** {@code GSS_S_DUPLICATE_TOKEN}. */
    DUPLICATE_TOKEN(GSS_S_DUPLICATE_TOKEN, "The token was a duplicate of an earlier token"),
    /** {@code GSS_S_OLD_TOKEN}. */
    OLD_TOKEN(GSS_S_OLD_TOKEN, "The token's validity period has expired"),
    /** {@code GSS_S_UNSEQ_TOKEN}. */
    UNSEQ_TOKEN(GSS_S_UNSEQ_TOKEN, "A later token has already been processed"),
    /** {@code GSS_S_GAP_TOKEN}. */
    GAP_TOKEN(GSS_S_GAP_TOKEN, "An expected per-message token was not received");

    private final int code;
    private final String text;

    SupplementaryInfo(int code, String text) {
      this.code = code;
      this.text = text;
    }

    /** @return the single-bit status code */
    public int code() {
      return code;
    }

    /** @return the RFC 2744 text */
    public String text() {
      return text;
    }

    /**
     * Looks up a single supplementary bit.
     *
     * @param code the bit, in place
     * @return the constant, or empty when the bit is not defined
     */
    public static Optional<SupplementaryInfo> of(int code) {
      for (SupplementaryInfo e : values()) {
        if (e.code == code) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }
  }
}

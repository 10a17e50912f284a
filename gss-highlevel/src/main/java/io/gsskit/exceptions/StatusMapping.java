package io.gsskit.exceptions;

import io.gsskit.raw.GssStatus;
import io.gsskit.raw.GssStatus.CallingError;
import io.gsskit.raw.GssStatus.RoutineError;
import io.gsskit.raw.GssStatus.SupplementaryInfo;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one mapping from a GSS-API status to an exception class (aesthetics.md §7.5): the routine
 * field picks the class; failing that, the calling field; then the lowest defined supplementary
 * error bit. Each step is a {@code switch} over the {@link GssStatus} enum with no
 * {@code default}, so the compiler rejects a mapping that misses a constant. Field values no RFC
 * defines give the family's base class; a status with nothing to report gives
 * {@link GssException} itself. Never throws.
 *
 * <p>Stateless and thread-safe.
 */
final class StatusMapping {

  private StatusMapping() {}

  /**
   * Builds the exception for a status.
   *
   * @param status the status; not null
   * @param errorToken the error token, or null
   * @return the exception
   */
  static GssException map(StatusDetails status, byte @Nullable [] errorToken) {
    return select(status.major(), status.minor()).create(status, errorToken);
  }

  /**
   * Picks the exception class for a status.
   *
   * @param major the major status
   * @param minor the minor status (used only for the Kerberos subclasses)
   * @return the chosen class's constructor
   */
  static ExceptionFactory select(int major, int minor) {
    int routineField = GssStatus.routineErrorField(major);
    Optional<CallingError> calling = CallingError.of(GssStatus.callingErrorField(major));
    if (routineField != 0) {
      Optional<RoutineError> routine = RoutineError.of(routineField);
      return routine.isPresent()
          ? forRoutine(routine.get(), calling.orElse(null), minor)
          : RoutineErrorException::new;
    }
    if (GssStatus.callingErrorField(major) != 0) {
      return calling.isPresent() ? forCalling(calling.get()) : CallingErrorException::new;
    }
    int supplementary = GssStatus.supplementaryInfoField(major) & ~GssStatus.GSS_S_CONTINUE_NEEDED;
    if (supplementary != 0) {
      for (int bit = 1; bit < 16; bit++) {
        if ((supplementary & (1 << bit)) != 0) {
          Optional<SupplementaryInfo> info = SupplementaryInfo.of(1 << bit);
          if (info.isPresent()) {
            ExceptionFactory f = forSupplementary(info.get(), minor);
            if (f != null) {
              return f;
            }
          }
        }
      }
      return SupplementaryException::new;
    }
    return GssException::new;
  }

  private static ExceptionFactory forRoutine(RoutineError routine, @Nullable CallingError calling,
      int minor) {
    boolean read = calling == CallingError.CALL_INACCESSIBLE_READ;
    boolean write = calling == CallingError.CALL_INACCESSIBLE_WRITE;
    return switch (routine) {
      case BAD_MECH -> BadMechanismException::new;
      case BAD_NAME -> read ? NameReadException::new : BadNameException::new;
      case BAD_NAMETYPE -> read ? NameTypeReadException::new : BadNameTypeException::new;
      case BAD_BINDINGS -> BadChannelBindingsException::new;
      case BAD_STATUS -> BadStatusException::new;
      case BAD_SIG -> BadMicException::new;
      case NO_CRED -> read ? CredentialsReadException::new
          : write ? CredentialsWriteException::new
          : NoCredentialsException::new;
      case NO_CONTEXT -> read ? ContextReadException::new
          : write ? ContextWriteException::new
          : NoContextException::new;
      case DEFECTIVE_TOKEN -> read ? TokenReadException::new : DefectiveTokenException::new;
      case DEFECTIVE_CREDENTIAL -> DefectiveCredentialsException::new;
      case CREDENTIALS_EXPIRED -> ExpiredCredentialsException::new;
      case CONTEXT_EXPIRED -> ExpiredContextException::new;
      case FAILURE -> KerberosMinorCodes.failureCause(minor).orElse(FailureException::new);
      case BAD_QOP -> BadQopException::new;
      case UNAUTHORIZED -> UnauthorizedException::new;
      case UNAVAILABLE -> UnavailableException::new;
      case DUPLICATE_ELEMENT -> DuplicateElementException::new;
      case NAME_NOT_MN -> NameNotMechanismNameException::new;
      case BAD_MECH_ATTR -> BadMechanismAttributeException::new;
    };
  }

  private static ExceptionFactory forCalling(CallingError calling) {
    return switch (calling) {
      case CALL_INACCESSIBLE_READ -> ParameterReadException::new;
      case CALL_INACCESSIBLE_WRITE -> ParameterWriteException::new;
      case CALL_BAD_STRUCTURE -> MalformedParameterException::new;
    };
  }

  private static @Nullable ExceptionFactory forSupplementary(SupplementaryInfo info, int minor) {
    return switch (info) {
      case CONTINUE_NEEDED -> null; // not an error; masked out before, kept for exhaustiveness
      case DUPLICATE_TOKEN ->
          KerberosMinorCodes.duplicateTokenCause(minor).orElse(DuplicateTokenException::new);
      case OLD_TOKEN -> OldTokenException::new;
      case UNSEQ_TOKEN -> UnseqTokenException::new;
      case GAP_TOKEN -> GapTokenException::new;
    };
  }
}

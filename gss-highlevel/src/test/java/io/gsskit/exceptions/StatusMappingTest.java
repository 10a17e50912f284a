package io.gsskit.exceptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.gsskit.raw.GssStatus;
import io.gsskit.raw.GssStatus.CallingError;
import io.gsskit.raw.GssStatus.RoutineError;
import io.gsskit.raw.GssStatus.SupplementaryInfo;
import io.gsskit.raw.Oid;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The status → exception mapping over every code. The oracle is written from python-gssapi's
 * documented class constants (ROUTINE_CODE, CALLING_CODE, SUPPLEMENTARY_CODE of each error class,
 * seeds/python-gssapi-high-level-api.txt), not from the production switch.
 */
class StatusMappingTest {

  /** python ROUTINE_CODE values, and the two routine errors python has no class for. */
  static final Map<Integer, Class<? extends GssException>> ROUTINE = new HashMap<>();
  /** python CALLING_CODE values. */
  static final Map<Integer, Class<? extends GssException>> CALLING = new HashMap<>();
  /** python SUPPLEMENTARY_CODE values. */
  static final Map<Integer, Class<? extends GssException>> SUPPLEMENTARY = new HashMap<>();
  /** python's combination classes: (CALLING_CODE | ROUTINE_CODE) → class. */
  static final Map<Integer, Class<? extends GssException>> COMBINATION = new HashMap<>();

  static {
    ROUTINE.put(65536, BadMechanismException.class); // BadMechanismError
    ROUTINE.put(131072, BadNameException.class); // BadNameError
    ROUTINE.put(196608, BadNameTypeException.class); // BadNameTypeError
    ROUTINE.put(262144, BadChannelBindingsException.class); // BadChannelBindingsError
    ROUTINE.put(327680, BadStatusException.class); // BadStatusError
    ROUTINE.put(393216, BadMicException.class); // BadMICError
    ROUTINE.put(458752, NoCredentialsException.class); // MissingCredentialsError
    ROUTINE.put(524288, NoContextException.class); // MissingContextError
    ROUTINE.put(589824, DefectiveTokenException.class); // InvalidTokenError
    ROUTINE.put(655360, DefectiveCredentialsException.class); // InvalidCredentialsError
    ROUTINE.put(720896, ExpiredCredentialsException.class); // ExpiredCredentialsError
    ROUTINE.put(786432, ExpiredContextException.class); // ExpiredContextError
    ROUTINE.put(851968, FailureException.class); // GSS_S_FAILURE, plain GSSError in python
    ROUTINE.put(917504, BadQopException.class); // BadQoPError
    ROUTINE.put(983040, UnauthorizedException.class); // UnauthorizedError
    ROUTINE.put(1048576, UnavailableException.class); // OperationUnavailableError
    ROUTINE.put(1114112, DuplicateElementException.class); // DuplicateCredentialsElementError
    ROUTINE.put(1179648, NameNotMechanismNameException.class); // MechanismNameRequiredError
    ROUTINE.put(1245184, BadMechanismAttributeException.class); // RFC 5587, no python class

    CALLING.put(16777216, ParameterReadException.class); // ParameterReadError
    CALLING.put(33554432, ParameterWriteException.class); // ParameterWriteError
    CALLING.put(50331648, MalformedParameterException.class); // MalformedParameterError

    SUPPLEMENTARY.put(2, DuplicateTokenException.class); // DuplicateTokenError
    SUPPLEMENTARY.put(4, OldTokenException.class); // ExpiredTokenError
    SUPPLEMENTARY.put(8, UnseqTokenException.class); // TokenTooLateError
    SUPPLEMENTARY.put(16, GapTokenException.class); // TokenTooEarlyError

    COMBINATION.put(16777216 | 524288, ContextReadException.class);
    COMBINATION.put(33554432 | 524288, ContextWriteException.class);
    COMBINATION.put(16777216 | 458752, CredentialsReadException.class);
    COMBINATION.put(33554432 | 458752, CredentialsWriteException.class);
    COMBINATION.put(16777216 | 131072, NameReadException.class);
    COMBINATION.put(16777216 | 196608, NameTypeReadException.class);
    COMBINATION.put(16777216 | 589824, TokenReadException.class);
  }

  /**
   * The class the mapping must pick for a major status together with a minor status that is no
   * Kerberos code.
   */
  static Class<? extends GssException> expected(int major) {
    int calling = major & 0xff000000;
    int routine = major & 0x00ff0000;
    int supplementary = major & 0x0000ffff;
    if (routine != 0) {
      Class<? extends GssException> combination = COMBINATION.get(calling | routine);
      if (combination != null) {
        return combination;
      }
      return ROUTINE.getOrDefault(routine, RoutineErrorException.class);
    }
    if (calling != 0) {
      return CALLING.getOrDefault(calling, CallingErrorException.class);
    }
    int errors = supplementary & ~1; // CONTINUE_NEEDED is not an error
    if (errors == 0) {
      return GssException.class;
    }
    for (int bit : new int[] {2, 4, 8, 16}) {
      if ((errors & bit) != 0) {
        return SUPPLEMENTARY.get(bit);
      }
    }
    return SupplementaryException.class;
  }

  /** A minor status outside every com_err table GSSKit types. */
  static final int NEUTRAL_MINOR = 0x12345;

  private static void check(int major, int minor, String context) {
    GssException e = GssException.of(major, minor, null, "minor text", null);
    Class<? extends GssException> want = expected(major);
    if (e.getClass() != want) {
      fail(String.format("%s: major %08x gave %s, expected %s", context, major,
          e.getClass().getSimpleName(), want.getSimpleName()));
    }
    if (e.major() != major || e.minor() != minor) {
      fail(String.format("%s: major %08x codes not kept", context, major));
    }
    if (!e.routineError().equals(RoutineError.of(GssStatus.routineErrorField(major)))
        || !e.callingError().equals(CallingError.of(GssStatus.callingErrorField(major)))) {
      fail(String.format("%s: major %08x fields not split", context, major));
    }
  }

  @Test
  void everyCallingAndRoutineValueWithEachSupplementaryPattern() {
    int[] patterns = {0, GssStatus.GSS_S_CONTINUE_NEEDED,
        GssStatus.GSS_S_DUPLICATE_TOKEN | GssStatus.GSS_S_GAP_TOKEN, 0x8000};
    for (int calling = 0; calling < 256; calling++) {
      for (int routine = 0; routine < 256; routine++) {
        for (int supplementary : patterns) {
          check((calling << 24) | (routine << 16) | supplementary, NEUTRAL_MINOR, "grid");
        }
      }
    }
  }

  @Test
  void everySupplementaryValueAlone() {
    for (int supplementary = 0; supplementary <= 0xffff; supplementary++) {
      check(supplementary, NEUTRAL_MINOR, "supplementary");
    }
  }

  @Test
  void randomStatusesAndMinorsNeverFail() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int n = 0; n < 20_000; n++) {
      int major = random.nextInt();
      // Half of the minors come from the Kerberos table's range, so the refinement runs too.
      int minor = random.nextBoolean() ? random.nextInt()
          : KerberosMinorCodes.ERROR_TABLE_BASE_KRB5 + random.nextInt(256);
      GssException e = GssException.of(major, minor,
          random.nextBoolean() ? Oid.of("1.2.840.113554.1.2.2") : null,
          random.nextBoolean() ? "" : "text " + n, random.nextBoolean() ? new byte[n % 7] : null);
      // A Kerberos code may refine the class to a subclass of the expected one.
      assertThat(expected(major)).as("seed %d major %08x", seed, major)
          .isAssignableFrom(e.getClass());
      assertThat(e.getMessage()).as("seed %d", seed)
          .startsWith("Major (" + Integer.toUnsignedString(major) + "): ");
    }
  }

  @Test
  void eachRoutineErrorConstantHasItsOwnClass() {
    Set<Class<?>> seen = new HashSet<>();
    for (RoutineError r : RoutineError.values()) {
      GssException e = GssException.of(r.code(), 0, null, "", null);
      assertThat(e).isExactlyInstanceOf(ROUTINE.get(r.code()));
      assertThat(e.routineError()).contains(r);
      assertThat(e).isInstanceOf(RoutineErrorException.class);
      assertThat(seen.add(e.getClass())).as("%s has a class of its own", r).isTrue();
    }
    assertThat(seen).hasSize(19);
  }

  @Test
  void eachCallingErrorConstantHasItsOwnClass() {
    for (CallingError c : CallingError.values()) {
      GssException e = GssException.of(c.code(), 0, null, "", null);
      assertThat(e).isExactlyInstanceOf(CALLING.get(c.code()));
      assertThat(e).isInstanceOf(CallingErrorException.class);
      assertThat(e.callingError()).contains(c);
      assertThat(e.routineError()).isEmpty();
    }
  }

  @Test
  void eachSupplementaryErrorBitHasItsOwnClassAndContinueNeededIsNotAnError() {
    for (SupplementaryInfo s : SupplementaryInfo.values()) {
      GssException e = GssException.of(s.code(), 0, null, "", null);
      assertThat(e.supplementaryInfo()).containsExactly(s);
      if (s == SupplementaryInfo.CONTINUE_NEEDED) {
        assertThat(e).isExactlyInstanceOf(GssException.class);
      } else {
        assertThat(e).isExactlyInstanceOf(SUPPLEMENTARY.get(s.code()))
            .isInstanceOf(SupplementaryException.class);
      }
    }
    assertThat(GssException.of(GssStatus.GSS_S_UNSEQ_TOKEN, 0, null, "", null))
        .isInstanceOf(TokenOutOfSequenceException.class);
    assertThat(GssException.of(GssStatus.GSS_S_GAP_TOKEN, 0, null, "", null))
        .isInstanceOf(TokenOutOfSequenceException.class);
  }

  @Test
  void routineErrorWinsOverCallingAndSupplementary() {
    int major = GssStatus.GSS_S_CALL_BAD_STRUCTURE | GssStatus.GSS_S_CONTEXT_EXPIRED
        | GssStatus.GSS_S_OLD_TOKEN;
    GssException e = GssException.of(major, 0, null, "", null);
    assertThat(e).isExactlyInstanceOf(ExpiredContextException.class);
    assertThat(e.callingError()).contains(CallingError.CALL_BAD_STRUCTURE);
    assertThat(e.supplementaryInfo()).containsExactly(SupplementaryInfo.OLD_TOKEN);
  }

  @Test
  void lowestSupplementaryErrorBitWins() {
    int major = GssStatus.GSS_S_GAP_TOKEN | GssStatus.GSS_S_UNSEQ_TOKEN
        | GssStatus.GSS_S_OLD_TOKEN;
    GssException e = GssException.of(major, 0, null, "", null);
    assertThat(e).isExactlyInstanceOf(OldTokenException.class);
    assertThat(e.supplementaryInfo()).isEqualTo(EnumSet.of(SupplementaryInfo.OLD_TOKEN,
        SupplementaryInfo.UNSEQ_TOKEN, SupplementaryInfo.GAP_TOKEN));
  }

  @Test
  void pythonCombinationsCarryBothMeanings() {
    List<Class<?>> reads = List.of(ContextReadException.class, CredentialsReadException.class,
        NameReadException.class, NameTypeReadException.class, TokenReadException.class);
    for (Map.Entry<Integer, Class<? extends GssException>> c : COMBINATION.entrySet()) {
      GssException e = GssException.of(c.getKey(), 0, null, "", null);
      assertThat(e).isExactlyInstanceOf(c.getValue());
      assertThat(e).isInstanceOf(ROUTINE.get(c.getKey() & 0x00ff0000));
      if (reads.contains(c.getValue())) {
        assertThat(e).isInstanceOf(ParameterReadFailure.class)
            .isNotInstanceOf(ParameterWriteFailure.class);
      } else {
        assertThat(e).isInstanceOf(ParameterWriteFailure.class)
            .isNotInstanceOf(ParameterReadFailure.class);
      }
    }
    assertThat(GssException.of(GssStatus.GSS_S_CALL_INACCESSIBLE_READ, 0, null, "", null))
        .isInstanceOf(ParameterReadFailure.class);
    assertThat(GssException.of(GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE, 0, null, "", null))
        .isInstanceOf(ParameterWriteFailure.class);
    // A pairing python has no combination class for keeps the routine class only.
    GssException mech = GssException.of(
        GssStatus.GSS_S_CALL_INACCESSIBLE_READ | GssStatus.GSS_S_BAD_MECH, 0, null, "", null);
    assertThat(mech).isExactlyInstanceOf(BadMechanismException.class)
        .isNotInstanceOf(ParameterReadFailure.class);
    assertThat(mech.callingError()).contains(CallingError.CALL_INACCESSIBLE_READ);
  }

  @Test
  void unknownFieldValuesGiveTheFamilyBase() {
    assertThat(GssException.of(20 << 16, 0, null, "", null))
        .isExactlyInstanceOf(RoutineErrorException.class)
        .satisfies(e -> assertThat(e.routineError()).isEmpty());
    assertThat(GssException.of(0xff << 16 | GssStatus.GSS_S_CALL_INACCESSIBLE_READ, 0, null, "",
        null)).isExactlyInstanceOf(RoutineErrorException.class);
    assertThat(GssException.of(4 << 24, 0, null, "", null))
        .isExactlyInstanceOf(CallingErrorException.class)
        .satisfies(e -> assertThat(e.callingError()).isEmpty());
    assertThat(GssException.of(1 << 5, 0, null, "", null))
        .isExactlyInstanceOf(SupplementaryException.class)
        .satisfies(e -> assertThat(e.supplementaryInfo()).isEmpty());
    assertThat(GssException.of(GssStatus.GSS_S_COMPLETE, 0, null, "", null))
        .isExactlyInstanceOf(GssException.class);
    assertThat(GssException.of(-1, -1, null, "", null))
        .isExactlyInstanceOf(RoutineErrorException.class);
  }
}

package io.gsskit.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every status value checked against RFC 2744 §3.9.1 (the calling-error, routine-error and
 * supplementary-bit tables and the bit layout) and Appendix A (offsets and masks), transcribed
 * here as field values; RFC 5587 §3.5 adds GSS_S_BAD_MECH_ATTR.
 */
class GssStatusTest {

  /** RFC 2744 Appendix A: offsets and masks (masks are octal in the RFC). */
  @Test
  void layoutMatchesAppendixA() {
    assertThat(GssStatus.GSS_C_CALLING_ERROR_OFFSET).isEqualTo(24);
    assertThat(GssStatus.GSS_C_ROUTINE_ERROR_OFFSET).isEqualTo(16);
    assertThat(GssStatus.GSS_C_SUPPLEMENTARY_OFFSET).isEqualTo(0);
    assertThat(GssStatus.GSS_C_CALLING_ERROR_MASK).isEqualTo(0377);
    assertThat(GssStatus.GSS_C_ROUTINE_ERROR_MASK).isEqualTo(0377);
    assertThat(GssStatus.GSS_C_SUPPLEMENTARY_MASK).isEqualTo(0177777);
    assertThat(GssStatus.GSS_S_COMPLETE).isZero();
  }

  /** name, table (C = calling, R = routine, S = supplementary bit number), value in field. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "GSS_S_CALL_INACCESSIBLE_READ, C, 1",
      "GSS_S_CALL_INACCESSIBLE_WRITE, C, 2",
      "GSS_S_CALL_BAD_STRUCTURE, C, 3",
      "GSS_S_BAD_MECH, R, 1",
      "GSS_S_BAD_NAME, R, 2",
      "GSS_S_BAD_NAMETYPE, R, 3",
      "GSS_S_BAD_BINDINGS, R, 4",
      "GSS_S_BAD_STATUS, R, 5",
      "GSS_S_BAD_SIG, R, 6",
      "GSS_S_BAD_MIC, R, 6",
      "GSS_S_NO_CRED, R, 7",
      "GSS_S_NO_CONTEXT, R, 8",
      "GSS_S_DEFECTIVE_TOKEN, R, 9",
      "GSS_S_DEFECTIVE_CREDENTIAL, R, 10",
      "GSS_S_CREDENTIALS_EXPIRED, R, 11",
      "GSS_S_CONTEXT_EXPIRED, R, 12",
      "GSS_S_FAILURE, R, 13",
      "GSS_S_BAD_QOP, R, 14",
      "GSS_S_UNAUTHORIZED, R, 15",
      "GSS_S_UNAVAILABLE, R, 16",
      "GSS_S_DUPLICATE_ELEMENT, R, 17",
      "GSS_S_NAME_NOT_MN, R, 18",
      "GSS_S_BAD_MECH_ATTR, R, 19",
      "GSS_S_CONTINUE_NEEDED, S, 0",
      "GSS_S_DUPLICATE_TOKEN, S, 1",
      "GSS_S_OLD_TOKEN, S, 2",
      "GSS_S_UNSEQ_TOKEN, S, 3",
      "GSS_S_GAP_TOKEN, S, 4",
  })
  void valueMatchesTheRfcTable(String name, char table, int value) throws Exception {
    int expected = switch (table) {
      case 'C' -> value << 24;
      case 'R' -> value << 16;
      default -> 1 << value;
    };
    assertThat(GssStatus.class.getField(name).getInt(null)).as(name).isEqualTo(expected);
  }

  @Test
  void fullCodesMatchTheCHeaderValues() {
    // The same values as complete OM_uint32 codes, as RFC 2744 §3.9.1 says the symbols are.
    assertThat(GssStatus.GSS_S_CALL_INACCESSIBLE_READ).isEqualTo(0x01000000);
    assertThat(GssStatus.GSS_S_CALL_BAD_STRUCTURE).isEqualTo(0x03000000);
    assertThat(GssStatus.GSS_S_BAD_MECH).isEqualTo(0x00010000);
    assertThat(GssStatus.GSS_S_FAILURE).isEqualTo(0x000d0000);
    assertThat(GssStatus.GSS_S_NAME_NOT_MN).isEqualTo(0x00120000);
    assertThat(GssStatus.GSS_S_GAP_TOKEN).isEqualTo(0x10);
  }

  @Test
  void everyStatusFieldIsListedAndTheEnumsAgree() throws Exception {
    Set<String> checked = Set.of("GSS_S_CALL_INACCESSIBLE_READ", "GSS_S_CALL_INACCESSIBLE_WRITE",
        "GSS_S_CALL_BAD_STRUCTURE", "GSS_S_BAD_MECH", "GSS_S_BAD_NAME", "GSS_S_BAD_NAMETYPE",
        "GSS_S_BAD_BINDINGS", "GSS_S_BAD_STATUS", "GSS_S_BAD_SIG", "GSS_S_BAD_MIC",
        "GSS_S_NO_CRED", "GSS_S_NO_CONTEXT", "GSS_S_DEFECTIVE_TOKEN",
        "GSS_S_DEFECTIVE_CREDENTIAL", "GSS_S_CREDENTIALS_EXPIRED", "GSS_S_CONTEXT_EXPIRED",
        "GSS_S_FAILURE", "GSS_S_BAD_QOP", "GSS_S_UNAUTHORIZED", "GSS_S_UNAVAILABLE",
        "GSS_S_DUPLICATE_ELEMENT", "GSS_S_NAME_NOT_MN", "GSS_S_BAD_MECH_ATTR",
        "GSS_S_CONTINUE_NEEDED", "GSS_S_DUPLICATE_TOKEN", "GSS_S_OLD_TOKEN",
        "GSS_S_UNSEQ_TOKEN", "GSS_S_GAP_TOKEN", "GSS_S_COMPLETE");
    Set<String> declared = new HashSet<>();
    for (Field f : GssStatus.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("GSS_S_")) {
        declared.add(f.getName());
      }
    }
    assertThat(declared).containsExactlyInAnyOrderElementsOf(checked);
    for (GssStatus.CallingError e : GssStatus.CallingError.values()) {
      assertThat(GssStatus.class.getField("GSS_S_" + e.name()).getInt(null)).isEqualTo(e.code());
    }
    for (GssStatus.RoutineError e : GssStatus.RoutineError.values()) {
      assertThat(GssStatus.class.getField("GSS_S_" + e.name()).getInt(null)).isEqualTo(e.code());
    }
    for (GssStatus.SupplementaryInfo e : GssStatus.SupplementaryInfo.values()) {
      assertThat(GssStatus.class.getField("GSS_S_" + e.name()).getInt(null)).isEqualTo(e.code());
    }
  }

  @Test
  void macrosSplitTheFields() {
    int s = GssStatus.GSS_S_CALL_INACCESSIBLE_READ | GssStatus.GSS_S_NO_CONTEXT
        | GssStatus.GSS_S_DUPLICATE_TOKEN;
    assertThat(GssStatus.callingError(s)).isEqualTo(GssStatus.GSS_S_CALL_INACCESSIBLE_READ);
    assertThat(GssStatus.routineError(s)).isEqualTo(GssStatus.GSS_S_NO_CONTEXT);
    assertThat(GssStatus.supplementaryInfo(s)).isEqualTo(GssStatus.GSS_S_DUPLICATE_TOKEN);
    assertThat(GssStatus.isError(s)).isTrue();
    assertThat(GssStatus.isError(GssStatus.GSS_S_DUPLICATE_TOKEN)).isFalse();
    assertThat(GssStatus.isContinueNeeded(GssStatus.GSS_S_CONTINUE_NEEDED)).isTrue();
  }
}

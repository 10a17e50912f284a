package io.gsskit.exceptions;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.GssStatus;
import io.gsskit.raw.GssStatus.RoutineError;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KerberosExceptionsTest {

  /**
   * Minor status → class under GSS_S_FAILURE. The numbers are written out rather than taken from
   * {@link KerberosMinorCodes}: ERROR_TABLE_BASE_krb5 (-1765328384) plus the entry's position in
   * MIT's krb5_err.et, each confirmed with krb5_get_error_message in MIT krb5 1.20.1.
   */
  private static final Map<Integer, Class<? extends FailureException>> FAILURE_CAUSES =
      new LinkedHashMap<>();

  static {
    FAILURE_CAUSES.put(-1765328347, ClockSkewException.class); // 37 KRB5KRB_AP_ERR_SKEW
    FAILURE_CAUSES.put(-1765328236, ClockSkewException.class); // 148 KRB5_KDCREP_SKEW
    FAILURE_CAUSES.put(-1765328378, PrincipalUnknownException.class); // 6 C_PRINCIPAL_UNKNOWN
    FAILURE_CAUSES.put(-1765328377, PrincipalUnknownException.class); // 7 S_PRINCIPAL_UNKNOWN
    FAILURE_CAUSES.put(-1765328360, PreauthFailedException.class); // 24 PREAUTH_FAILED
    FAILURE_CAUSES.put(-1765328340, KeyVersionException.class); // 44 AP_ERR_BADKEYVER
    FAILURE_CAUSES.put(-1765328154, KeyVersionException.class); // 230 KRB5_KT_KVNONOTFOUND
    FAILURE_CAUSES.put(-1765328339, NoKeyException.class); // 45 AP_ERR_NOKEY
    FAILURE_CAUSES.put(-1765328203, NoKeyException.class); // 181 KRB5_KT_NOTFOUND
    FAILURE_CAUSES.put(-1765328228, KdcUnreachableException.class); // 156 KRB5_KDC_UNREACH
    FAILURE_CAUSES.put(-1765328230, KdcUnreachableException.class); // 154 KRB5_REALM_UNKNOWN
    FAILURE_CAUSES.put(-1765328164, KdcUnreachableException.class); // 220 REALM_CANT_RESOLVE
  }

  private static final int REPEAT = -1765328350; // 34 KRB5KRB_AP_ERR_REPEAT

  @Test
  void theUnsignedFormMatchesWhatPythonGssapiUsersSee() {
    // python-gssapi issue #336 and pypsrp issue #176: "Major (851968): Unspecified GSS failure.
    // ..., Minor (2529638919): Server not found in Kerberos database".
    assertThat(Integer.toUnsignedString(KerberosMinorCodes.KDC_ERR_S_PRINCIPAL_UNKNOWN))
        .isEqualTo("2529638919");
    assertThat(GssStatus.GSS_S_FAILURE).isEqualTo(851968);
    assertThat(KerberosMinorCodes.ERROR_TABLE_BASE_KRB5).isEqualTo(-1765328384);
  }

  @Test
  void failureWithAKerberosCodeGivesItsSubclass() {
    FAILURE_CAUSES.forEach((minor, type) -> {
      GssException e = GssException.of(GssStatus.GSS_S_FAILURE, minor, null, "text", null);
      assertThat(e).as("minor %d", minor).isExactlyInstanceOf(type)
          .isInstanceOf(FailureException.class);
      assertThat(e.minor()).isEqualTo(minor);
      assertThat(e.routineError()).contains(RoutineError.FAILURE);
    });
  }

  @Test
  void aCallingErrorBesideFailureKeepsTheKerberosSubclass() {
    GssException e = GssException.of(GssStatus.GSS_S_CALL_BAD_STRUCTURE | GssStatus.GSS_S_FAILURE,
        -1765328347, null, "", null);
    assertThat(e).isExactlyInstanceOf(ClockSkewException.class);
  }

  @Test
  void otherRoutineErrorsIgnoreKerberosCodes() {
    for (RoutineError r : RoutineError.values()) {
      if (r == RoutineError.FAILURE) {
        continue;
      }
      for (int minor : FAILURE_CAUSES.keySet()) {
        GssException e = GssException.of(r.code(), minor, null, "", null);
        assertThat(e).as("%s with %d", r, minor)
            .isExactlyInstanceOf(StatusMappingTest.ROUTINE.get(r.code()));
      }
    }
  }

  @Test
  void otherMinorsUnderFailureGivePlainFailure() {
    for (int position = 0; position < 256; position++) {
      int minor = -1765328384 + position;
      if (FAILURE_CAUSES.containsKey(minor)) {
        continue;
      }
      assertThat(GssException.of(GssStatus.GSS_S_FAILURE, minor, null, "", null))
          .as("position %d", position).isExactlyInstanceOf(FailureException.class);
    }
    assertThat(GssException.of(GssStatus.GSS_S_FAILURE, 37, null, "", null))
        .isExactlyInstanceOf(FailureException.class);
  }

  @Test
  void replayIsTypedUnderDuplicateTokenOnly() {
    assertThat(GssException.of(GssStatus.GSS_S_DUPLICATE_TOKEN, REPEAT, null, "", null))
        .isExactlyInstanceOf(ReplayException.class)
        .isInstanceOf(DuplicateTokenException.class)
        .isInstanceOf(SupplementaryException.class);
    assertThat(GssException.of(GssStatus.GSS_S_DUPLICATE_TOKEN, 0, null, "", null))
        .isExactlyInstanceOf(DuplicateTokenException.class);
    // MIT reports a replay as GSS_S_FAILURE: that stays a FailureException.
    assertThat(GssException.of(GssStatus.GSS_S_FAILURE | GssStatus.GSS_S_DUPLICATE_TOKEN, REPEAT,
        null, "", null)).isExactlyInstanceOf(FailureException.class);
    assertThat(GssException.of(GssStatus.GSS_S_OLD_TOKEN, REPEAT, null, "", null))
        .isExactlyInstanceOf(OldTokenException.class);
  }

  @Test
  void principalUnknownTellsClientFromServer() {
    PrincipalUnknownException server = (PrincipalUnknownException) GssException.of(
        GssStatus.GSS_S_FAILURE, -1765328377, null, "Server not found in Kerberos database", null);
    PrincipalUnknownException client = (PrincipalUnknownException) GssException.of(
        GssStatus.GSS_S_FAILURE, -1765328378, null, "Client not found in Kerberos database", null);
    assertThat(server.isServer()).isTrue();
    assertThat(client.isServer()).isFalse();
    assertThat(server.getMessage()).isEqualTo("Major (851968): Miscellaneous failure (see text), "
        + "Minor (2529638919): Server not found in Kerberos database");
  }
}

package io.gsskit.raw.internal.kerberos.iana;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.asn1.DerException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KerberosErrorCodeTest {

  @Test
  void everyRfc4120CodeIsKnown() {
    // RFC 4120 §7.5.9: 0-29, 31-52 (except 43, which MIT names), 60-76
    Set<Integer> rfc = new HashSet<>();
    for (int c = 0; c <= 29; c++) {
      rfc.add(c);
    }
    for (int c = 31; c <= 52; c++) {
      rfc.add(c);
    }
    for (int c = 60; c <= 76; c++) {
      rfc.add(c);
    }
    rfc.addAll(Set.of(90, 91, 92, 93));
    for (int c : rfc) {
      assertThat(KerberosErrorCode.of(c).isKnown()).as("code %d", c).isTrue();
    }
  }

  @Test
  void unknownCodesKeepTheirNumber() {
    KerberosErrorCode c = KerberosErrorCode.of(30);
    assertThat(c.isKnown()).isFalse();
    assertThat(c.code()).isEqualTo(30);
    assertThat(c.message()).isEqualTo("KRB5 error code 30");
    assertThat(c).isEqualTo(KerberosErrorCode.of(30));
    assertThat(KerberosErrorCode.of(-7).code()).isEqualTo(-7);
    assertThat(KerberosErrorCode.of(123456).mitCode())
        .isEqualTo(KerberosErrorCode.KRB_ERR_GENERIC.mitCode());
  }

  @Test
  void mitCodesAndTextsMatchMitKrb5() {
    // Values of MIT krb5 1.20 (krb5.h / krb5_err.et), e.g. KRB5KRB_AP_ERR_SKEW.
    assertThat(KerberosErrorCode.KRB_AP_ERR_SKEW.mitCode()).isEqualTo(-1765328347);
    assertThat(KerberosErrorCode.KDC_ERR_PREAUTH_REQUIRED.mitCode()).isEqualTo(-1765328359);
    assertThat(KerberosErrorCode.KDC_ERR_PREAUTH_REQUIRED.message())
        .isEqualTo("Additional pre-authentication required");
    assertThat(KerberosErrorCode.of(37)).isSameAs(KerberosErrorCode.KRB_AP_ERR_SKEW);
    assertThat(KerberosErrorCode.KRB_AP_ERR_SKEW.is(37)).isTrue();
    assertThat(KerberosErrorCode.KRB_AP_ERR_SKEW.toString())
        .isEqualTo("KRB_AP_ERR_SKEW(37): Clock skew too great");
    assertThat(KerberosLocalError.KRB5_KDC_UNREACH.mitCode()).isEqualTo(-1765328228);
    assertThat(KerberosLocalError.KRB5_KDCREP_MODIFIED.mitCode()).isEqualTo(-1765328237);
    assertThat(KerberosLocalError.KRB5_PREAUTH_FAILED.mitCode()).isEqualTo(-1765328174);
    assertThat(KerberosLocalError.KRB5_KT_KVNONOTFOUND.mitCode()).isEqualTo(-1765328154);
    assertThat(KerberosLocalError.ASN1_BAD_ID.mitCode()).isEqualTo(1859794438);
    assertThat(KerberosLocalError.of(-1765328228)).contains(KerberosLocalError.KRB5_KDC_UNREACH);
    assertThat(KerberosLocalError.of(42)).isEmpty();
  }

  @Test
  void everyDecodeReasonMapsToAnMitCode() {
    for (DerException.Reason r : DerException.Reason.values()) {
      int code = KerberosLocalError.mitCodeFor(r);
      boolean local = KerberosLocalError.of(code).isPresent();
      boolean wire = code == KerberosErrorCode.KDC_ERR_BAD_PVNO.mitCode();
      assertThat(local || wire).as("reason %s", r).isTrue();
    }
  }

  @Test
  void valuesAreUniqueAndOrdered() {
    int last = -1;
    for (KerberosErrorCode c : KerberosErrorCode.values()) {
      assertThat(c.code()).isGreaterThan(last);
      last = c.code();
    }
    Set<Integer> seen = new HashSet<>();
    for (KerberosLocalError e : KerberosLocalError.values()) {
      assertThat(seen.add(e.mitCode())).as("%s", e).isTrue();
    }
  }
}

package io.gsskit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.gsskit.raw.Oid;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameTypeTest {

  /**
   * The name-type OIDs as the specifications give them: RFC 2743 §4 and RFC 2744 appendix A
   * (generic forms), RFC 6680 §8 (composite export), RFC 1964 §2.1.1 and MIT krb5
   * gssapi_krb5.h / gssapi_krb5.c (Kerberos forms).
   */
  private static final Map<NameType, String> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put(NameType.HOSTBASED_SERVICE, "1.2.840.113554.1.2.1.4");
    EXPECTED.put(NameType.HOSTBASED_SERVICE_X, "1.3.6.1.5.6.2");
    EXPECTED.put(NameType.USER, "1.2.840.113554.1.2.1.1");
    EXPECTED.put(NameType.MACHINE_UID, "1.2.840.113554.1.2.1.2");
    EXPECTED.put(NameType.STRING_UID, "1.2.840.113554.1.2.1.3");
    EXPECTED.put(NameType.ANONYMOUS, "1.3.6.1.5.6.3");
    EXPECTED.put(NameType.EXPORT, "1.3.6.1.5.6.4");
    EXPECTED.put(NameType.COMPOSITE_EXPORT, "1.3.6.1.5.6.6");
    EXPECTED.put(NameType.KERBEROS_PRINCIPAL, "1.2.840.113554.1.2.2.1");
    EXPECTED.put(NameType.KERBEROS_ENTERPRISE, "1.2.840.113554.1.2.2.6");
    EXPECTED.put(NameType.KERBEROS_X509_CERT, "1.2.840.113554.1.2.2.7");
  }

  @Test
  void everyConstantHasTheSpecifiedOid() {
    assertThat(NameType.knownValues()).containsExactlyElementsOf(EXPECTED.keySet());
    EXPECTED.forEach((type, dotted) -> assertThat(type.oid()).isEqualTo(Oid.of(dotted)));
  }

  @Test
  void kerberosPrincipalHasTheDerContentOfRfc1964() {
    // RFC 1964 §2.1.1: {iso(1) member-body(2) US(840) mit(113554) infosys(1) gssapi(2) krb5(2)
    // krb5_name(1)}, DER content 2a 86 48 86 f7 12 01 02 02 01.
    assertThat(NameType.KERBEROS_PRINCIPAL.oid().content()).containsExactly(
        0x2a, 0x86, 0x48, 0x86, 0xf7, 0x12, 0x01, 0x02, 0x02, 0x01);
  }

  @Test
  void fromOidFindsEveryConstantAndNothingElse() {
    for (NameType t : NameType.knownValues()) {
      assertThat(NameType.fromOid(t.oid())).containsSame(t);
      assertThat(NameType.of(t.oid())).isSameAs(t);
    }
    assertThat(NameType.fromOid(Oid.of("1.2.840.113554.1.2.2"))).isEmpty();
  }

  @Test
  void oidsAreDistinct() {
    Set<Oid> seen = new HashSet<>();
    NameType.knownValues().forEach(t -> assertThat(seen.add(t.oid())).as(t.toString()).isTrue());
  }

  @Test
  void unknownOidGivesAnEqualByOidNameType() {
    Oid custom = Oid.of("1.3.6.1.4.1.99999.7");
    NameType a = NameType.of(custom);
    NameType b = NameType.of(Oid.of("1.3.6.1.4.1.99999.7"));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(NameType.USER);
    assertThat(a.oid()).isEqualTo(custom);
    assertThat(a).hasToString("1.3.6.1.4.1.99999.7");
    assertThat(NameType.knownValues()).doesNotContain(a);
  }

  @Test
  void toStringNamesTheCSymbol() {
    assertThat(NameType.USER).hasToString("GSS_C_NT_USER_NAME (1.2.840.113554.1.2.1.1)");
  }

  @Test
  void nullIsRejected() {
    assertThatNullPointerException().isThrownBy(() -> NameType.fromOid(null));
    assertThatNullPointerException().isThrownBy(() -> NameType.of(null));
  }
}

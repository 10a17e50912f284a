package io.gsskit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Oid;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MechTypeTest {

  /** Parses C octal escapes ("\052\206…") as MIT's gssapiP_krb5.h writes mechanism OIDs. */
  private static byte[] octal(String escaped) {
    String[] parts = escaped.split("\\\\");
    byte[] out = new byte[parts.length - 1];
    for (int i = 1; i < parts.length; i++) {
      out[i - 1] = (byte) Integer.parseInt(parts[i], 8);
    }
    return out;
  }

  @Test
  void kerberosOidsMatchMitDefinitions() {
    // MIT krb5 src/lib/gssapi/krb5/gssapiP_krb5.h: GSS_MECH_KRB5_OID, _OLD_OID, _WRONG_OID,
    // GSS_MECH_IAKERB_OID.
    assertThat(MechType.KERBEROS.oid().content())
        .isEqualTo(octal("\\052\\206\\110\\206\\367\\022\\001\\002\\002"));
    assertThat(MechType.KERBEROS_OLD.oid().content()).isEqualTo(octal("\\053\\005\\001\\005\\002"));
    assertThat(MechType.KERBEROS_MICROSOFT.oid().content())
        .isEqualTo(octal("\\052\\206\\110\\202\\367\\022\\001\\002\\002"));
    assertThat(MechType.IAKERB.oid().content())
        .isEqualTo(octal("\\053\\006\\001\\005\\002\\005"));
  }

  @Test
  void dottedFormsMatchTheSpecifications() {
    assertThat(MechType.KERBEROS.oid()).hasToString("1.2.840.113554.1.2.2"); // RFC 1964 §1
    assertThat(MechType.KERBEROS_MICROSOFT.oid()).hasToString("1.2.840.48018.1.2.2");
    assertThat(MechType.KERBEROS_OLD.oid()).hasToString("1.3.5.1.5.2");
    assertThat(MechType.IAKERB.oid()).hasToString("1.3.6.1.5.2.5");
    assertThat(MechType.SPNEGO.oid()).hasToString("1.3.6.1.5.5.2"); // RFC 4178
    assertThat(MechType.NEGOEX.oid()).hasToString("1.3.6.1.4.1.311.2.2.30"); // MS-NEGOEX
  }

  @Test
  void fromOidFindsEveryConstant() {
    Set<Oid> seen = new HashSet<>();
    for (MechType t : MechType.knownValues()) {
      assertThat(seen.add(t.oid())).as("distinct %s", t).isTrue();
      assertThat(MechType.fromOid(t.oid())).containsSame(t);
      assertThat(MechType.of(Oid.parse(t.oid().toString()).orElseThrow())).isSameAs(t);
    }
    assertThat(MechType.knownValues()).hasSize(6);
  }

  @Test
  void nameTypeOidIsNotAMechanism() {
    assertThat(MechType.fromOid(NameType.KERBEROS_PRINCIPAL.oid())).isEmpty();
  }

  @Test
  void thirdPartyMechanismsAreComparedByOid() {
    MechType ntlm = MechType.of(Oid.of("1.3.6.1.4.1.311.2.2.10"));
    assertThat(ntlm).isEqualTo(MechType.of(Oid.of("1.3.6.1.4.1.311.2.2.10")))
        .isNotEqualTo(MechType.NEGOEX)
        .hasToString("1.3.6.1.4.1.311.2.2.10");
    assertThat(MechType.SPNEGO).hasToString("spnego (1.3.6.1.5.5.2)");
  }

  @Test
  void aMechanismTypeNeverEqualsANameTypeWithTheSameOid() {
    Oid oid = Oid.of("1.2.840.113554.1.2.2");
    assertThat(MechType.of(oid)).isNotEqualTo(NameType.of(oid));
    assertThat(NameType.of(oid)).isNotEqualTo(MechType.of(oid));
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechName;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Name import, display, export and comparison of the krb5 mechanism, with an injected profile. */
class Krb5NamesTest {

  private static Krb5Mechanism mech(String conf) throws Exception {
    return new Krb5Mechanism(new Krb5Settings(Environment.of(Map.of(), 1, 1, "t"),
        Clock.systemUTC(), new SecureRandom(), Krb5Config.parse(conf, "test.conf")));
  }

  private static final String CONF = "[libdefaults]\n default_realm = DEF.TEST\n"
      + " dns_canonicalize_hostname = false\n[domain_realm]\n .corp.test = CORP.TEST\n"
      + " exact.test = EXACT.TEST\n";

  private static String imported(Krb5Mechanism m, String text, Oid type) {
    Holder<MechName> h = new Holder<>();
    MinorStatus minor = new MinorStatus();
    int major = m.importName(minor, text.getBytes(StandardCharsets.UTF_8), type, h);
    if (major != GssStatus.GSS_S_COMPLETE) {
      return "major " + major;
    }
    StringHolder s = new StringHolder();
    OidHolder t = new OidHolder();
    m.displayName(minor, h.get(), s, t);
    return s.get();
  }

  @Test
  void hostbasedUsesDomainRealmThenDefaultRealmAndLowerCasesTheHost() throws Exception {
    Krb5Mechanism m = mech(CONF);
    Oid hb = Gss.GSS_C_NT_HOSTBASED_SERVICE;
    assertThat(imported(m, "HTTP@Web.Corp.Test", hb)).isEqualTo("HTTP/web.corp.test@CORP.TEST");
    assertThat(imported(m, "host@exact.test.", hb)).isEqualTo("host/exact.test@EXACT.TEST");
    assertThat(imported(m, "ldap@other.example", hb)).isEqualTo("ldap/other.example@DEF.TEST");
    assertThat(imported(m, "HTTP@x@y", hb)).isEqualTo("major " + GssStatus.GSS_S_BAD_NAME);
    assertThat(imported(mech("[libdefaults]\n"), "HTTP@h.test", hb)).isEqualTo("HTTP/h.test");
  }

  @Test
  void principalUserEnterpriseExportAndAnonymous() throws Exception {
    Krb5Mechanism m = mech(CONF);
    assertThat(imported(m, "alice", Gss.GSS_C_NT_USER_NAME)).isEqualTo("alice@DEF.TEST");
    assertThat(imported(m, "a/b@R.TEST", Gss.GSS_KRB5_NT_PRINCIPAL_NAME)).isEqualTo("a/b@R.TEST");
    assertThat(imported(m, "alice", null)).isEqualTo("alice@DEF.TEST");
    assertThat(imported(m, "a@@b", null)).isEqualTo("major " + GssStatus.GSS_S_BAD_NAME);
    assertThat(imported(m, "u@mail.test@CORP.TEST", Gss.GSS_KRB5_NT_ENTERPRISE_NAME))
        .isEqualTo("u\\@mail.test@CORP.TEST");
    assertThat(imported(m, "x", Gss.GSS_C_NT_MACHINE_UID_NAME))
        .isEqualTo("major " + GssStatus.GSS_S_BAD_NAMETYPE);
    Holder<MechName> anon = new Holder<>();
    m.importName(new MinorStatus(), new byte[0], Gss.GSS_C_NT_ANONYMOUS, anon);
    OidHolder t = new OidHolder();
    m.displayName(new MinorStatus(), anon.get(), new StringHolder(), t);
    assertThat(t.get()).isEqualTo(Gss.GSS_C_NT_ANONYMOUS);

    Holder<MechName> a = new Holder<>();
    m.importName(new MinorStatus(), "svc/h.test@R.TEST".getBytes(StandardCharsets.UTF_8), null,
        a);
    Buffer exported = new Buffer();
    assertThat(m.exportName(new MinorStatus(), a.get(), exported))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(new String(exported.value(), StandardCharsets.UTF_8))
        .isEqualTo("svc/h.test@R.TEST");
    Holder<MechName> back = new Holder<>();
    m.importName(new MinorStatus(), exported.value(), Gss.GSS_C_NT_EXPORT_NAME, back);
    io.gsskit.raw.BooleanHolder eq = new io.gsskit.raw.BooleanHolder();
    m.compareName(new MinorStatus(), a.get(), back.get(), eq);
    assertThat(eq.get()).isTrue();
    assertThat(m.importName(new MinorStatus(), new byte[] {(byte) 0xff}, null, back))
        .isEqualTo(GssStatus.GSS_S_BAD_NAME);
  }

  @Test
  void krb5IsTheDefaultMechanismOfTheGlobalRegistry() {
    io.gsskit.raw.OidSetHolder mechs = new io.gsskit.raw.OidSetHolder();
    assertThat(Gss.indicateMechs(new MinorStatus(), mechs)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(mechs.get().contains(Gss.GSS_MECH_KRB5)).isTrue();
    assertThat(mechs.get().contains(Gss.GSS_MECH_KRB5_MS)).isTrue();
    assertThat(mechs.get().contains(Gss.GSS_MECH_KRB5_OLD)).isTrue();
  }
}

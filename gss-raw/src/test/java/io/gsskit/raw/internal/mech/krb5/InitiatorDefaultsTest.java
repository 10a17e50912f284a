package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.Gss;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import org.junit.jupiter.api.Test;

/** {@link InitiatorDefaults}: MIT's spellings, defaults, top-level only, and the flag swap. */
class InitiatorDefaultsTest {

  private static InitiatorDefaults of(String conf) throws Exception {
    return InitiatorDefaults.of(Krb5Config.parse(conf, "test.conf"));
  }

  @Test
  void readsTopLevelLibdefaultsBooleans() throws Exception {
    assertThat(of("")).isEqualTo(new InitiatorDefaults(false, false));
    assertThat(of("[libdefaults]\n enforce_ok_as_delegate = yes\n"
        + " client_aware_channel_bindings = 1\n")).isEqualTo(new InitiatorDefaults(true, true));
    assertThat(of("[libdefaults]\n enforce_ok_as_delegate = false\n"))
        .isEqualTo(new InitiatorDefaults(false, false));
    assertThat(of("[libdefaults]\n R.TEST = {\n  enforce_ok_as_delegate = true\n"
        + "  client_aware_channel_bindings = true\n }\n"))
        .isEqualTo(new InitiatorDefaults(false, false));
    assertThatThrownBy(() -> of("[libdefaults]\n client_aware_channel_bindings = maybe\n"))
        .isInstanceOf(Krb5ConfigException.class).hasMessageContaining("test.conf");
  }

  @Test
  void enforcingTurnsDelegIntoDelegPolicy() {
    InitiatorDefaults on = new InitiatorDefaults(true, false);
    InitiatorDefaults off = new InitiatorDefaults(false, false);
    int deleg = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_DELEG_FLAG;
    assertThat(on.requestFlags(deleg))
        .isEqualTo(Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_DELEG_POLICY_FLAG);
    assertThat(off.requestFlags(deleg)).isEqualTo(deleg);
    assertThat(on.requestFlags(Gss.GSS_C_DELEG_POLICY_FLAG))
        .isEqualTo(Gss.GSS_C_DELEG_POLICY_FLAG);
    assertThat(on.requestFlags(Gss.GSS_C_MUTUAL_FLAG)).isEqualTo(Gss.GSS_C_MUTUAL_FLAG);
  }
}

package io.gsskit.raw.internal.kerberos.iana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistriesTest {

  @Test
  void flagMasksMatchMitConstants() {
    // MIT krb5.h: TKT_FLG_FORWARDABLE 0x40000000, TKT_FLG_INITIAL 0x00400000,
    // TKT_FLG_PRE_AUTH 0x00200000, TKT_FLG_OK_AS_DELEGATE 0x00040000,
    // TKT_FLG_ENC_PA_REP 0x00010000, TKT_FLG_ANONYMOUS 0x00008000
    assertThat(FlagBits.mask(TicketFlag.FORWARDABLE)).isEqualTo(0x40000000);
    assertThat(FlagBits.mask(TicketFlag.INITIAL)).isEqualTo(0x00400000);
    assertThat(FlagBits.mask(TicketFlag.PRE_AUTHENT)).isEqualTo(0x00200000);
    assertThat(FlagBits.mask(TicketFlag.OK_AS_DELEGATE)).isEqualTo(0x00040000);
    assertThat(FlagBits.mask(TicketFlag.ENC_PA_REP)).isEqualTo(0x00010000);
    assertThat(FlagBits.mask(TicketFlag.ANONYMOUS)).isEqualTo(0x00008000);
    // KDC_OPT_CANONICALIZE 0x00010000, KDC_OPT_CNAME_IN_ADDL_TKT 0x00020000,
    // KDC_OPT_REQUEST_ANONYMOUS 0x00008000, KDC_OPT_RENEWABLE_OK 0x00000010,
    // KDC_OPT_ENC_TKT_IN_SKEY 0x00000008, KDC_OPT_VALIDATE 0x00000001
    assertThat(FlagBits.mask(KdcOption.CANONICALIZE)).isEqualTo(0x00010000);
    assertThat(FlagBits.mask(KdcOption.CNAME_IN_ADDL_TKT)).isEqualTo(0x00020000);
    assertThat(FlagBits.mask(KdcOption.REQUEST_ANONYMOUS)).isEqualTo(0x00008000);
    assertThat(FlagBits.mask(KdcOption.RENEWABLE_OK)).isEqualTo(0x00000010);
    assertThat(FlagBits.mask(KdcOption.ENC_TKT_IN_SKEY)).isEqualTo(0x00000008);
    assertThat(FlagBits.mask(KdcOption.VALIDATE)).isEqualTo(0x00000001);
    // AP_OPTS_USE_SESSION_KEY 0x40000000, AP_OPTS_MUTUAL_REQUIRED 0x20000000
    assertThat(FlagBits.mask(ApOption.USE_SESSION_KEY)).isEqualTo(0x40000000);
    assertThat(FlagBits.mask(ApOption.MUTUAL_REQUIRED)).isEqualTo(0x20000000);
    // KRB5_PA_PAC_OPTIONS_RBCD 0x10000000; KRB5_S4U_OPTS_CHECK_LOGON_HOUR 0x40000000
    assertThat(FlagBits.mask(PacOption.RESOURCE_BASED_CONSTRAINED_DELEGATION))
        .isEqualTo(0x10000000);
    assertThat(FlagBits.mask(S4uOption.CHECK_LOGON_HOURS)).isEqualTo(0x40000000);
    assertThatThrownBy(() -> FlagBits.mask(32)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describeNamesSetBits() {
    int flags = FlagBits.mask(TicketFlag.FORWARDABLE) | FlagBits.mask(TicketFlag.INITIAL)
        | FlagBits.mask(14);
    assertThat(TicketFlag.describe(flags))
        .isEqualTo("forwardable, initial, ticket-flag(14)");
    assertThat(KdcOption.describe(0)).isEmpty();
  }

  @Test
  void namesAndUnknowns() {
    assertThat(PaDataType.name(PaDataType.PA_ETYPE_INFO2)).isEqualTo("PA-ETYPE-INFO2");
    assertThat(PaDataType.name(9999)).isEqualTo("padata-type(9999)");
    assertThat(PaDataType.knownName(PaDataType.PA_PAC_OPTIONS)).contains("PA-PAC-OPTIONS");
    assertThat(PaDataType.PA_REQ_ENC_PA_REP).isEqualTo(149);
    assertThat(PaDataType.PA_FX_COOKIE).isEqualTo(133);
    assertThat(AuthorizationDataType.name(128)).isEqualTo("AD-WIN2K-PAC");
    assertThat(AuthorizationDataType.AD_TARGET_PRINCIPAL).isEqualTo(144);
    assertThat(MessageType.name(30)).isEqualTo("KRB_ERROR");
    assertThat(MessageType.knownName(18)).isEmpty();
    assertThat(NameType.name(-128)).isEqualTo("NT-MS-PRINCIPAL");
    assertThat(HostAddressType.name(24)).isEqualTo("IPv6");
    assertThat(LastReqType.name(-6)).isEqualTo("password expiration (this KDC)");
    assertThat(LastReqType.name(Integer.MIN_VALUE)).startsWith("lr-type(");
    assertThat(KeyUsage.GSS_ACCEPTOR_SEAL).isEqualTo(22);
    assertThat(KeyUsage.GSS_INITIATOR_SIGN).isEqualTo(25);
    assertThat(KeyUsage.name(23)).isEqualTo("KG-USAGE-ACCEPTOR-SIGN");
  }
}

package io.gsskit.raw.internal.kerberos.ccache;

import static io.gsskit.raw.internal.kerberos.ccache.Golden.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CcacheCodecTest {

  /** Ticket flags (RFC 4120 §5.3, bit 0 = 0x80000000). */
  static final int FORWARDABLE = 0x40000000;
  static final int RENEWABLE = 0x00800000;
  static final int INITIAL = 0x00400000;
  static final int TRANSITED_CHECKED = 0x00080000;
  static final int ENC_PA_REP = 0x00010000; // RFC 6806 §11: not shown by klist

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void readsEveryMitVersion(int version) throws Exception {
    if (version <= 2) {
      assumeThat(ByteOrder.nativeOrder()).as("golden v1/v2 files are little-endian")
          .isEqualTo(ByteOrder.LITTLE_ENDIAN);
    }
    CcacheContents c = CcacheCodec.decode(Golden.bytes("mit-kinit-kvno-v" + version + ".ccache"));
    assertThat(c.version()).isEqualTo(version);
    assertThat(c.damage()).isNull();
    assertThat(c.kdcOffset()).isEqualTo(KdcTimeOffset.NONE);
    assertThat(c.principal()).hasToString("alice@MIT.TEST");
    assertThat(c.principal().name().nameType()).isEqualTo(version == 1 ? 0 : 1);
    assertThat(c.credentials()).hasSize(3);

    Credential conf = c.credentials().get(0);
    assertThat(conf.isConfigEntry()).isTrue();
    assertThat(conf.configKey()).contains("fast_avail");
    assertThat(conf.configPrincipal()).contains("krbtgt/MIT.TEST@MIT.TEST");
    assertThat(new String(conf.ticket(), StandardCharsets.US_ASCII)).isEqualTo("yes");
    assertThat(conf.endTime()).isZero();

    Credential tgt = c.credentials().get(1);
    assertThat(tgt.isConfigEntry()).isFalse();
    assertThat(tgt.client()).hasToString("alice@MIT.TEST");
    assertThat(tgt.server()).hasToString("krbtgt/MIT.TEST@MIT.TEST");
    assertThat(tgt.key().keyType()).isEqualTo(18);
    assertThat(tgt.key().length()).isEqualTo(32);
    assertThat(tgt.ticketFlags()).isEqualTo(FORWARDABLE | RENEWABLE | INITIAL | ENC_PA_REP);
    assertThat(tgt.endTime() - tgt.authTime()).isEqualTo(10 * 3600);
    assertThat(tgt.renewTill() - tgt.authTime()).isEqualTo(24 * 3600);
    assertThat(tgt.startTime()).isEqualTo(tgt.authTime());
    assertThat(tgt.ticket()[0]).isEqualTo((byte) 0x61); // [APPLICATION 1] Ticket
    assertThat(tgt.secondTicket()).isEmpty();
    assertThat(tgt.addresses()).isEmpty();
    assertThat(tgt.isSkey()).isFalse();

    Credential svc = c.credentials().get(2);
    assertThat(svc.server()).hasToString("HTTP/svc.test@MIT.TEST");
    assertThat(svc.ticketFlags())
        .isEqualTo(FORWARDABLE | RENEWABLE | TRANSITED_CHECKED | ENC_PA_REP);
    assertThat(svc.key().keyType()).isEqualTo(18);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void reencodingAGoldenFileGivesTheSameBytes(int version) throws Exception {
    if (version <= 2) {
      assumeThat(ByteOrder.nativeOrder()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
    }
    byte[] golden = Golden.bytes("mit-kinit-kvno-v" + version + ".ccache");
    assertThat(CcacheCodec.encode(CcacheCodec.decode(golden), version)).isEqualTo(golden);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void olderVersionsConvertToV4(int version) throws Exception {
    if (version <= 2) {
      assumeThat(ByteOrder.nativeOrder()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
    }
    CcacheContents old = CcacheCodec.decode(Golden.bytes("mit-kinit-kvno-v" + version
        + ".ccache"));
    CcacheContents v4 = CcacheCodec.decode(CcacheCodec.encode(old));
    assertThat(v4.version()).isEqualTo(4);
    assertThat(v4.credentials()).isEqualTo(old.credentials());
    assertThat(v4.principal()).isEqualTo(old.principal());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void writesKdcOffsetOnlyInV4(int version) throws Exception {
    CcacheContents c = CcacheContents.empty(principal("a@R"), new KdcTimeOffset(-7, 123456));
    CcacheContents back = CcacheCodec.decode(CcacheCodec.encode(c, version));
    assertThat(back.kdcOffset()).isEqualTo(version == 4 ? new KdcTimeOffset(-7, 123456)
        : KdcTimeOffset.NONE);
    assertThat(back.credentials()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"krbtgt/R@R", "a@X-CACHECONF:"})
  void configEntries(String assoc) throws Exception {
    Credential e = Credential.configEntry(principal("a@R"), "pa_type", principal(assoc),
        "2".getBytes(StandardCharsets.US_ASCII));
    assertThat(e.isConfigEntry()).isTrue();
    assertThat(e.configPrincipal()).contains(assoc);
    Credential plain = Credential.configEntry(principal("a@R"), "start_realm", null, new byte[1]);
    assertThat(plain.configPrincipal()).isEmpty();
    assertThat(plain.server()).hasToString("krb5_ccache_conf_data/start_realm@X-CACHECONF:");
    CcacheContents c = CcacheContents.empty(principal("a@R"), KdcTimeOffset.NONE)
        .withCredentials(List.of(e, plain));
    assertThat(CcacheCodec.decode(CcacheCodec.encode(c)).credentials()).containsExactly(e, plain);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void toStringHidesTheKey(int unused) {
    Credential c = Credential.builder(principal("a@R"), principal("b@R"))
        .key(new io.gsskit.raw.internal.kerberos.proto.EncryptionKey(18, new byte[] {
            (byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 0x12}))
        .ticket(new byte[] {0x61, 0x77}).build();
    assertThat(c.toString()).doesNotContain("abcdef12").doesNotContain("ABCDEF")
        .doesNotContain("-85").contains("enctype=18");
  }
}

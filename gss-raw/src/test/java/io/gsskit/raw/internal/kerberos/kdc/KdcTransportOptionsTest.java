package io.gsskit.raw.internal.kerberos.kdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class KdcTransportOptionsTest {

  @Test
  void optionsValidateAndClampLikeMit() {
    KdcTransportOptions d = KdcTransportOptions.defaults();
    assertThat(d.udpPreferenceLimit()).isEqualTo(1465);
    assertThat(d.kdcTimeout()).hasSeconds(1);
    assertThat(d.maxRetries()).isEqualTo(3);
    assertThat(d.maxTcpReplyBytes()).isEqualTo(1 << 20);
    assertThat(d.withUdpPreferenceLimit(-1).udpPreferenceLimit()).isEqualTo(1465);
    assertThat(d.withUdpPreferenceLimit(100_000).udpPreferenceLimit()).isEqualTo(32700);
    assertThatThrownBy(() -> d.withKdcTimeout(java.time.Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withMaxRetries(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withRequestTimeout(java.time.Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withMaxTcpReplyBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withMaxUdpReplyBytes(70_000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kkdcpUrlsAreSkippedAndAloneAreAnInvalidEndpoint() throws Exception {
    KdcAddress proxy = new KdcAddress(KdcAddress.Transport.KKDCP, "proxy", 443, "https://proxy/KdcProxy");
    KdcAddress plain = KdcAddress.of("127.0.0.1", 88, KdcAddress.Transport.TCP);
    KdcTransport t = new KdcTransport(KdcTransportOptions.defaults().withDnsLookupKdc(false));
    assertThat(t.locate("R", List.of(proxy, plain))).containsExactly(plain);
    assertThatThrownBy(() -> t.locate("R", List.of(proxy)))
        .isInstanceOf(KdcException.class)
        .hasMessage("invalid kdc value 'https://proxy/KdcProxy': KKDCP (MS-KKDCP over HTTPS) KDC URLs are not supported")
        .extracting(e -> ((KdcException) e).reason())
        .isEqualTo(KdcException.Reason.INVALID_ENDPOINT);
  }
}

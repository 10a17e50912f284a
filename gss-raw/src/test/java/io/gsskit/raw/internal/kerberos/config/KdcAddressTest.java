package io.gsskit.raw.internal.kerberos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.kerberos.config.KdcAddress.Transport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KdcAddressTest {

  private static final ProfileOrigin AT = new ProfileOrigin("k", 7);

  @ParameterizedTest
  @CsvSource({
      "kdc.example.com, ANY, kdc.example.com, 88",
      "kdc.example.com:750, ANY, kdc.example.com, 750",
      "10.0.0.1:88, ANY, 10.0.0.1, 88",
      "[::1]:8888, ANY, ::1, 8888",
      "[fe80::1], ANY, fe80::1, 88",
      "fe80::1, ANY, fe80::1, 88",
      "tcp/kdc.example.com:1088, TCP, kdc.example.com, 1088",
      "udp/kdc.example.com, UDP, kdc.example.com, 88",
      "TCP/[::1]:99, TCP, ::1, 99",
      "https://proxy.example.com/KdcProxy, KKDCP, proxy.example.com, 443",
      "https://proxy.example.com:8443/kkdcp, KKDCP, proxy.example.com, 8443",
  })
  void parses(String spec, Transport t, String host, int port) throws Exception {
    KdcAddress a = KdcAddress.parse(spec, 88, AT);
    assertThat(a.transport()).isEqualTo(t);
    assertThat(a.host()).isEqualTo(host);
    assertThat(a.port()).isEqualTo(port);
    if (t == Transport.KKDCP) {
      assertThat(a.url()).isEqualTo(spec);
    }
    assertThat(KdcAddress.parse(a.toString(), 88, AT)).isEqualTo(a);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", ":88", "host:", "host:0", "host:65536", "host:99999",
      "host:8a", "[::1", "[::1]x", "[]:88", "tcp/", "host:-1", "a b:88", "host:+88"})
  void rejects(String spec) {
    assertThatThrownBy(() -> KdcAddress.parse(spec, 88, AT))
        .isInstanceOf(Krb5ConfigException.class).hasMessageStartingWith("k:7: ");
  }
}

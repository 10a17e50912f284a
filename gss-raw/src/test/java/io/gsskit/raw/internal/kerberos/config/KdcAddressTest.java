package io.gsskit.raw.internal.kerberos.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.kerberos.config.KdcAddress.Transport;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
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

  // The cases below came with the transport's former KdcEndpoint type (same accepted set, same
  // round trip; malformed values fail with the one config error).

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "kdc.example.com           | kdc.example.com | 88    | ANY",
        "kdc.example.com:750       | kdc.example.com | 750   | ANY",
        "'  kdc:88  '              | kdc             | 88    | ANY",
        "127.0.0.1:8888            | 127.0.0.1       | 8888  | ANY",
        "[2001:db8::1]:88          | 2001:db8::1     | 88    | ANY",
        "[::1]                     | ::1             | 88    | ANY",
        "2001:db8::1               | 2001:db8::1     | 88    | ANY",
        "[::ffff:127.0.0.1]:65535  | ::ffff:127.0.0.1| 65535 | ANY",
        "tcp/kdc.example.com:88    | kdc.example.com | 88    | TCP",
        "TCP/kdc                   | kdc             | 88    | TCP",
        "udp/kdc:1                 | kdc             | 1     | UDP",
        "tcp/[::1]:89              | ::1             | 89    | TCP",
        "my_kdc-1.corp             | my_kdc-1.corp   | 88    | ANY",
      })
  void parsesMitKdcValues(String value, String host, int port, Transport transport)
      throws Krb5ConfigException {
    KdcAddress e = KdcAddress.parse(value, 88, AT);
    assertThat(e).isEqualTo(KdcAddress.of(host, port, transport));
    assertThat(KdcAddress.parse(e.toString(), 88, AT)).isEqualTo(e);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "", "   ", "kdc:", "kdc:0", "kdc:65536", "kdc:99999", "kdc:-5", "kdc:+5", "kdc:8a",
        "kdc:123456", "[::1", "[kdc]:88", "[::1]x", "[::1]:", "[]:88", "https://", "https://:0/x",
        "http://kdc", "tcp/", "udp/:88", "a b", "kdc:88:99", "kdc/x", ":88", "-kdc", ".kdc",
        "k\u00e9dc", "kdc\u0000", "tcp/udp/kdc"
      })
  void rejectsMalformedValuesWithADefinedError(String value) {
    assertThatThrownBy(() -> KdcAddress.parse(value, 88, AT))
        .isInstanceOf(Krb5ConfigException.class)
        .hasMessageStartingWith("k:7: server address '" + value + "': ");
  }

  @Test
  void constructorChecksItsParts() {
    assertThat(KdcAddress.of("::1", 88, Transport.TCP)).hasToString("tcp/[::1]:88");
    assertThat(KdcAddress.of("kdc", 750, Transport.ANY)).hasToString("kdc:750");
    assertThatThrownBy(() -> KdcAddress.of("", 88, Transport.ANY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KdcAddress.of("k".repeat(256), 88, Transport.ANY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KdcAddress.of("kdc", 0, Transport.ANY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KdcAddress.of("kdc", 65536, Transport.ANY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KdcAddress.of("kdc", 88, Transport.KKDCP))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomTextEitherParsesAndRoundTripsOrIsAConfigError() {
    long seed = Long.getLong("gsskit.seed", 0xE9D901L);
    Random rnd = new Random(seed);
    String alphabet = "ab.-_:[]/1280fFxtcpudTCPUD \t%\u00ff";
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      if (rnd.nextInt(4) == 0) {
        sb.append(List.of("tcp/", "udp/", "[", "[::1]", "kdc:", "https://").get(rnd.nextInt(6)));
      }
      int len = rnd.nextInt(24);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      try {
        KdcAddress e = KdcAddress.parse(s, 88, AT);
        parsed++;
        assertThat(KdcAddress.parse(e.toString(), 88, AT)).as("seed %d input '%s'", seed, s)
            .isEqualTo(e);
      } catch (Krb5ConfigException e) {
        assertThat(e.getMessage()).as("seed %d input '%s'", seed, s)
            .startsWith("k:7: server address '");
      }
    }
    assertThat(parsed).as("seed %d", seed).isGreaterThan(100);
  }
}

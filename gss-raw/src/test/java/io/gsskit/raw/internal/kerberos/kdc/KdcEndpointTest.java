package io.gsskit.raw.internal.kerberos.kdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KdcEndpointTest {

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
  void parsesMitKdcValues(String value, String host, int port, KdcEndpoint.Transport transport)
      throws KdcException {
    KdcEndpoint e = KdcEndpoint.parse(value);
    assertThat(e).isEqualTo(new KdcEndpoint(host, port, transport));
    assertThat(KdcEndpoint.parse(e.toString())).isEqualTo(e);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(
      strings = {
        "", "   ", "kdc:", "kdc:0", "kdc:65536", "kdc:99999", "kdc:-5", "kdc:+5", "kdc:8a",
        "kdc:123456", "[::1", "[kdc]:88", "[::1]x", "[::1]:", "[]:88", "https://kdc/KdcProxy",
        "http://kdc", "tcp/", "udp/:88", "a b", "kdc:88:99", "kdc/x", ":88", "-kdc", ".kdc",
        "k\u00e9dc", "kdc\u0000", "tcp/udp/kdc"
      })
  void rejectsMalformedValuesWithADefinedError(String value) {
    assertThatThrownBy(() -> KdcEndpoint.parse(value))
        .isInstanceOf(KdcException.class)
        .hasMessageStartingWith("invalid kdc value '" + value + "': ")
        .extracting(e -> ((KdcException) e).reason())
        .isEqualTo(KdcException.Reason.INVALID_ENDPOINT);
  }

  @Test
  void toStringShowsPrefixAndBrackets() {
    assertThat(new KdcEndpoint("::1", 88, KdcEndpoint.Transport.TCP)).hasToString("tcp/[::1]:88");
    assertThat(new KdcEndpoint("kdc", 750, KdcEndpoint.Transport.ANY)).hasToString("kdc:750");
  }

  @Test
  void randomTextEitherParsesAndRoundTripsOrIsInvalidEndpoint() {
    long seed = Long.getLong("gsskit.seed", 0xE9D901L);
    Random rnd = new Random(seed);
    String alphabet = "ab.-_:[]/1280fFxtcpudTCPUD \t%\u00ff";
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      if (rnd.nextInt(4) == 0) {
        sb.append(List.of("tcp/", "udp/", "[", "[::1]", "kdc:").get(rnd.nextInt(5)));
      }
      int len = rnd.nextInt(24);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      try {
        KdcEndpoint e = KdcEndpoint.parse(s);
        parsed++;
        assertThat(KdcEndpoint.parse(e.toString())).as("seed %d input '%s'", seed, s).isEqualTo(e);
      } catch (KdcException e) {
        assertThat(e.reason()).as("seed %d input '%s'", seed, s).isEqualTo(KdcException.Reason.INVALID_ENDPOINT);
      }
    }
    assertThat(parsed).as("seed %d", seed).isGreaterThan(100);
  }

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
}

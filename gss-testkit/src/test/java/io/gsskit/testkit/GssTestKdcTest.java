package io.gsskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.ext.CredStoreKeys;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GssTestKdcTest {

  @RegisterExtension
  static GssTestKdc kdc = GssTestKdc.create().realm("TESTKIT.TEST");

  @Test
  void runsOnLoopbackWithPrincipalsKeytabsAndStores() throws Exception {
    assertThat(kdc.isRunning()).isTrue();
    assertThat(kdc.realm()).isEqualTo("TESTKIT.TEST");
    try (Socket s = new Socket(InetAddress.getByName("127.0.0.1"), kdc.port())) {
      assertThat(s.isConnected()).isTrue();
    }
    assertThat(kdc.addPrincipal("alice", "secret")).isEqualTo("alice@TESTKIT.TEST");
    assertThat(kdc.addPrincipal("HTTP/localhost")).isEqualTo("HTTP/localhost@TESTKIT.TEST");
    Path keytab = kdc.keytab("HTTP/localhost");
    byte[] kt = Files.readAllBytes(keytab);
    assertThat(kt[0]).isEqualTo((byte) 5); // MIT keytab v2: 0x05 0x02
    assertThat(kt[1]).isEqualTo((byte) 2);
    Map<String, String> acceptor = kdc.acceptorStore("HTTP/localhost");
    assertThat(acceptor).containsEntry(CredStoreKeys.KEYTAB, "FILE:" + keytab);
    Map<String, String> initiator = kdc.kerbyInitiatorStore("alice", "HTTP/localhost");
    String ccache = initiator.get(CredStoreKeys.CCACHE);
    assertThat(ccache).startsWith("FILE:" + kdc.workDir());
    byte[] cc = Files.readAllBytes(Path.of(ccache.substring(5)));
    assertThat(cc[0]).isEqualTo((byte) 5); // MIT FILE ccache 0x05 0x0v (Kerby writes v3/v4)
    assertThat(cc[1]).isBetween((byte) 3, (byte) 4);
    assertThat(new String(cc, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("krbtgt", "HTTP", "localhost");
    assertThat(Files.readString(kdc.krb5Conf())).contains("default_realm = TESTKIT.TEST",
        "kdc = 127.0.0.1:" + kdc.port());
    assertThat(System.getProperty("java.security.krb5.conf"))
        .as("no JVM-global pointer to the test KDC").isNotEqualTo(kdc.krb5Conf().toString());
    assertThatThrownBy(() -> kdc.realm("OTHER")).isInstanceOf(IllegalStateException.class);
    assertThat(kdc.toString()).contains("127.0.0.1:" + kdc.port());
  }

  @Test
  void startsAndStopsByHand() {
    GssTestKdc own = GssTestKdc.create().realm("BYHAND.TEST").start();
    Path dir = own.workDir();
    own.close();
    own.close();
    assertThat(own.isRunning()).isFalse();
    assertThat(Files.exists(dir)).isFalse();
    assertThatThrownBy(own::port).isInstanceOf(IllegalStateException.class);
  }
}

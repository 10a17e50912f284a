package io.gsskit.raw.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KerbyKdcTest {

  @Test
  void issuesATgtIntoAnMitFormatCcache(@TempDir Path tmp) throws Exception {
    try (KerbyKdc kdc = KerbyKdc.start()) {
      kdc.addPrincipal("alice", "alice-pw");
      Path cc = tmp.resolve("cc");
      kdc.kinit("alice", "alice-pw", cc);
      byte[] bytes = Files.readAllBytes(cc);
      assertThat(bytes[0]).isEqualTo((byte) 5); // MIT ccache magic 0x05 0x0N
      assertThat(Files.readString(kdc.krb5Conf())).contains("GSSKIT.TEST");
      assertThat(kdc.port()).isPositive();
    }
  }
}

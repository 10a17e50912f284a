package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BufferSet;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GSSKit initiator and acceptor on MIT-made files (issue #4's MIT interop requirement): a ccache
 * from MIT {@code kinit} (service ticket then obtained by our TGS client from the MIT KDC) and a
 * keytab from {@code kadmin.local ktadd}, for each enctype alone in a fresh MIT realm; then
 * per-message tokens both ways. Skips without MIT krb5 unless {@code GSSKIT_REQUIRE_MIT=1}.
 */
class Krb5MitInteropTest {

  @ParameterizedTest
  @ValueSource(strings = {"aes256-cts-hmac-sha1-96", "aes256-cts-hmac-sha384-192"})
  void ourInitiatorAndAcceptorOnMitCcacheAndKeytab(String enctype) throws Exception {
    try (MitInterop fx = MitInterop.realm(enctype).service("HTTP/server.mit.test").start()) {
      String service = fx.service();
      Glue g = fx.glue();

      Krb5MessagesTest.Pair p = Krb5MessagesTest.establish(g, service,
          Krb5MessagesTest.ALL);
      BufferSet key = new BufferSet();
      assertThat(g.contexts.inquireSecContextByOid(new MinorStatus(), p.acc(),
          Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, key)).isEqualTo(GssStatus.GSS_S_COMPLETE);
      String oid = io.gsskit.raw.Oid.fromContent(key.get(1)).orElseThrow().toString();
      assertThat(oid).endsWith("." + EncType.byName(enctype).orElseThrow().number());

      byte[] msg = ("over " + enctype).getBytes(StandardCharsets.UTF_8);
      for (boolean conf : new boolean[] {true, false}) {
        assertThat(Krb5MessagesTest.unwrap(g, p.acc(),
            Krb5MessagesTest.wrap(g, p.init(), conf, msg), conf)).isEqualTo(msg);
        assertThat(Krb5MessagesTest.unwrap(g, p.init(),
            Krb5MessagesTest.wrap(g, p.acc(), conf, msg), conf)).isEqualTo(msg);
      }
      MinorStatus minor = new MinorStatus();
      assertThat(Krb5MessagesTest.verify(g, p.init(), msg,
          Krb5MessagesTest.mic(g, p.acc(), msg), minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    }
  }
}

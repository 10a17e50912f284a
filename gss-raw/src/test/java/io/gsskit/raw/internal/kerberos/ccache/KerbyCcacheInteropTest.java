package io.gsskit.raw.internal.kerberos.ccache;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.testsupport.KerbyKdc;
import java.nio.file.Path;
import java.util.List;
import org.apache.kerby.kerberos.kerb.type.ticket.SgtTicket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Caches written by Apache Kerby's client (version 3) read by us, and ours used by Kerby. */
class KerbyCcacheInteropTest {

  private static KerbyKdc kdc;

  @BeforeAll
  static void start() {
    kdc = KerbyKdc.start();
    kdc.addPrincipal("alice", "alice-pw");
    kdc.addPrincipal("HTTP/svc.test");
  }

  @AfterAll
  static void stop() {
    kdc.close();
  }

  @Test
  void readsTheCacheKerbyWrites(@TempDir Path tmp) throws Exception {
    Path cc = tmp.resolve("cc");
    kdc.kinit("alice", "alice-pw", cc);
    CcacheContents ours = FileCcache.of(cc).contents();
    assertThat(ours.version()).isEqualTo(3);
    assertThat(ours.damage()).isNull();
    assertThat(ours.principal()).hasToString("alice@GSSKIT.TEST");

    // Kerby's own reader as the oracle, field by field
    org.apache.kerby.kerberos.kerb.ccache.CredentialCache kerby =
        new org.apache.kerby.kerberos.kerb.ccache.CredentialCache();
    kerby.load(cc.toFile());
    List<org.apache.kerby.kerberos.kerb.ccache.Credential> theirs = kerby.getCredentials();
    assertThat(ours.credentials()).hasSameSizeAs(theirs);
    for (int i = 0; i < theirs.size(); i++) {
      var k = theirs.get(i);
      Credential c = ours.credentials().get(i);
      assertThat(c.server().name().components()).isEqualTo(k.getServerName().getNameStrings());
      assertThat(c.client().name().components()).isEqualTo(k.getClientName().getNameStrings());
      assertThat(c.key().keyType()).isEqualTo(k.getKey().getKeyType().getValue());
      assertThat(c.key().keyValue()).isEqualTo(k.getKey().getKeyData());
      assertThat(c.authTime()).isEqualTo(k.getAuthTime().getTime() / 1000);
      assertThat(c.endTime()).isEqualTo(k.getEndTime().getTime() / 1000);
      assertThat(c.ticketFlags()).isEqualTo(k.getTicketFlags().getFlags());
      assertThat(c.ticket()).isEqualTo(k.getTicket().encode());
    }
  }

  @Test
  void kerbyGetsAServiceTicketWithACacheWeWrote(@TempDir Path tmp) throws Exception {
    Path kerbyCc = tmp.resolve("kerby-cc");
    kdc.kinit("alice", "alice-pw", kerbyCc);
    CcacheContents c = FileCcache.of(kerbyCc).contents();
    Path mine = tmp.resolve("mine-cc");
    FileCcache ours = FileCcache.of(mine);
    ours.initialize(c.principal(), new KdcTimeOffset(0, 0));
    ours.storeAll(c.credentials());
    assertThat(java.nio.file.Files.readAllBytes(mine)[1]).isEqualTo((byte) 4);
    SgtTicket sgt = kdc.server().getKrbClient().requestSgt(mine.toFile(),
        "HTTP/svc.test@GSSKIT.TEST");
    assertThat(sgt.getSessionKey().getKeyData()).isNotEmpty();
    assertThat(sgt.getTicket().getSname().getNameStrings()).containsExactly("HTTP", "svc.test");
  }
}

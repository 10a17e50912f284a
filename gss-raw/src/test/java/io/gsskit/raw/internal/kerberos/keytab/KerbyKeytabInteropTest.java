package io.gsskit.raw.internal.kerberos.keytab;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.testsupport.KerbyKdc;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.kerby.kerberos.kerb.keytab.Keytab;
import org.apache.kerby.kerberos.kerb.type.base.PrincipalName;
import org.apache.kerby.kerberos.kerb.type.ticket.TgtTicket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keytabs exported by Apache Kerby read by us, and ours used by Kerby's client. */
class KerbyKeytabInteropTest {

  @Test
  void readsKerbyExportAndKerbyUsesOurs(@TempDir Path tmp) throws Exception {
    try (KerbyKdc kdc = KerbyKdc.start()) {
      String svc = kdc.addPrincipal("HTTP/svc.test");
      Path exported = tmp.resolve("kerby.kt");
      kdc.exportKeytab(svc, exported);
      List<KeytabEntry> ours = FileKeytab.of(exported).entries();
      assertThat(ours).isNotEmpty();

      List<org.apache.kerby.kerberos.kerb.keytab.KeytabEntry> theirs =
          Keytab.loadKeytab(exported.toFile()).getKeytabEntries(new PrincipalName(svc));
      assertThat(ours).hasSameSizeAs(theirs);
      for (int i = 0; i < ours.size(); i++) {
        assertThat(ours.get(i).principal()).hasToString(svc);
        assertThat(ours.get(i).kvno()).isEqualTo(theirs.get(i).getKvno());
        assertThat(ours.get(i).enctype())
            .isEqualTo(theirs.get(i).getKey().getKeyType().getValue());
        assertThat(ours.get(i).key().keyValue()).isEqualTo(theirs.get(i).getKey().getKeyData());
      }

      Path mine = tmp.resolve("ours.kt");
      List<KeytabEntry> reversed = new ArrayList<>(ours);
      Collections.reverse(reversed);
      FileKeytab.of(mine).addAll(reversed);
      TgtTicket tgt = kdc.server().getKrbClient().requestTgt(svc, mine.toFile());
      assertThat(tgt.getClientPrincipal().getName()).isEqualTo(svc);
      assertThat(tgt.getSessionKey().getKeyData()).isNotEmpty();
    }
  }
}

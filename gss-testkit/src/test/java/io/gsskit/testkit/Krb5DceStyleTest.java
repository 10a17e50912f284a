package io.gsskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.Credentials;
import io.gsskit.MechType;
import io.gsskit.Name;
import io.gsskit.RequirementFlag;
import io.gsskit.SecurityContext;
import io.gsskit.Usage;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.ext.Krb5Inquiry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * DCE-style Kerberos ({@link RequirementFlag#DCE_STYLE}) through the high-level
 * {@link SecurityContext#step} loop with the embedded KDC: three legs (raw AP-REQ, raw AP-REP,
 * the initiator's AP-REP), then wrap/unwrap both ways. The Kerberos inquiries of
 * {@link Krb5Inquiry} have no high-level method (python-gssapi keeps them in its raw layer too);
 * they are reached with {@link SecurityContext#handle()} and the raw {@link Gss} call, also on a
 * context moved with {@code export}/{@code importToken}.
 */
class Krb5DceStyleTest {

  @RegisterExtension
  static GssTestKdc kdc = GssTestKdc.create();

  private static final String HOST = "dce.gsskit.test";
  private static final String SERVICE = "HTTP/" + HOST;
  private static Credentials alice;
  private static Credentials server;

  @BeforeAll
  static void realm() {
    kdc.addPrincipal("alice");
    kdc.addPrincipal(SERVICE);
    alice = Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.INITIATE)
        .store(kdc.initiatorStore("alice")).acquire().credentials();
    server = Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.ACCEPT)
        .store(kdc.acceptorStore(SERVICE)).acquire().credentials();
  }

  @AfterAll
  static void close() {
    if (alice != null) {
      alice.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static List<byte[]> inquire(SecurityContext ctx, Oid oid) {
    MinorStatus minor = new MinorStatus();
    BufferSet out = new BufferSet();
    ContextHandle h = ctx.handle();
    assertThat(Gss.inquireSecContextByOid(minor, h, oid, out)).as(oid.toString())
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    return new ArrayList<>(out.asList());
  }

  @Test
  void threeLegsThroughStepThenMessages() {
    try (SecurityContext i = SecurityContext.initiator(Name.hostbasedService("HTTP", HOST))
        .credentials(alice).mech(MechType.KERBEROS)
        .flags(RequirementFlag.DCE_STYLE, RequirementFlag.MUTUAL_AUTHENTICATION,
            RequirementFlag.CONFIDENTIALITY, RequirementFlag.INTEGRITY,
            RequirementFlag.REPLAY_DETECTION, RequirementFlag.OUT_OF_SEQUENCE_DETECTION)
        .build();
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      byte[] apReq = i.step(null).orElseThrow();
      assertThat(apReq[0]).as("a raw AP-REQ, [APPLICATION 14]").isEqualTo((byte) 0x6E);
      assertThat(i.isComplete()).isFalse();
      byte[] apRep = a.step(apReq).orElseThrow();
      assertThat(apRep[0]).as("a raw AP-REP, [APPLICATION 15]").isEqualTo((byte) 0x6F);
      assertThat(a.isComplete()).as("the acceptor waits for the third leg").isFalse();
      byte[] third = i.step(apRep).orElseThrow();
      assertThat(i.isComplete()).isTrue();
      Optional<byte[]> last = a.step(third);
      assertThat(last).isEmpty();
      assertThat(a.isComplete()).isTrue();

      assertThat(i.actualFlags()).contains(RequirementFlag.DCE_STYLE,
          RequirementFlag.MUTUAL_AUTHENTICATION);
      assertThat(a.actualFlags()).contains(RequirementFlag.DCE_STYLE);
      assertThat(a.initiatorName().orElseThrow().toString()).isEqualTo("alice@" + kdc.realm());
      for (int n = 0; n < 3; n++) {
        byte[] m = ("dce " + n).getBytes(StandardCharsets.UTF_8);
        assertThat(a.unwrap(i.wrap(m, true).message()).message()).isEqualTo(m);
        assertThat(i.unwrap(a.wrap(m, true).message()).message()).isEqualTo(m);
        assertThat(a.unwrap(i.wrap(m, false).message()).encrypted()).isFalse();
      }

      // Kerberos inquiries through the raw layer; an exported and imported acceptor answers the
      // same (the export token carries authtime and authorization data).
      List<byte[]> authtime = inquire(a,
          Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID);
      assertThat(authtime).hasSize(1);
      assertThat(Krb5Inquiry.decodeAuthtime(authtime.get(0)))
          .isEqualTo(Krb5Inquiry.decodeAuthtime(inquire(i,
              Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID).get(0)));
      try (SecurityContext moved = SecurityContext.importToken(a.export())) {
        assertThat(inquire(moved, Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID)
            .get(0)).isEqualTo(authtime.get(0));
        assertThat(inquire(moved, Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID).get(0))
            .isEqualTo(inquire(i, Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID).get(0));
        byte[] m = "after import".getBytes(StandardCharsets.UTF_8);
        assertThat(moved.unwrap(i.wrap(m, true).message()).message()).isEqualTo(m);
      }
    }
  }
}

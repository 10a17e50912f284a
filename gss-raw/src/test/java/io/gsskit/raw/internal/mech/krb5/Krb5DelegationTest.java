package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.ext.CredStore;
import io.gsskit.raw.internal.glue.Glue;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Initiator delegation (RFC 4121 §4.1.1): a forwarded TGT from the Kerby KDC travels in the
 * 0x8003 checksum to our acceptor, which then initiates onward to a second service with it.
 */
class Krb5DelegationTest {

  static Krb5Fixture fx;
  static Glue glue;
  static String second;
  static Path secondKeytab;

  @BeforeAll
  static void start() throws Exception {
    fx = new Krb5Fixture();
    glue = fx.glue();
    second = fx.kdc.addPrincipal("host/second.gsskit.test");
    secondKeytab = fx.dir.resolve("second.keytab");
    fx.kdc.exportKeytab(second, secondKeytab);
  }

  @AfterAll
  static void stop() throws Exception {
    fx.close();
  }

  private record Accepted(ContextHandle ictx, ContextHandle actx, int initFlags, int accFlags,
      CredHandle delegated, String source) {}

  private static Accepted run(CredHandle initCred, String service, CredHandle acc, int req) {
    NameHandle target = Krb5Fixture.name(glue, service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    Buffer tok = new Buffer();
    IntHolder iflags = new IntHolder();
    int major = glue.contexts.initSecContext(minor, initCred, ictx, target, Gss.GSS_MECH_KRB5,
        req, 0, null, null, null, tok, iflags, null);
    assertThat(major).as(glue.status.describe(major, minor))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    ContextHandle.Ref actx = new ContextHandle.Ref();
    NameHandle.Ref src = new NameHandle.Ref();
    Buffer rep = new Buffer();
    IntHolder aflags = new IntHolder();
    CredHandle.Ref deleg = new CredHandle.Ref();
    major = glue.contexts.acceptSecContext(minor, actx, acc, tok.value(), null, src, null, rep,
        aflags, null, deleg);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    major = glue.contexts.initSecContext(minor, initCred, ictx, target, Gss.GSS_MECH_KRB5, req,
        0, null, rep.value(), null, new Buffer(), iflags, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    StringHolder s = new StringHolder();
    glue.names.displayName(minor, src.get(), s, new OidHolder());
    return new Accepted(ictx.get(), actx.get(), iflags.get(), aflags.get(), deleg.get(),
        s.get());
  }

  @Test
  void delegatedTgtInitiatesOnwardToASecondService() {
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    int req = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_DELEG_FLAG;
    Accepted first = run(null, fx.service, acc, req);
    assertThat(first.initFlags & Gss.GSS_C_DELEG_FLAG).isNotZero();
    assertThat(first.accFlags & Gss.GSS_C_DELEG_FLAG).isNotZero();
    assertThat(first.delegated).isNotNull();

    // the service, holding alice's delegated TGT, goes on to the second service
    CredHandle acc2 = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT,
        Map.of(CredStore.KEYTAB, "FILE:" + secondKeytab));
    Accepted onward = run(first.delegated, second, acc2, Gss.GSS_C_MUTUAL_FLAG);
    assertThat(onward.source).isEqualTo(fx.alice);
    byte[] msg = {1, 2, 3};
    assertThat(Krb5MessagesTest.unwrap(glue, onward.actx,
        Krb5MessagesTest.wrap(glue, onward.ictx, true, msg), true)).isEqualTo(msg);
  }

  @Test
  void policyFlagDelegatesOnlyToOkAsDelegateServices() {
    // Kerby issues no OK-AS-DELEGATE tickets, so the policy flag alone delegates nothing
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    Accepted a = run(null, fx.service, acc, Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_DELEG_POLICY_FLAG);
    assertThat(a.initFlags & Gss.GSS_C_DELEG_FLAG).isZero();
    assertThat(a.accFlags & Gss.GSS_C_DELEG_FLAG).isZero();
    assertThat(a.delegated).isNull();
  }

  @Test
  void withoutTheFlagNothingIsDelegated() {
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    Accepted a = run(null, fx.service, acc, Gss.GSS_C_MUTUAL_FLAG);
    assertThat(a.delegated).isNull();
    assertThat(a.accFlags & Gss.GSS_C_DELEG_FLAG).isZero();
  }
}

package io.gsskit.bench.gss;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import java.nio.file.Path;

/**
 * Cold start: one process that establishes its first context pair (initiator and acceptor,
 * mutual authentication) and exits; {@code run.sh} times whole processes of it. {@code ColdStart
 * gsskit|jdk REALM_DIR}.
 *
 * <p>GSSKit uses the public static {@link Gss} API over the process environment, which the
 * script sets like an application's: {@code KRB5_CONFIG}, {@code KRB5CCNAME} (TGT and service
 * ticket), {@code KRB5_KTNAME}, {@code KRB5RCACHETYPE=memory}. The JDK logs the user in from the
 * same ccache and the service from the same keytab with JAAS (its default in-memory replay
 * cache), through {@link JdkSide}.
 */
public final class ColdStart {

  private ColdStart() {}

  /**
   * Entry point.
   *
   * @param args {@code gsskit} or {@code jdk}, then the realm directory
   * @throws Exception when establishment fails (non-zero exit)
   */
  public static void main(String[] args) throws Exception {
    BenchRealm realm = BenchRealm.open(Path.of(args[1]));
    switch (args[0]) {
      case "gsskit" -> gsskit(realm.service());
      case "jdk" -> JdkSide.login(realm).establish(true).dispose();
      default -> throw new IllegalArgumentException("gsskit or jdk, not " + args[0]);
    }
  }

  private static void gsskit(String service) {
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref target = new NameHandle.Ref();
    check(Gss.importName(minor, service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME, target), minor);
    CredHandle.Ref ic = new CredHandle.Ref();
    check(Gss.acquireCred(minor, null, 0, null, Gss.GSS_C_INITIATE, ic, null, null), minor);
    CredHandle.Ref ac = new CredHandle.Ref();
    check(Gss.acquireCred(minor, null, 0, null, Gss.GSS_C_ACCEPT, ac, null, null), minor);
    int flags = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG
        | Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG;
    ContextHandle.Ref ini = new ContextHandle.Ref();
    Buffer apReq = new Buffer();
    int major = Gss.initSecContext(minor, ic.get(), ini, target.orElseThrow(),
        Gss.GSS_MECH_KRB5, flags, 0, null, null, null, apReq, null, null);
    if (major != GssStatus.GSS_S_CONTINUE_NEEDED) {
      check(major, minor);
    }
    ContextHandle.Ref acc = new ContextHandle.Ref();
    Buffer apRep = new Buffer();
    check(Gss.acceptSecContext(minor, acc, ac.get(), apReq.value(), null, null, null, apRep,
        null, null, null), minor);
    check(Gss.initSecContext(minor, ic.get(), ini, target.orElseThrow(), Gss.GSS_MECH_KRB5,
        flags, 0, null, apRep.value(), null, new Buffer(), null, null), minor);
    Gss.deleteSecContext(minor, ini, null);
    Gss.deleteSecContext(minor, acc, null);
  }

  private static void check(int major, MinorStatus minor) {
    if (major != GssStatus.GSS_S_COMPLETE) {
      throw new IllegalStateException(Gss.displayStatus(major, minor));
    }
  }
}

package io.gsskit.bench.gss;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.ext.CredStore;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.glue.MechRegistry;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.mech.krb5.Krb5MechanismProvider;
import io.gsskit.raw.internal.mech.krb5.Krb5Settings;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * GSSKit's Kerberos mechanism over a {@link BenchRealm}, through the mechglue: the same {@link
 * Glue} call objects ({@code contexts}, {@code messages}) that the static {@link Gss} API
 * delegates to, but built over settings that point at the realm's krb5.conf instead of the process
 * environment, so one JVM can hold any realm. Credentials are acquired once, with {@code
 * gss_acquire_cred_from} stores: the user from the realm's ccache (TGT and service ticket, so no
 * KDC round trip per context), the service from its keytab with the replay cache {@code
 * memory:bench} (on) or {@code none:} (off). Not thread-safe.
 */
public final class GssKitSide {

  private final Glue glue;
  private final NameHandle target;
  private final CredHandle initCred;
  private final CredHandle acceptCred;

  private GssKitSide(Glue glue, NameHandle target, CredHandle initCred, CredHandle acceptCred) {
    this.glue = glue;
    this.target = target;
    this.initCred = initCred;
    this.acceptCred = acceptCred;
  }

  /**
   * Acquires both credentials.
   *
   * @param realm the realm
   * @param replayCache whether the acceptor uses a replay cache
   * @return the GSSKit side
   * @throws Exception when the profile cannot be read or a credential cannot be acquired
   */
  public static GssKitSide open(BenchRealm realm, boolean replayCache) throws Exception {
    Map<String, String> env = Map.of("KRB5_CONFIG", realm.krb5Conf().toString(),
        "KRB5CCNAME", "FILE:" + realm.ccache(), "KRB5_KTNAME", "FILE:" + realm.keytab());
    Krb5Settings settings = new Krb5Settings(Environment.of(env, 1000, 1000, "bench"),
        Clock.systemUTC(), new SecureRandom(), Krb5Config.load(List.of(realm.krb5Conf())));
    Glue glue = new Glue(MechRegistry.of(List.of(new Krb5MechanismProvider(settings))));
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref name = new NameHandle.Ref();
    check(glue, minor, glue.names.importName(minor,
        realm.service().getBytes(StandardCharsets.UTF_8), Gss.GSS_KRB5_NT_PRINCIPAL_NAME, name),
        "importName");
    CredHandle.Ref ic = new CredHandle.Ref();
    check(glue, minor, glue.creds.acquireCredFrom(minor, null, 0, null, Gss.GSS_C_INITIATE,
        Map.of(CredStore.CCACHE, "FILE:" + realm.ccache()), ic, null, null), "acquire initiator");
    CredHandle.Ref ac = new CredHandle.Ref();
    check(glue, minor, glue.creds.acquireCredFrom(minor, null, 0, null, Gss.GSS_C_ACCEPT,
        Map.of(CredStore.KEYTAB, "FILE:" + realm.keytab(),
            CredStore.RCACHE, replayCache ? "memory:bench" : "none:"), ac, null, null),
        "acquire acceptor");
    return new GssKitSide(glue, name.orElseThrow(), ic.orElseThrow(), ac.orElseThrow());
  }

  /** @return the mechglue the contexts belong to */
  public Glue glue() {
    return glue;
  }

  /** A pair of established contexts. */
  public record Pair(Glue glue, ContextHandle initiator, ContextHandle acceptor) {
    /** Deletes both contexts. */
    public void dispose() {
      MinorStatus minor = new MinorStatus();
      ContextHandle.Ref r = new ContextHandle.Ref();
      r.set(initiator);
      glue.contexts.deleteSecContext(minor, r, null);
      r.set(acceptor);
      glue.contexts.deleteSecContext(minor, r, null);
    }
  }

  /**
   * Establishes one context pair: AP-REQ, AP-REP (mutual authentication), with confidentiality
   * and integrity, and replay and sequence detection as requested.
   *
   * @param sequencing whether to request replay and sequence detection
   * @return the established pair
   */
  public Pair establish(boolean sequencing) {
    int flags = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG
        | (sequencing ? Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG : 0);
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref ini = new ContextHandle.Ref();
    Buffer apReq = new Buffer();
    int major = glue.contexts.initSecContext(minor, initCred, ini, target, Gss.GSS_MECH_KRB5,
        flags, 0, null, null, null, apReq, null, null);
    expect(minor, major, GssStatus.GSS_S_CONTINUE_NEEDED, "init");
    ContextHandle.Ref acc = new ContextHandle.Ref();
    Buffer apRep = new Buffer();
    major = glue.contexts.acceptSecContext(minor, acc, acceptCred, apReq.value(), null, null,
        null, apRep, null, null, null);
    expect(minor, major, GssStatus.GSS_S_COMPLETE, "accept");
    Buffer none = new Buffer();
    major = glue.contexts.initSecContext(minor, initCred, ini, target, Gss.GSS_MECH_KRB5,
        flags, 0, null, apRep.value(), null, none, null, null);
    expect(minor, major, GssStatus.GSS_S_COMPLETE, "init (AP-REP)");
    return new Pair(glue, ini.orElseThrow(), acc.orElseThrow());
  }

  /**
   * The initiator's first token of a new context (for replay-cache checks).
   *
   * @return the AP-REQ token
   */
  byte[] apReq() {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    int major = glue.contexts.initSecContext(minor, initCred, new ContextHandle.Ref(), target,
        Gss.GSS_MECH_KRB5, Gss.GSS_C_MUTUAL_FLAG, 0, null, null, null, out, null, null);
    expect(minor, major, GssStatus.GSS_S_CONTINUE_NEEDED, "init");
    return out.value();
  }

  /**
   * Accepts an AP-REQ in a fresh acceptor context.
   *
   * @param apReq the token
   * @return whether GSSKit accepted it
   */
  boolean accepts(byte[] apReq) {
    ContextHandle.Ref acc = new ContextHandle.Ref();
    MinorStatus minor = new MinorStatus();
    int major = glue.contexts.acceptSecContext(minor, acc, acceptCred, apReq, null, null, null,
        new Buffer(), null, null, null);
    if (acc.get() != null) {
      glue.contexts.deleteSecContext(minor, acc, null);
    }
    return major == GssStatus.GSS_S_COMPLETE;
  }

  private void expect(MinorStatus minor, int major, int wanted, String what) {
    if (major != wanted) {
      throw new IllegalStateException(what + ": " + glue.status.describe(major, minor));
    }
  }

  private static void check(Glue glue, MinorStatus minor, int major, String what) {
    if (major != GssStatus.GSS_S_COMPLETE) {
      throw new IllegalStateException(what + ": " + glue.status.describe(major, minor));
    }
  }
}

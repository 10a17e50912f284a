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
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Initiator credentials and service tickets through the KDC client against the embedded Kerby
 * KDC: TGS exchange when the ccache lacks the ticket, client keytab and password logins.
 */
class Krb5KdcCredsTest {

  static Krb5Fixture fx;
  static Glue glue;
  static CredHandle acceptor;

  @BeforeAll
  static void start() throws Exception {
    fx = new Krb5Fixture();
    glue = fx.glue();
    acceptor = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
  }

  @AfterAll
  static void stop() throws Exception {
    fx.close();
  }

  private static Glue glueWith(Map<String, String> env) throws Exception {
    return Krb5Fixture.glue(fx.settings(env, Clock.systemUTC()));
  }

  /** Establishes with mutual auth using {@code cred} against our acceptor; returns the source. */
  private static String establish(Glue g, CredHandle cred, NameHandle target) {
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    Buffer tok = new Buffer();
    int major = g.contexts.initSecContext(minor, cred, ictx, target, Gss.GSS_MECH_KRB5,
        Gss.GSS_C_MUTUAL_FLAG, 0, null, null, null, tok, null, null);
    assertThat(major).as(g.status.describe(major, minor))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    ContextHandle.Ref actx = new ContextHandle.Ref();
    NameHandle.Ref src = new NameHandle.Ref();
    Buffer rep = new Buffer();
    major = glue.contexts.acceptSecContext(minor, actx, acceptor, tok.value(), null, src, null,
        rep, null, null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    major = g.contexts.initSecContext(minor, cred, ictx, target, Gss.GSS_MECH_KRB5,
        Gss.GSS_C_MUTUAL_FLAG, 0, null, rep.value(), null, new Buffer(), null, null);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    StringHolder s = new StringHolder();
    glue.names.displayName(minor, src.get(), s, new OidHolder());
    return s.get();
  }

  private Path tgtOnlyCcache(String name) {
    Path cc = fx.dir.resolve(name);
    fx.kdc.kinit(fx.alice, Krb5Fixture.PASSWORD, cc);
    return cc;
  }

  private static boolean holdsTicketFor(Path cc, String server) throws Exception {
    KerberosPrincipal want = KerberosPrincipal.parse(server, "", 1).orElseThrow();
    return CredentialCaches.resolve("FILE:" + cc).credentials().stream()
        .anyMatch(c -> Krb5Name.same(c.server(), want));
  }

  @Test
  void initiatorGetsAndStoresAServiceTicketWhenTheCcacheHasOnlyATgt() throws Exception {
    Path cc = tgtOnlyCcache("tgt-only");
    assertThat(holdsTicketFor(cc, fx.service)).isFalse();
    Map<String, String> env = new HashMap<>(fx.env());
    env.put("KRB5CCNAME", "FILE:" + cc);
    Glue g = glueWith(env);
    // host-based name: realm from [domain_realm]
    NameHandle target = Krb5Fixture.name(g, "HTTP@" + Krb5Fixture.HOST,
        Gss.GSS_C_NT_HOSTBASED_SERVICE);
    assertThat(establish(g, null, target)).isEqualTo(fx.alice);
    assertThat(holdsTicketFor(cc, fx.service)).isTrue();
    // second time from the cache
    assertThat(establish(g, null, target)).isEqualTo(fx.alice);
  }

  @Test
  void unknownServiceIsAKdcErrorInTheMinorStatus() throws Exception {
    Path cc = tgtOnlyCcache("tgt-only-2");
    Map<String, String> env = new HashMap<>(fx.env());
    env.put("KRB5CCNAME", "FILE:" + cc);
    Glue g = glueWith(env);
    NameHandle target = Krb5Fixture.name(g, "nosuch@" + Krb5Fixture.HOST,
        Gss.GSS_C_NT_HOSTBASED_SERVICE);
    MinorStatus minor = new MinorStatus();
    int major = g.contexts.initSecContext(minor, null, new ContextHandle.Ref(), target,
        Gss.GSS_MECH_KRB5, 0, 0, null, null, null, new Buffer(), null, null);
    assertThat(major).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(minor.mechStatus())
        .isEqualTo(KerberosErrorCode.KDC_ERR_S_PRINCIPAL_UNKNOWN.mitCode());
    assertThat(g.status.describe(major, minor)).contains("nosuch/" + Krb5Fixture.HOST);
  }

  @Test
  void clientKeytabFromTheCredStoreFillsAMissingCcache() throws Exception {
    Path cc = fx.dir.resolve("from-client-keytab");
    Glue g = glueWith(fx.env());
    CredHandle cred = Krb5Fixture.cred(g, Gss.GSS_C_INITIATE, Map.of(
        CredStore.CLIENT_KEYTAB, "FILE:" + fx.clientKeytab, CredStore.CCACHE, "FILE:" + cc));
    assertThat(Files.exists(cc)).isTrue();
    NameHandle target = Krb5Fixture.name(g, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    assertThat(establish(g, cred, target)).isEqualTo(fx.alice);
  }

  @Test
  void clientKeytabFromTheEnvironmentAsMitDoes() throws Exception {
    Path cc = fx.dir.resolve("env-client-keytab");
    Map<String, String> env = new HashMap<>(fx.env());
    env.put("KRB5CCNAME", "FILE:" + cc);
    env.put("KRB5_CLIENT_KTNAME", "FILE:" + fx.clientKeytab);
    Glue g = glueWith(env);
    NameHandle alice = Krb5Fixture.name(g, fx.alice, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    MinorStatus minor = new MinorStatus();
    CredHandle.Ref ref = new CredHandle.Ref();
    int major = g.creds.acquireCred(minor, alice, 0, null, Gss.GSS_C_INITIATE, ref, null, null);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(CredentialCaches.resolve("FILE:" + cc).principal().toString())
        .isEqualTo(fx.alice);
    NameHandle target = Krb5Fixture.name(g, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    assertThat(establish(g, ref.get(), target)).isEqualTo(fx.alice);

    // without the client keytab the missing ccache stays an error
    Map<String, String> env2 = new HashMap<>(fx.env());
    env2.put("KRB5CCNAME", "FILE:" + fx.dir.resolve("never-created"));
    env2.put("KRB5_CLIENT_KTNAME", "FILE:" + fx.dir.resolve("no-such-keytab"));
    Glue g2 = glueWith(env2);
    major = g2.creds.acquireCred(minor, null, 0, null, Gss.GSS_C_INITIATE,
        new CredHandle.Ref(), null, null);
    assertThat(major).isEqualTo(GssStatus.GSS_S_NO_CRED);
  }

  @Test
  void passwordThroughTheCredStoreAndAcquireCredWithPassword() throws Exception {
    Glue g = glueWith(fx.env());
    NameHandle alice = Krb5Fixture.name(g, "alice", Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    NameHandle target = Krb5Fixture.name(g, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);

    MinorStatus minor = new MinorStatus();
    CredHandle.Ref ref = new CredHandle.Ref();
    byte[] pw = Krb5Fixture.PASSWORD.getBytes(StandardCharsets.UTF_8);
    int major = g.creds.acquireCredWithPassword(minor, alice, pw, 0, null, Gss.GSS_C_INITIATE,
        ref, null, new IntHolder());
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(establish(g, ref.get(), target)).isEqualTo(fx.alice);

    Path cc = fx.dir.resolve("pw-ccache");
    ref = new CredHandle.Ref();
    major = g.creds.acquireCredFrom(minor, alice, 0, null, Gss.GSS_C_INITIATE, Map.of(
        CredStore.PASSWORD, Krb5Fixture.PASSWORD, CredStore.CCACHE, "FILE:" + cc), ref, null,
        null);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(CredentialCaches.resolve("FILE:" + cc).principal().toString())
        .isEqualTo(fx.alice);
    assertThat(establish(g, ref.get(), target)).isEqualTo(fx.alice);

    major = g.creds.acquireCredWithPassword(minor, alice,
        "wrong".getBytes(StandardCharsets.UTF_8), 0, null, Gss.GSS_C_INITIATE,
        new CredHandle.Ref(), null, null);
    assertThat(GssStatus.isError(major)).isTrue();
    assertThat(g.status.describe(major, minor)).contains(fx.alice);
  }
}

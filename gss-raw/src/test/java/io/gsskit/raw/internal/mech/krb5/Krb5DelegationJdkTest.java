package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.ext.CredStore;
import io.gsskit.raw.internal.glue.Glue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSCredential;
import org.ietf.jgss.GSSManager;
import org.ietf.jgss.MessageProp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GSSKit's initiator delegating (GSS_C_DELEG_FLAG) to the JDK's JGSS acceptor: the JDK must
 * decrypt the KRB-CRED in the 0x8003 checksum, hand out the forwarded TGT as its delegated
 * credential, and authenticate onward with it (a TGS exchange with the forwarded TGT at the Kerby
 * KDC) to a second service, whose acceptor is GSSKit: a real onward authentication as the
 * original client proves the forwarded TGT is right.
 */
class Krb5DelegationJdkTest {

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
    Path jdkConf = fx.dir.resolve("jdk-krb5.conf");
    Files.writeString(jdkConf, "[libdefaults]\n default_realm = " + fx.kdc.realm()
        + "\n forwardable = true\n dns_canonicalize_hostname = false\n"
        + " udp_preference_limit = 1\n"
        + "[realms]\n " + fx.kdc.realm() + " = {\n  kdc = 127.0.0.1:" + fx.kdc.port()
        + "\n }\n", StandardCharsets.UTF_8);
    System.setProperty("java.security.krb5.conf", jdkConf.toString());
  }

  @AfterAll
  static void stop() throws Exception {
    fx.close();
  }

  @Test
  void jdkAcceptorUsesTheDelegatedTgtOnward() throws Exception {
    JdkPeer jdk = JdkPeer.login(fx.service, fx.keytab, false);
    GSSContext ac = jdk.acceptor();
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    int req = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_DELEG_FLAG;
    MinorStatus minor = new MinorStatus();
    Buffer apReq = new Buffer();
    IntHolder iflags = new IntHolder();
    int major = glue.contexts.initSecContext(minor, null, ictx, target, Gss.GSS_MECH_KRB5, req,
        0, null, null, null, apReq, iflags, null);
    assertThat(major).as(glue.status.describe(major, minor))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    assertThat(iflags.get() & Gss.GSS_C_DELEG_FLAG).isNotZero();
    byte[] apRep = jdk.step(ac, apReq.value(), false);
    Krb5Fixture.init(glue, ictx, target, req, apRep, GssStatus.GSS_S_COMPLETE);
    assertThat(ac.isEstablished()).isTrue();
    assertThat(ac.getCredDelegState()).isTrue();
    GSSCredential delegated = ac.getDelegCred();
    assertThat(delegated).isNotNull();
    assertThat(delegated.getName().toString()).isEqualTo(fx.alice);
    assertThat(delegated.getUsage()).isIn(GSSCredential.INITIATE_ONLY,
        GSSCredential.INITIATE_AND_ACCEPT);

    // The JDK service goes on to the second service as alice.
    GSSContext onward = jdk.run(() -> {
      GSSManager m = GSSManager.getInstance();
      GSSContext c = m.createContext(m.createName(second, JdkPeer.KRB5_PRINCIPAL),
          JdkPeer.KRB5, delegated, GSSContext.DEFAULT_LIFETIME);
      c.requestMutualAuth(true);
      c.requestConf(true);
      c.requestInteg(true);
      return c;
    });
    byte[] onwardReq = jdk.step(onward, new byte[0], true);
    ContextHandle.Ref actx = new ContextHandle.Ref();
    NameHandle.Ref src = new NameHandle.Ref();
    Buffer onwardRep = new Buffer();
    major = glue.contexts.acceptSecContext(minor, actx, Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT,
        Map.of(CredStore.KEYTAB, "FILE:" + secondKeytab)), onwardReq, null, src, null,
        onwardRep, null, null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    StringHolder who = new StringHolder();
    glue.names.displayName(minor, src.get(), who, new OidHolder());
    assertThat(who.get()).isEqualTo(fx.alice);
    jdk.step(onward, onwardRep.value(), true);
    assertThat(onward.isEstablished()).isTrue();
    byte[] msg = "onward".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = onward.wrap(msg, 0, msg.length, new MessageProp(0, true));
    assertThat(Krb5MessagesTest.unwrap(glue, actx.get(), sealed, true)).isEqualTo(msg);
  }

  @Test
  void withoutTheFlagTheJdkGetsNoCredential() throws Exception {
    JdkPeer jdk = JdkPeer.login(fx.service, fx.keytab, false);
    GSSContext ac = jdk.acceptor();
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    byte[] apReq = Krb5Fixture.init(glue, ictx, target, Gss.GSS_C_MUTUAL_FLAG, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    jdk.step(ac, apReq, false);
    assertThat(ac.isEstablished()).isTrue();
    assertThat(ac.getCredDelegState()).isFalse();
  }
}

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
import io.gsskit.raw.internal.glue.Glue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.MessageProp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GSSKit against the JDK's JGSS Kerberos mechanism, both directions, with the Kerby KDC. */
class Krb5JdkInteropTest {

  static Krb5Fixture fx;
  static Glue glue;
  static Path jdkConf;

  @BeforeAll
  static void start() throws Exception {
    fx = new Krb5Fixture();
    glue = fx.glue();
    jdkConf = fx.dir.resolve("jdk-krb5.conf");
    Files.writeString(jdkConf, "[libdefaults]\n default_realm = " + fx.kdc.realm()
        + "\n forwardable = true\n dns_canonicalize_hostname = false\n"
        + " udp_preference_limit = 1\n"
        + "[realms]\n " + fx.kdc.realm() + " = {\n  kdc = 127.0.0.1:" + fx.kdc.port()
        + "\n }\n", StandardCharsets.UTF_8);
    System.setProperty("java.security.krb5.conf", jdkConf.toString());
  }

  @AfterAll
  static void stop() throws Exception {
    fx.close(); // restores java.security.krb5.conf
  }

  @Test
  void jdkInitiatorToGssKitAcceptorWithMutualAuthentication() throws Exception {
    JdkPeer jdk = JdkPeer.login(fx.alice, fx.clientKeytab, true);
    GSSContext ic = jdk.initiator(fx.service, true, false);
    byte[] apReq = jdk.step(ic, new byte[0], true);

    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref actx = new ContextHandle.Ref();
    NameHandle.Ref src = new NameHandle.Ref();
    Buffer out = new Buffer();
    IntHolder flags = new IntHolder();
    CredHandle.Ref deleg = new CredHandle.Ref();
    int major = glue.contexts.acceptSecContext(minor, actx, acc, apReq, null, src,
        new OidHolder(), out, flags, null, deleg);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    StringHolder who = new StringHolder();
    glue.names.displayName(minor, src.get(), who, new OidHolder());
    assertThat(who.get()).isEqualTo(fx.alice);
    int want = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG
        | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG;
    assertThat(flags.get() & want).isEqualTo(want);

    byte[] rest = jdk.step(ic, out.value(), true);
    assertThat(rest == null || rest.length == 0).isTrue();
    assertThat(ic.isEstablished()).isTrue();
    assertThat(ic.getMutualAuthState()).isTrue();

    // Delegation from the JDK is not exercised here: Kerby's KDC answers the JDK's
    // forwarded-TGT request with a reply the JDK rejects (KRB_AP_ERR_MODIFIED).
    assertThat(deleg.get()).isNull();

    exchange(ic, actx.get());
  }

  /** Wrap (sealed and integrity-only) and MIC tokens both ways between a JDK and our context. */
  private static void exchange(GSSContext jdk, ContextHandle ours) throws Exception {
    java.util.Random rnd = new java.util.Random(7802);
    for (int i = 0; i < 12; i++) {
      byte[] msg = new byte[i == 0 ? 0 : rnd.nextInt(2000)];
      rnd.nextBytes(msg);
      boolean conf = i % 2 == 0;
      // JDK -> us
      MessageProp mp = new MessageProp(0, conf);
      byte[] tok = jdk.wrap(msg, 0, msg.length, mp);
      byte[] got = Krb5MessagesTest.unwrap(glue, ours, tok, conf);
      assertThat(got).as("JDK wrap #%d conf=%s", i, conf).isEqualTo(msg);
      byte[] mic = jdk.getMIC(msg, 0, msg.length, new MessageProp(0, false));
      MinorStatus minor = new MinorStatus();
      int major = Krb5MessagesTest.verify(glue, ours, msg, mic, minor);
      assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
      // us -> JDK
      byte[] ourTok = Krb5MessagesTest.wrap(glue, ours, conf, msg);
      MessageProp rp = new MessageProp(0, false);
      byte[] back = jdk.unwrap(ourTok, 0, ourTok.length, rp);
      assertThat(back).as("our wrap #%d conf=%s", i, conf).isEqualTo(msg);
      assertThat(rp.getPrivacy()).isEqualTo(conf);
      assertThat(rp.isDuplicateToken() || rp.isOldToken() || rp.isUnseqToken()
          || rp.isGapToken()).isFalse();
      byte[] ourMic = Krb5MessagesTest.mic(glue, ours, msg);
      MessageProp vp = new MessageProp(0, false);
      jdk.verifyMIC(ourMic, 0, ourMic.length, msg, 0, msg.length, vp);
      assertThat(vp.isDuplicateToken() || vp.isOldToken() || vp.isUnseqToken()
          || vp.isGapToken()).isFalse();
    }
    // a flipped byte in our token is refused by the JDK
    byte[] ourTok = Krb5MessagesTest.wrap(glue, ours, true, new byte[40]);
    ourTok[ourTok.length - 3] ^= 0x10;
    byte[] bad = ourTok;
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> jdk.unwrap(bad, 0, bad.length, new MessageProp(0, false)))
        .isInstanceOf(org.ietf.jgss.GSSException.class);
  }

  @Test
  void jdkInitiatorWithoutMutual() throws Exception {
    JdkPeer jdk = JdkPeer.login(fx.alice, fx.clientKeytab, true);
    GSSContext ic = jdk.initiator(fx.service, false, false);
    byte[] apReq = jdk.step(ic, new byte[0], true);
    assertThat(ic.isEstablished()).isTrue();
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    ContextHandle.Ref actx = new ContextHandle.Ref();
    int major = glue.contexts.acceptSecContext(minor, actx,
        Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of()), apReq, null, null, null, out, null,
        null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(out.value()).isEmpty();
    exchange(ic, actx.get());
  }

  @Test
  void gssKitInitiatorToJdkAcceptor() throws Exception {
    JdkPeer jdk = JdkPeer.login(fx.service, fx.keytab, false);
    GSSContext ac = jdk.acceptor();
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    int req = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG
        | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG;
    byte[] apReq = Krb5Fixture.init(glue, ictx, target, req, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    byte[] apRep = jdk.step(ac, apReq, false);
    assertThat(ac.isEstablished()).isTrue();
    assertThat(ac.getSrcName().toString()).isEqualTo(fx.alice);
    assertThat(ac.getMutualAuthState()).isTrue();
    assertThat(ac.getReplayDetState()).isTrue();
    assertThat(ac.getSequenceDetState()).isTrue();
    Krb5Fixture.init(glue, ictx, target, req, apRep, GssStatus.GSS_S_COMPLETE);
  }

  @Test
  void gssKitInitiatorToJdkAcceptorWithoutMutual() throws Exception {
    JdkPeer jdk = JdkPeer.login(fx.service, fx.keytab, false);
    GSSContext ac = jdk.acceptor();
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    byte[] apReq = Krb5Fixture.init(glue, new ContextHandle.Ref(), target, 0, null,
        GssStatus.GSS_S_COMPLETE);
    byte[] out = jdk.step(ac, apReq, false);
    assertThat(out == null || out.length == 0).isTrue();
    assertThat(ac.isEstablished()).isTrue();
    assertThat(ac.getMutualAuthState()).isFalse();
  }

  @Test
  void gssKitInitiatorToJdkAcceptorExchangesMessages() throws Exception {
    JdkPeer jdk = JdkPeer.login(fx.service, fx.keytab, false);
    GSSContext ac = jdk.acceptor();
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    int req = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG
        | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG;
    byte[] apReq = Krb5Fixture.init(glue, ictx, target, req, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    byte[] apRep = jdk.step(ac, apReq, false);
    Krb5Fixture.init(glue, ictx, target, req, apRep, GssStatus.GSS_S_COMPLETE);
    exchange(ac, ictx.get());
  }

  @Test
  void gssKitInitiatorWithoutMutualToJdkAcceptorExchangesMessages() throws Exception {
    JdkPeer jdk = JdkPeer.login(fx.service, fx.keytab, false);
    GSSContext ac = jdk.acceptor();
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    byte[] apReq = Krb5Fixture.init(glue, ictx, target,
        Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG, null, GssStatus.GSS_S_COMPLETE);
    jdk.step(ac, apReq, false);
    assertThat(ac.isEstablished()).isTrue();
    exchange(ac, ictx.get());
  }
}

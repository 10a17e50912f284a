package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.security.jgss.ExtendedGSSContext;
import com.sun.security.jgss.InquireType;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.testsupport.MitRealm;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.security.auth.kerberos.EncryptionKey;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSException;
import org.ietf.jgss.MessageProp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 4757 (rc4-hmac) contexts between GSSKit and the JDK's own JGSS, both directions: Wrap
 * (sealed and integrity-only) and MIC tokens both ways, a tampered token refused by each side.
 * Kerby's embedded KDC is not used: the realm is MIT's krb5kdc with arcfour-hmac as the only
 * enctype ({@code allow_rc4}), and the JDK is pointed at it with a krb5.conf that allows weak
 * crypto and permits only rc4-hmac (the JDK 17 refuses rc4-hmac without {@code
 * allow_weak_crypto = true}). Both sides report an arcfour-hmac (23) context key.
 */
class Krb5Rc4JdkInteropTest {

  private static final String HOST = "server.mit.test";
  private static final String WEAK =
      "[libdefaults]\n allow_weak_crypto = true\n allow_rc4 = true\n";

  private static MitRealm mit;
  private static Glue glue;
  private static String service;
  private static String jdkUser;
  private static Path serviceKeytab;
  private static Path jdkUserKeytab;
  private static String previousConf;

  @BeforeAll
  static void start() throws Exception {
    mit = MitRealm.start("MIT.TEST", List.of("arcfour-hmac"), WEAK);
    String alice = mit.addPrincipal("alice", "alice-pw");
    service = mit.addRandKeyPrincipal("host/" + HOST);
    jdkUser = mit.addRandKeyPrincipal("jdkuser");
    serviceKeytab = mit.workDir().resolve("host.keytab");
    mit.ktadd(serviceKeytab, service, "arcfour-hmac").requireSuccess();
    jdkUserKeytab = mit.workDir().resolve("jdkuser.keytab");
    mit.ktadd(jdkUserKeytab, jdkUser, "arcfour-hmac").requireSuccess();
    Path ccache = mit.workDir().resolve("alice.ccache");
    mit.kinitPassword(alice, "alice-pw", "FILE:" + ccache);
    Map<String, String> env = new HashMap<>(mit.environment());
    env.put("KRB5CCNAME", "FILE:" + ccache);
    env.put("KRB5_KTNAME", "FILE:" + serviceKeytab);
    env.put("KRB5RCACHETYPE", "memory");
    glue = Krb5Fixture.glue(new Krb5Settings(Environment.of(env, 1000, 1000, "tester"),
        Clock.systemUTC(), new SecureRandom(), Krb5Config.load(List.of(mit.krb5Conf()))));
    Path jdkConf = mit.workDir().resolve("jdk-krb5.conf");
    Files.writeString(jdkConf, "[libdefaults]\n default_realm = " + mit.realm()
        + "\n allow_weak_crypto = true\n default_tkt_enctypes = rc4-hmac\n"
        + " default_tgs_enctypes = rc4-hmac\n permitted_enctypes = rc4-hmac\n"
        + " dns_canonicalize_hostname = false\n udp_preference_limit = 1\n"
        + "[realms]\n " + mit.realm() + " = {\n  kdc = 127.0.0.1:" + mit.port() + "\n }\n",
        StandardCharsets.UTF_8);
    previousConf = System.getProperty("java.security.krb5.conf");
    System.setProperty("java.security.krb5.conf", jdkConf.toString());
  }

  @AfterAll
  static void stop() {
    if (previousConf == null) {
      System.clearProperty("java.security.krb5.conf");
    } else {
      System.setProperty("java.security.krb5.conf", previousConf);
    }
    if (mit != null) {
      mit.close();
    }
  }

  @Test
  void jdkInitiatorToGsskitAcceptor() throws Exception {
    JdkPeer jdk = JdkPeer.login(jdkUser, jdkUserKeytab, true);
    GSSContext ic = jdk.initiator(service, true, false);
    byte[] apReq = jdk.step(ic, new byte[0], true);
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref actx = new ContextHandle.Ref();
    Buffer out = new Buffer();
    int major = glue.contexts.acceptSecContext(minor, actx, acc, apReq, null, null,
        new OidHolder(), out, new IntHolder(), null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    byte[] rest = jdk.step(ic, out.value(), true);
    assertThat(rest == null || rest.length == 0).isTrue();
    assertThat(ic.isEstablished()).isTrue();
    assertRc4(ic, actx.get());
    exchange(ic, actx.get());
  }

  @Test
  void gsskitInitiatorToJdkAcceptor() throws Exception {
    JdkPeer jdk = JdkPeer.login(service, serviceKeytab, false);
    GSSContext ac = jdk.acceptor();
    NameHandle target = Krb5Fixture.name(glue, "host@" + HOST, Gss.GSS_C_NT_HOSTBASED_SERVICE);
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    int flags = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG | Gss.GSS_C_INTEG_FLAG
        | Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG;
    byte[] apReq = Krb5Fixture.init(glue, ictx, target, flags, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    byte[] apRep = jdk.step(ac, apReq, false);
    assertThat(ac.isEstablished()).isTrue();
    Krb5Fixture.init(glue, ictx, target, flags, apRep, GssStatus.GSS_S_COMPLETE);
    assertRc4(ac, ictx.get());
    exchange(ac, ictx.get());
  }

  /** The JDK's and GSSKit's context keys are both arcfour-hmac (23). */
  private static void assertRc4(GSSContext jdk, ContextHandle ours) throws GSSException {
    EncryptionKey k = (EncryptionKey) ((ExtendedGSSContext) jdk).inquireSecContext(
        InquireType.KRB5_GET_SESSION_KEY_EX);
    assertThat(k.getKeyType()).as("JDK context key enctype").isEqualTo(23);
    BufferSet key = new BufferSet();
    assertThat(glue.contexts.inquireSecContextByOid(new MinorStatus(), ours,
        Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, key)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(io.gsskit.raw.Oid.fromContent(key.get(1)).orElseThrow().toString())
        .endsWith(".23");
  }

  private static void exchange(GSSContext jdk, ContextHandle ours) throws Exception {
    Random rnd = new Random(4757);
    for (int i = 0; i < 10; i++) {
      byte[] msg = new byte[i == 0 ? 0 : rnd.nextInt(1500)];
      rnd.nextBytes(msg);
      boolean conf = i % 2 == 0;
      byte[] tok = jdk.wrap(msg, 0, msg.length, new MessageProp(0, conf));
      assertThat(Krb5MessagesTest.unwrap(glue, ours, tok, conf)).as("JDK wrap #%d", i)
          .isEqualTo(msg);
      byte[] mic = jdk.getMIC(msg, 0, msg.length, new MessageProp(0, false));
      MinorStatus minor = new MinorStatus();
      int major = Krb5MessagesTest.verify(glue, ours, msg, mic, minor);
      assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
      byte[] ourTok = Krb5MessagesTest.wrap(glue, ours, conf, msg);
      MessageProp rp = new MessageProp(0, false);
      assertThat(jdk.unwrap(ourTok, 0, ourTok.length, rp)).as("our wrap #%d", i).isEqualTo(msg);
      assertThat(rp.getPrivacy()).isEqualTo(conf);
      assertThat(rp.isDuplicateToken() || rp.isOldToken() || rp.isUnseqToken()
          || rp.isGapToken()).isFalse();
      byte[] ourMic = Krb5MessagesTest.mic(glue, ours, msg);
      MessageProp vp = new MessageProp(0, false);
      jdk.verifyMIC(ourMic, 0, ourMic.length, msg, 0, msg.length, vp);
      assertThat(vp.isDuplicateToken() || vp.isOldToken() || vp.isUnseqToken()
          || vp.isGapToken()).isFalse();
    }
    // Tampered tokens: a flipped ciphertext byte is refused by the JDK, and by GSSKit.
    byte[] ourTok = Krb5MessagesTest.wrap(glue, ours, true, new byte[40]);
    ourTok[ourTok.length - 3] ^= 0x10;
    assertThatThrownBy(() -> jdk.unwrap(ourTok, 0, ourTok.length, new MessageProp(0, false)))
        .isInstanceOf(GSSException.class);
    byte[] jdkTok = jdk.wrap(new byte[40], 0, 40, new MessageProp(0, true));
    jdkTok[jdkTok.length - 3] ^= 0x10;
    MinorStatus minor = new MinorStatus();
    assertThat(glue.messages.unwrap(minor, ours, jdkTok, new Buffer(),
        new io.gsskit.raw.BooleanHolder(), new IntHolder())).isEqualTo(GssStatus.GSS_S_BAD_SIG);
  }
}

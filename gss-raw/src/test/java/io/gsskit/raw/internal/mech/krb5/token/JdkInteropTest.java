package io.gsskit.raw.internal.mech.krb5.token;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.security.jgss.ExtendedGSSContext;
import com.sun.security.jgss.InquireType;
import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.testsupport.KerbyKdc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import javax.security.auth.kerberos.EncryptionKey;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSCredential;
import org.ietf.jgss.GSSManager;
import org.ietf.jgss.GSSName;
import org.ietf.jgss.MessageProp;
import org.ietf.jgss.Oid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interop with the JDK's own JGSS krb5 mechanism: a JDK initiator and a JDK acceptor establish a
 * context through the embedded Kerby KDC (JAAS Krb5LoginModule with an in-code Configuration and
 * {@code useSubjectCredsOnly=false}, no Subject.doAs); our engine then takes the place of either
 * side using the context key from {@code ExtendedGSSContext.inquireSecContext(
 * KRB5_GET_SESSION_KEY_EX)}. The JDK exposes no initial sequence numbers, so ours are taken from
 * the JDK peer's own tokens (send side) or learned from the first token (receive side).
 * Everything JDK-Kerberos runs in this one class (JVM-global krb5 configuration).
 */
class JdkInteropTest {

  private static final Oid KRB5;
  private static final Oid KRB5_PRINCIPAL;

  static {
    try {
      KRB5 = new Oid("1.2.840.113554.1.2.2");
      KRB5_PRINCIPAL = new Oid("1.2.840.113554.1.2.2.1");
    } catch (org.ietf.jgss.GSSException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static String previousSubjectCreds;
  private static Configuration previousConfig;

  @BeforeAll
  static void saveGlobals() {
    previousSubjectCreds = System.getProperty("javax.security.auth.useSubjectCredsOnly");
    try {
      previousConfig = Configuration.getConfiguration();
    } catch (SecurityException e) {
      previousConfig = null;
    }
  }

  @AfterAll
  static void restoreGlobals() {
    if (previousSubjectCreds == null) {
      System.clearProperty("javax.security.auth.useSubjectCredsOnly");
    } else {
      System.setProperty("javax.security.auth.useSubjectCredsOnly", previousSubjectCreds);
    }
    Configuration.setConfiguration(previousConfig);
  }

  private static AppConfigurationEntry entry(String principal, Path keytab, boolean initiator) {
    Map<String, String> o = new HashMap<>();
    o.put("useKeyTab", "true");
    o.put("keyTab", keytab.toString());
    o.put("principal", principal);
    o.put("storeKey", "true");
    o.put("doNotPrompt", "true");
    o.put("refreshKrb5Config", "true");
    o.put("isInitiator", Boolean.toString(initiator));
    return new AppConfigurationEntry("com.sun.security.auth.module.Krb5LoginModule",
        AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, o);
  }

  @ParameterizedTest
  @ValueSource(strings = {"aes256-cts-hmac-sha1-96", "aes128-cts-hmac-sha1-96"})
  void ourEngineInteroperatesWithJdkBothWays(String enctype) throws Exception {
    try (KerbyKdc kdc = KerbyKdc.start(KerbyKdc.DEFAULT_REALM, enctype)) {
      String client = kdc.addPrincipal("alice");
      String service = kdc.addPrincipal("host/localhost");
      Path dir = kdc.workDir();
      Path ckt = dir.resolve("client.keytab");
      Path skt = dir.resolve("service.keytab");
      kdc.exportKeytab(client, ckt);
      kdc.exportKeytab(service, skt);
      assertThat(Files.size(skt)).isPositive();
      System.setProperty("javax.security.auth.useSubjectCredsOnly", "false");
      Configuration.setConfiguration(new Configuration() {
        @Override
        public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
          if (name.equals("com.sun.security.jgss.krb5.initiate")
              || name.equals("com.sun.security.jgss.initiate")) {
            return new AppConfigurationEntry[] {entry(client, ckt, true)};
          }
          if (name.equals("com.sun.security.jgss.krb5.accept")
              || name.equals("com.sun.security.jgss.accept")) {
            return new AppConfigurationEntry[] {entry(service, skt, false)};
          }
          return null;
        }
      });

      GSSManager m = GSSManager.getInstance();
      GSSName target = m.createName(service, KRB5_PRINCIPAL);
      GSSContext ini = m.createContext(target, KRB5, null, GSSContext.DEFAULT_LIFETIME);
      ini.requestMutualAuth(true);
      ini.requestReplayDet(true);
      ini.requestSequenceDet(true);
      ini.requestConf(true);
      GSSContext acc = m.createContext((GSSCredential) null);
      byte[] tok = new byte[0];
      for (int legs = 0; legs < 6 && !(ini.isEstablished() && acc.isEstablished()); legs++) {
        tok = ini.initSecContext(tok, 0, tok.length);
        if (tok != null && tok.length > 0) {
          tok = acc.acceptSecContext(tok, 0, tok.length);
        }
        if (tok == null) {
          tok = new byte[0];
        }
      }
      assertThat(ini.isEstablished()).isTrue();
      assertThat(acc.isEstablished()).isTrue();

      EncryptionKey ek = (EncryptionKey) ((ExtendedGSSContext) acc)
          .inquireSecContext(InquireType.KRB5_GET_SESSION_KEY_EX);
      EncryptionKey ek2 = (EncryptionKey) ((ExtendedGSSContext) ini)
          .inquireSecContext(InquireType.KRB5_GET_SESSION_KEY_EX);
      assertThat(ek2.getEncoded()).isEqualTo(ek.getEncoded());
      KerberosKey key = new KerberosKey(ek.getKeyType(), ek.getEncoded());
      assertThat(key.encType().name()).isEqualTo(enctype);

      // Learn the key flag and both initial sequence numbers from JDK tokens.
      MessageProp mp = new MessageProp(0, true);
      byte[] fromAcc = acc.wrap(new byte[] {9}, 0, 1, mp);
      boolean subkey = (fromAcc[2] & TokenLayout.FLAG_ACCEPTOR_SUBKEY) != 0;
      long accSeq = TokenLayout.getLong(fromAcc, 8);
      byte[] fromIni = ini.wrap(new byte[] {8}, 0, 1, new MessageProp(0, true));
      assertThat((fromIni[2] & TokenLayout.FLAG_ACCEPTOR_SUBKEY) != 0).isEqualTo(subkey);
      long iniSeq = TokenLayout.getLong(fromIni, 8);
      ini.unwrap(fromAcc, 0, fromAcc.length, new MessageProp(0, false));
      acc.unwrap(fromIni, 0, fromIni.length, new MessageProp(0, false));

      // Our engine as the acceptor, talking to the JDK initiator; and as the initiator.
      Rfc4121Protector ourAcc = Rfc4121Protector.builder(key, true).acceptorSubkey(subkey)
          .replayDetection(true).sequenceDetection(true).sendSeq(accSeq + 1).recvSeq(iniSeq + 1)
          .build();
      Rfc4121Protector ourIni = Rfc4121Protector.builder(key, false).acceptorSubkey(subkey)
          .replayDetection(true).sequenceDetection(true).sendSeq(iniSeq + 1).learnRecvSeq()
          .build();

      Rfc4121Protector spare = Rfc4121Protector.builder(key, false).acceptorSubkey(subkey)
          .sendSeq(iniSeq + 1_000_000).build();
      Random r = new Random(1);
      MinorStatus minor = new MinorStatus();
      for (int size : new int[] {0, 1, 15, 16, 17, 100, 4096}) {
        byte[] msg = new byte[size];
        r.nextBytes(msg);
        for (boolean conf : new boolean[] {true, false}) {
          // JDK initiator -> our acceptor
          byte[] jt = ini.wrap(msg, 0, msg.length, new MessageProp(0, conf));
          Buffer out = new Buffer();
          BooleanHolder cs = new BooleanHolder();
          IntHolder qop = new IntHolder();
          assertThat(ourAcc.unwrap(minor, jt, out, cs, qop)).as("our unwrap of JDK " + size
              + " conf " + conf + " minor " + minor.value()).isEqualTo(GSS_S_COMPLETE);
          assertThat(out.value()).isEqualTo(msg);
          assertThat(cs.get()).isEqualTo(conf);
          // our acceptor -> JDK initiator
          Buffer ot = new Buffer();
          assertThat(ourAcc.wrap(minor, conf, 0, msg, null, ot)).isEqualTo(GSS_S_COMPLETE);
          MessageProp p = new MessageProp(0, false);
          assertThat(ini.unwrap(ot.value(), 0, ot.length(), p)).isEqualTo(msg);
          assertThat(p.getPrivacy()).isEqualTo(conf);
          assertSequenced(p);
          // our acceptor's wrapIov, reassembled HEADER|DATA|TRAILER (RRC 0 with a TRAILER
          // buffer, RRC = trailer length without one) -> JDK initiator (the JDK has no IOV API)
          for (boolean trailer : new boolean[] {true, false}) {
            byte[] it = Rfc4121IovTest.iovToken(ourAcc, conf, msg, trailer);
            p = new MessageProp(0, false);
            assertThat(ini.unwrap(it, 0, it.length, p)).as("JDK unwrap of IOV token, size "
                + size + " conf " + conf + " trailer " + trailer).isEqualTo(msg);
            assertThat(p.getPrivacy()).isEqualTo(conf);
            assertSequenced(p);
          }
          // JDK acceptor -> our initiator
          byte[] ja = acc.wrap(msg, 0, msg.length, new MessageProp(0, conf));
          assertThat(ourIni.unwrap(minor, ja, out, cs, qop)).isEqualTo(GSS_S_COMPLETE);
          assertThat(out.value()).isEqualTo(msg);
          // our initiator -> JDK acceptor
          assertThat(ourIni.wrap(minor, conf, 0, msg, null, ot)).isEqualTo(GSS_S_COMPLETE);
          p = new MessageProp(0, false);
          assertThat(acc.unwrap(ot.value(), 0, ot.length(), p)).isEqualTo(msg);
          assertSequenced(p);
        }
        // MICs both ways
        byte[] jm = ini.getMIC(msg, 0, msg.length, new MessageProp(0, false));
        assertThat(ourAcc.verifyMic(minor, msg, jm, null)).isEqualTo(GSS_S_COMPLETE);
        Buffer om = new Buffer();
        assertThat(ourAcc.getMic(minor, 0, msg, om)).isEqualTo(GSS_S_COMPLETE);
        MessageProp p = new MessageProp(0, false);
        ini.verifyMIC(om.value(), 0, om.length(), msg, 0, msg.length, p);
        assertSequenced(p);
        byte[] am = acc.getMIC(msg, 0, msg.length, new MessageProp(0, false));
        assertThat(ourIni.verifyMic(minor, msg, am, null)).isEqualTo(GSS_S_COMPLETE);
        assertThat(ourIni.getMic(minor, 0, msg, om)).isEqualTo(GSS_S_COMPLETE);
        p = new MessageProp(0, false);
        acc.verifyMIC(om.value(), 0, om.length(), msg, 0, msg.length, p);
        assertSequenced(p);
        // A MIC over other data is rejected by the JDK.
        if (size > 0) {
          byte[] other = msg.clone();
          other[0] ^= 1;
          // from a separate engine, so that the rejected MIC consumes no number of ourIni
          assertThat(spare.getMic(minor, 0, other, om)).isEqualTo(GSS_S_COMPLETE);
          byte[] bad = om.value();
          org.assertj.core.api.Assertions.assertThatThrownBy(() -> acc.verifyMIC(bad, 0,
              bad.length, msg, 0, msg.length, new MessageProp(0, false)))
              .isInstanceOf(org.ietf.jgss.GSSException.class);
        }
      }
      ourAcc.destroy();
      ourIni.destroy();
      spare.destroy();
      ini.dispose();
      acc.dispose();
    }
  }

  private static void assertSequenced(MessageProp p) {
    assertThat(p.isDuplicateToken()).isFalse();
    assertThat(p.isOldToken()).isFalse();
    assertThat(p.isUnseqToken()).isFalse();
    assertThat(p.isGapToken()).isFalse();
  }
}

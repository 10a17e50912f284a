package io.gsskit.raw.internal.kerberos.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerTag;
import io.gsskit.raw.internal.asn1.Hex;
import io.gsskit.raw.internal.kerberos.iana.KeyUsage;
import io.gsskit.raw.internal.kerberos.iana.PaDataType;
import io.gsskit.raw.testsupport.KerbyKdc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kerby.kerberos.kerb.crypto.EncryptionHandler;
import org.apache.kerby.kerberos.kerb.request.KrbIdentity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generator of the golden encodings under {@code src/test/resources/.../proto/golden/} (not a
 * regular test: its name does not match the Surefire includes). It runs real peers on
 * 127.0.0.1 and records what they put on the wire:
 *
 * <ul>
 *   <li>the embedded Apache Kerby KDC ({@link KerbyKdc}) behind {@link RecordingKdcProxy};
 *   <li>MIT krb5 1.20's {@code kinit}, {@code kvno} (also {@code kvno -U} for S4U2Self) as
 *       clients, with a private KRB5_CONFIG naming the proxy;
 *   <li>the JDK's own JGSS (Kerberos mechanism) as initiator with delegation and as acceptor,
 *       in this JVM, using the MIT-written ccache and a Kerby-exported keytab.
 * </ul>
 *
 * Encrypted parts are decrypted with Apache Kerby's kerb-crypto as a test oracle, using the
 * principals' keys read from the KDC's identity backend, to obtain their plaintext encodings.
 *
 * <p>Run (writes three files into the given directory):
 *
 * <pre>
 * mvn -B -o -pl gss-raw test -Dtest=GoldenCapture -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dgsskit.golden.dir=$PWD/gss-raw/src/test/resources/io/gsskit/raw/internal/kerberos/proto/golden
 * </pre>
 */
class GoldenCapture {

  private static final String REALM = KerbyKdc.DEFAULT_REALM;
  private static final String ALICE = "alice@" + REALM;
  private static final String ALICE_PW = "alice-pw";
  private static final String HTTP = "HTTP/localhost@" + REALM;
  private static final String KRBTGT = "krbtgt/" + REALM + "@" + REALM;

  private final Map<String, List<String>> files = new LinkedHashMap<>();

  @Test
  void capture(@TempDir Path tmp) throws Exception {
    String outDir = System.getProperty("gsskit.golden.dir");
    Assumptions.assumeTrue(outDir != null, "set -Dgsskit.golden.dir to capture golden files");
    boolean mit = Files.isExecutable(Path.of("/usr/bin/kinit"))
        && Files.isExecutable(Path.of("/usr/bin/kvno"));
    if ("1".equals(System.getenv("GSSKIT_REQUIRE_MIT"))) {
      assertThat(mit).as("GSSKIT_REQUIRE_MIT=1 but MIT krb5 (kinit, kvno) is missing").isTrue();
    }
    Assumptions.assumeTrue(mit, "MIT krb5 not installed: kinit/kvno missing");

    try (KerbyKdc kdc = KerbyKdc.start();
        RecordingKdcProxy proxy = new RecordingKdcProxy(kdc.port())) {
      kdc.addPrincipal("alice", ALICE_PW);
      kdc.addPrincipal("HTTP/localhost");
      Path httpKeytab = tmp.resolve("http.keytab");
      kdc.exportKeytab(HTTP, httpKeytab);
      Path conf = writeKrb5Conf(tmp, proxy.port());
      Path aliceCc = tmp.resolve("alice.cc");
      Map<String, String> env = Map.of("KRB5_CONFIG", conf.toString(),
          "KRB5CCNAME", "FILE:" + aliceCc, "KRB5_KTNAME", "FILE:" + httpKeytab);
      Map<Integer, byte[]> aliceKeys = keysOf(kdc, ALICE);
      Map<Integer, byte[]> tgtKeys = keysOf(kdc, KRBTGT);
      Map<Integer, byte[]> httpKeys = keysOf(kdc, HTTP);

      // 1. MIT kinit: AS-REQ, KRB-ERROR PREAUTH_REQUIRED, AS-REQ + PA-ENC-TIMESTAMP, AS-REP.
      // Two Kerby quirks are worked around in the proxy, recording the original messages:
      // Kerby issues a ticket without pre-authentication when the AS-REQ carries any padata
      // (MIT sends PA-AS-FRESHNESS and PA-REQ-ENC-PA-REP), so MIT's first request is forwarded
      // without its padata; and Kerby's METHOD-DATA lists only PA-ETYPE-INFO2, so MIT receives
      // it with an empty PA-ENC-TIMESTAMP hint added and then sends its encrypted timestamp.
      proxy.rewriteNext(GoldenCapture::withoutPadata);
      proxy.rewriteNextReply(GoldenCapture::withEncTimestampHint);
      run(env, ALICE_PW + "\n", true, "kinit", "-f", ALICE);
      byte[] tgsSessionKey = null;
      int tgsSessionEtype = 0;
      int n = 0;
      for (RecordingKdcProxy.Exchange x : proxy.exchanges()) {
        n++;
        KdcReq req = KdcReq.decode(x.request());
        add("mit-client", "KdcReq", "as-req-" + n, x.request());
        add("mit-client", "KdcReqBody", "as-req-" + n + "-body", req.reqBody().encode());
        for (PaData pa : req.padata() == null ? List.<PaData>of() : req.padata()) {
          add("mit-client", "PaData", "as-req-" + n + "-padata-" + pa.type(), pa.encode());
          if (pa.type() == PaDataType.PA_ENC_TIMESTAMP) {
            EncryptedData ed = EncryptedData.decode(pa.value());
            add("mit-client", "EncryptedData", "as-req-" + n + "-pa-enc-timestamp", pa.value());
            add("mit-client", "PaEncTsEnc", "as-req-" + n + "-pa-enc-ts-enc",
                decrypt(ed, aliceKeys, KeyUsage.AS_REQ_PA_ENC_TS));
          }
        }
        if ((x.reply()[0] & 0xff) == 0x7e) {
          KrbError err = KrbError.decode(x.reply());
          add("kerby-kdc", "KrbError", "krb-error-" + err.errorCode(), x.reply());
          if (err.eData() != null) {
            add("kerby-kdc", "MethodData", "krb-error-" + err.errorCode() + "-method-data",
                err.eData());
            for (PaData pa : MethodData.decode(err.eData()).entries()) {
              if (pa.type() == PaDataType.PA_ETYPE_INFO2) {
                add("kerby-kdc", "EtypeInfo2", "etype-info2", pa.value());
              } else if (pa.type() == PaDataType.PA_ETYPE_INFO) {
                add("kerby-kdc", "EtypeInfo", "etype-info", pa.value());
              }
            }
          }
        } else {
          KdcRep rep = KdcRep.decode(x.reply());
          add("kerby-kdc", "KdcRep", "as-rep", x.reply());
          add("kerby-kdc", "Ticket", "tgt", rep.ticket().encode());
          add("kerby-kdc", "EncTicketPart", "tgt-enc-part",
              decrypt(rep.ticket().encPart(), tgtKeys, KeyUsage.KDC_REP_TICKET));
          byte[] enc = decrypt(rep.encPart(), aliceKeys, KeyUsage.AS_REP_ENC_PART);
          add("kerby-kdc", "EncKdcRepPart", "as-rep-enc-part", enc);
          EncKdcRepPart part = EncKdcRepPart.decode(enc);
          tgsSessionKey = part.key().keyValue();
          tgsSessionEtype = part.key().keyType();
        }
      }
      assertThat(tgsSessionKey).as("AS exchange produced a TGT").isNotNull();
      proxy.clear();

      // 2. MIT kvno: TGS-REQ with PA-TGS-REQ (AP-REQ + Authenticator with subkey), TGS-REP
      run(env, null, true, "kvno", HTTP);
      captureTgs(proxy, "mit-client", "tgs", tgsSessionEtype, tgsSessionKey, httpKeys);
      proxy.clear();

      // 3. MIT kvno for an unknown service: KRB-ERROR S_PRINCIPAL_UNKNOWN
      run(env, null, false, "kvno", "nosuch/service@" + REALM);
      for (RecordingKdcProxy.Exchange x : proxy.exchanges()) {
        if ((x.reply()[0] & 0xff) == 0x7e) {
          add("kerby-kdc", "KrbError", "krb-error-" + KrbError.decode(x.reply()).errorCode(),
              x.reply());
        }
      }
      proxy.clear();

      // 4. MIT S4U2Self request (kvno -U): PA-FOR-USER and PA-S4U-X509-USER
      Path svcCc = tmp.resolve("svc.cc");
      Map<String, String> svcEnv = new HashMap<>(env);
      svcEnv.put("KRB5CCNAME", "FILE:" + svcCc);
      run(svcEnv, null, true, "kinit", "-k", "-t", httpKeytab.toString(), HTTP);
      proxy.clear();
      run(svcEnv, null, false, "kvno", "-U", "alice", HTTP);
      for (RecordingKdcProxy.Exchange x : proxy.exchanges()) {
        KdcReq req = KdcReq.decode(x.request());
        if (req.findPadata(PaDataType.PA_FOR_USER).isPresent()) {
          add("mit-client", "KdcReq", "tgs-req-s4u2self", x.request());
          add("mit-client", "PaForUser", "pa-for-user",
              req.findPadata(PaDataType.PA_FOR_USER).get().value());
          req.findPadata(PaDataType.PA_S4U_X509_USER).ifPresent(
              p -> add("mit-client", "PaS4uX509User", "pa-s4u-x509-user", p.value()));
          break;
        }
      }
      proxy.clear();

      // 5. MIT gss-client (with delegation) and gss-server: AP-REQ with a KRB-CRED, AP-REP
      captureMitGssSample(tmp, env, httpKeytab, httpKeys, proxy);
      proxy.clear();

      // 6. JDK JGSS initiator and acceptor (no delegation: the JDK rejects Kerby's forwarded-TGT
      // reply with KRB_AP_ERR_MODIFIED)
      captureJgss(tmp, conf, aliceCc, httpKeytab, httpKeys, proxy);
    }

    Path dir = Path.of(outDir);
    Files.createDirectories(dir);
    for (Map.Entry<String, List<String>> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey() + ".txt"), header(f.getKey())
          + String.join("\n", f.getValue()) + "\n", StandardCharsets.UTF_8);
    }
  }

  private void captureTgs(RecordingKdcProxy proxy, String client, String prefix, int sessEtype,
      byte[] sessKey, Map<Integer, byte[]> serviceKeys) throws Exception {
    int n = 0;
    for (RecordingKdcProxy.Exchange x : proxy.exchanges()) {
      n++;
      String name = prefix + "-" + n;
      KdcReq req = KdcReq.decode(x.request());
      add(client, "KdcReq", name + "-req", x.request());
      add(client, "KdcReqBody", name + "-req-body", req.reqBody().encode());
      byte[] replyKey = sessKey;
      int replyEtype = sessEtype;
      int replyUsage = KeyUsage.TGS_REP_ENC_PART_SESSKEY;
      PaData tgsReq = req.findPadata(PaDataType.PA_TGS_REQ).orElseThrow();
      ApReq ap = ApReq.decode(tgsReq.value());
      add(client, "ApReq", name + "-pa-tgs-req", tgsReq.value());
      byte[] auth = decrypt(ap.authenticator(), Map.of(sessEtype, sessKey),
          KeyUsage.TGS_REQ_AUTH);
      add(client, "Authenticator", name + "-authenticator", auth);
      Authenticator a = Authenticator.decode(auth);
      if (a.subkey() != null) {
        replyKey = a.subkey().keyValue();
        replyEtype = a.subkey().keyType();
        replyUsage = KeyUsage.TGS_REP_ENC_PART_SUBKEY;
      }
      if ((x.reply()[0] & 0xff) == 0x7e) {
        add("kerby-kdc", "KrbError", name + "-krb-error", x.reply());
        continue;
      }
      KdcRep rep = KdcRep.decode(x.reply());
      add("kerby-kdc", "KdcRep", name + "-rep", x.reply());
      add("kerby-kdc", "Ticket", name + "-ticket", rep.ticket().encode());
      if (serviceKeys != null && rep.ticket().sname().components().get(0).equals("HTTP")) {
        add("kerby-kdc", "EncTicketPart", name + "-ticket-enc-part",
            decrypt(rep.ticket().encPart(), serviceKeys, KeyUsage.KDC_REP_TICKET));
      }
      add("kerby-kdc", "EncKdcRepPart", name + "-rep-enc-part",
          decryptTgsReply(rep.encPart(), replyEtype, replyKey, replyUsage, sessEtype, sessKey));
    }
  }

  private void captureJgss(Path tmp, Path conf, Path aliceCc, Path httpKeytab,
      Map<Integer, byte[]> httpKeys, RecordingKdcProxy proxy) throws Exception {
    Path jaas = tmp.resolve("jaas.conf");
    Files.writeString(jaas, ""
        + "com.sun.security.jgss.krb5.initiate {\n"
        + "  com.sun.security.auth.module.Krb5LoginModule required useTicketCache=true\n"
        + "  ticketCache=\"" + aliceCc + "\" doNotPrompt=true principal=\"" + ALICE + "\";\n"
        + "};\n"
        + "com.sun.security.jgss.krb5.accept {\n"
        + "  com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true\n"
        + "  keyTab=\"" + httpKeytab + "\" storeKey=true isInitiator=false doNotPrompt=true\n"
        + "  principal=\"" + HTTP + "\";\n"
        + "};\n");
    System.setProperty("java.security.krb5.conf", conf.toString());
    System.setProperty("java.security.auth.login.config", jaas.toString());
    System.setProperty("javax.security.auth.useSubjectCredsOnly", "false");

    // org.ietf.jgss is used reflectively: the test sources compile inside module io.gsskit.raw,
    // which does not read java.security.jgss (tests run on the class path).
    Class<?> managerClass = Class.forName("org.ietf.jgss.GSSManager");
    Object m = call(managerClass, null, "getInstance");
    Class<?> oidClass = Class.forName("org.ietf.jgss.Oid");
    Object krb5 = oidClass.getConstructor(String.class).newInstance("1.2.840.113554.1.2.2");
    Object nameType = oidClass.getConstructor(String.class).newInstance("1.2.840.113554.1.2.2.1");
    Class<?> nameClass = Class.forName("org.ietf.jgss.GSSName");
    Class<?> credClass = Class.forName("org.ietf.jgss.GSSCredential");
    Class<?> ctxClass = Class.forName("org.ietf.jgss.GSSContext");
    Object server = managerClass.getMethod("createName", String.class, oidClass)
        .invoke(m, HTTP, nameType);
    Object init = managerClass.getMethod("createContext", nameClass, oidClass, credClass,
        int.class).invoke(m, server, krb5, null, 0);
    for (String req : List.of("requestMutualAuth", "requestCredDeleg", "requestConf",
        "requestInteg", "requestReplayDet", "requestSequenceDet")) {
      if (req.equals("requestCredDeleg")) {
        continue;
      }
      ctxClass.getMethod(req, boolean.class).invoke(init, true);
    }
    java.lang.reflect.Method initSec = ctxClass.getMethod("initSecContext", byte[].class,
        int.class, int.class);
    byte[] t1 = (byte[]) initSec.invoke(init, new byte[0], 0, 0);
    Object acc = managerClass.getMethod("createContext", credClass).invoke(m, (Object) null);
    byte[] t2 = (byte[]) ctxClass.getMethod("acceptSecContext", byte[].class, int.class,
        int.class).invoke(acc, t1, 0, t1.length);
    initSec.invoke(init, t2, 0, t2.length);
    assertThat((Boolean) ctxClass.getMethod("isEstablished").invoke(init)).isTrue();
    assertThat((Boolean) ctxClass.getMethod("isEstablished").invoke(acc)).isTrue();

    // the JDK's own TGS-REQs (service ticket, forwarded TGT) went through the proxy
    int n = 0;
    for (RecordingKdcProxy.Exchange x : proxy.exchanges()) {
      n++;
      add("jdk-jgss", "KdcReq", "tgs-req-" + n, x.request());
      add("jdk-jgss", "KdcReqBody", "tgs-req-" + n + "-body",
          KdcReq.decode(x.request()).reqBody().encode());
      PaData tgsReq = KdcReq.decode(x.request()).findPadata(PaDataType.PA_TGS_REQ).orElseThrow();
      add("jdk-jgss", "ApReq", "tgs-req-" + n + "-pa-tgs-req", tgsReq.value());
      if ((x.reply()[0] & 0xff) == 0x6d) {
        add("kerby-kdc", "KdcRep", "jdk-tgs-" + n + "-rep", x.reply());
      }
    }

    captureGssTokens("jdk-jgss", t1, t2, httpKeys);
    ctxClass.getMethod("dispose").invoke(init);
    ctxClass.getMethod("dispose").invoke(acc);
  }

  private static Object call(Class<?> c, Object target, String method) throws Exception {
    return c.getMethod(method).invoke(target);
  }

  private void captureGssTokens(String file, byte[] initToken, byte[] acceptToken,
      Map<Integer, byte[]> httpKeys) throws Exception {
    byte[] apReqBytes = unframe(initToken, 0x0100);
    add(file, "ApReq", "gss-ap-req", apReqBytes);
    ApReq apReq = ApReq.decode(apReqBytes);
    byte[] etp = decrypt(apReq.ticket().encPart(), httpKeys, KeyUsage.KDC_REP_TICKET);
    EncryptionKey session = EncTicketPart.decode(etp).key();
    Map<Integer, byte[]> sessionKeys = Map.of(session.keyType(), session.keyValue());
    byte[] auth = decrypt(apReq.authenticator(), sessionKeys, KeyUsage.AP_REQ_AUTH);
    add(file, "Authenticator", "gss-authenticator", auth);
    Authenticator a = Authenticator.decode(auth);
    assertThat(a.cksum().cksumtype()).isEqualTo(Checksum.GSS_CHECKSUM_TYPE);
    byte[] body = a.cksum().checksum();
    add(file, "GssChecksumBody", "gss-checksum-body", body);
    GssChecksumBody gcb = GssChecksumBody.decode(body);
    if (gcb.delegation() != null) {
      add(file, "KrbCred", "delegated-krb-cred", gcb.delegation());
      KrbCred cred = KrbCred.decode(gcb.delegation());
      for (Ticket t : cred.tickets()) {
        add(file, "Ticket", "delegated-ticket", t.encode());
      }
      byte[] encCred;
      if (cred.encPart().etype() == 0) {
        encCred = cred.encPart().cipher();
      } else {
        try {
          encCred = decrypt(cred.encPart(), sessionKeys, KeyUsage.KRB_CRED_ENC_PART);
          System.out.println("KRB-CRED enc-part decrypted with the session key");
        } catch (Exception e) {
          encCred = decrypt(cred.encPart(), Map.of(a.subkey().keyType(), a.subkey().keyValue()),
              KeyUsage.KRB_CRED_ENC_PART);
          System.out.println("KRB-CRED enc-part decrypted with the authenticator subkey");
        }
      }
      add(file, "EncKrbCredPart", "delegated-enc-krb-cred-part", encCred);
    }
    if (acceptToken != null) {
      byte[] apRepBytes = unframe(acceptToken, 0x0200);
      add(file, "ApRep", "gss-ap-rep", apRepBytes);
      add(file, "EncApRepPart", "gss-ap-rep-enc-part",
          decrypt(ApRep.decode(apRepBytes).encPart(), sessionKeys, KeyUsage.AP_REP_ENC_PART));
    }
  }

  /**
   * MIT's gss-client and gss-server (krb5-gss-samples) exchange context tokens over the
   * gss-sample protocol (1 flag byte, 4-byte big-endian length, token); a relay records them.
   */
  private void captureMitGssSample(Path tmp, Map<String, String> env, Path httpKeytab,
      Map<Integer, byte[]> httpKeys, RecordingKdcProxy kdcProxy) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/gss-server"))) {
      System.out.println("gss-server not installed: skipping the MIT GSS capture");
      return;
    }
    int serverPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      serverPort = s.getLocalPort();
    }
    ProcessBuilder spb = new ProcessBuilder("gss-server", "-port",
        Integer.toString(serverPort), "-once", "-keytab", httpKeytab.toString(), "HTTP@localhost")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("gss-server.log").toFile());
    spb.environment().putAll(env);
    Process server = spb.start();
    try (RecordingStreamProxy relay = new RecordingStreamProxy(serverPort)) {
      // gss-server -once serves one connection: wait for its start message, never probe
      Path log = tmp.resolve("gss-server.log");
      for (int i = 0; i < 50 && !(Files.exists(log) && Files.readString(log).contains("starting"));
          i++) {
        Thread.sleep(100);
      }
      Thread.sleep(200);
      run(env, null, false, "gss-client", "-port", Integer.toString(relay.port()), "-d",
          "127.0.0.1", "HTTP@localhost", "golden");
      server.waitFor(20, TimeUnit.SECONDS);
      System.out.println("gss-server: " + Files.readString(tmp.resolve("gss-server.log")));
      byte[] initToken = firstContextToken(relay.clientToServer());
      byte[] acceptToken = firstContextToken(relay.serverToClient());
      captureGssTokens("mit-client", initToken, acceptToken, httpKeys);
    } finally {
      server.destroy();
    }
    for (RecordingKdcProxy.Exchange x : kdcProxy.exchanges()) {
      KdcReq req = KdcReq.decode(x.request());
      add("mit-client", "KdcReq", "tgs-req-forwarded-tgt", x.request());
      add("mit-client", "KdcReqBody", "tgs-req-forwarded-tgt-body", req.reqBody().encode());
      if ((x.reply()[0] & 0xff) == 0x6d) {
        add("kerby-kdc", "KdcRep", "tgs-rep-forwarded-tgt", x.reply());
      }
    }
  }

  /** The first TOKEN_CONTEXT (flag 2) token of a gss-sample stream. */
  private static byte[] firstContextToken(byte[] stream) {
    int pos = 0;
    while (pos + 5 <= stream.length) {
      int flags = stream[pos] & 0xff;
      int len = ((stream[pos + 1] & 0xff) << 24) | ((stream[pos + 2] & 0xff) << 16)
          | ((stream[pos + 3] & 0xff) << 8) | (stream[pos + 4] & 0xff);
      pos += 5;
      if ((flags & 2) != 0 && len > 0) {
        return Arrays.copyOfRange(stream, pos, pos + len);
      }
      pos += len;
    }
    throw new IllegalStateException("no context token in " + stream.length + " bytes");
  }

  private static byte[] withoutPadata(byte[] asReq) {
    try {
      KdcReq req = KdcReq.decode(asReq);
      return new KdcReq(req.msgType(), null, req.reqBody()).encode();
    } catch (DerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] withEncTimestampHint(byte[] reply) {
    try {
      KrbError e = KrbError.decode(reply);
      List<PaData> hints = new ArrayList<>();
      hints.add(new PaData(PaDataType.PA_ENC_TIMESTAMP, new byte[0]));
      hints.addAll(MethodData.decode(e.eData()).entries());
      return new KrbError(e.ctime(), e.cusec(), e.stime(), e.susec(), e.errorCode(), e.crealm(),
          e.cname(), e.realm(), e.sname(), e.eText(), new MethodData(hints).encode()).encode();
    } catch (DerException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Strips the RFC 2743 §3.1 framing and the 2-byte RFC 4121 TOK_ID. */
  private static byte[] unframe(byte[] token, int tokId) throws DerException {
    DerReader r = DerReader.of(token);
    DerReader app = r.readConstructed(DerTag.application(0));
    assertThat(app.readObjectIdentifier()).isEqualTo("1.2.840.113554.1.2.2");
    int at = app.offset();
    assertThat(((token[at] & 0xff) << 8) | (token[at + 1] & 0xff)).isEqualTo(tokId);
    return Arrays.copyOfRange(token, at + 2, at + app.remaining());
  }

  private static byte[] decrypt(EncryptedData ed, Map<Integer, byte[]> keys, int usage)
      throws Exception {
    byte[] key = keys.get(ed.etype());
    if (key == null) {
      throw new IllegalStateException("no key for etype " + ed.etype() + " in " + keys.keySet());
    }
    return EncryptionHandler.getEncHandler(ed.etype()).decrypt(ed.cipher(), key, usage);
  }

  /**
   * RFC 4120 §5.4.2: a TGS-REP with an authenticator subkey is encrypted in the subkey (usage 9),
   * else in the session key (usage 8); a KDC that does otherwise is still captured, the
   * combination used is printed.
   */
  private static byte[] decryptTgsReply(EncryptedData ed, int subEtype, byte[] subKey,
      int usage, int sessEtype, byte[] sessKey) throws Exception {
    Object[][] attempts = {{subEtype, subKey, usage},
        {subEtype, subKey, KeyUsage.TGS_REP_ENC_PART_SESSKEY},
        {sessEtype, sessKey, KeyUsage.TGS_REP_ENC_PART_SESSKEY},
        {sessEtype, sessKey, KeyUsage.TGS_REP_ENC_PART_SUBKEY}};
    Exception last = null;
    for (Object[] a : attempts) {
      try {
        byte[] plain = decrypt(ed, Map.of((Integer) a[0], (byte[]) a[1]), (Integer) a[2]);
        System.out.println("TGS-REP enc-part decrypted with " + (a[1] == subKey ? "subkey"
            : "session key") + ", usage " + a[2]);
        return plain;
      } catch (Exception e) {
        last = e;
      }
    }
    throw last;
  }

  private static Map<Integer, byte[]> keysOf(KerbyKdc kdc, String principal) throws Exception {
    KrbIdentity id = kdc.server().getIdentityService().getIdentity(principal);
    Map<Integer, byte[]> keys = new HashMap<>();
    id.getKeys().forEach((t, k) -> keys.put(t.getValue(), k.getKeyData()));
    return keys;
  }

  private static Path writeKrb5Conf(Path dir, int port) throws IOException {
    Path conf = dir.resolve("krb5.conf");
    Files.writeString(conf, ""
        + "[libdefaults]\n"
        + "  default_realm = " + REALM + "\n"
        + "  udp_preference_limit = 1\n"
        + "  dns_lookup_kdc = false\n"
        + "  dns_lookup_realm = false\n"
        + "  rdns = false\n"
        + "  forwardable = true\n"
        + "  default_tkt_enctypes = aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96\n"
        + "  default_tgs_enctypes = aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96\n"
        + "  permitted_enctypes = aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96\n"
        + "[realms]\n"
        + "  " + REALM + " = {\n"
        + "    kdc = 127.0.0.1:" + port + "\n"
        + "  }\n");
    return conf;
  }

  private static void run(Map<String, String> env, String stdin, boolean mustSucceed,
      String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    if (stdin != null) {
      p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    System.out.println("$ " + String.join(" ", cmd) + " -> " + p.exitValue() + "\n" + out);
    if (mustSucceed) {
      assertThat(p.exitValue()).as(String.join(" ", cmd) + ": " + out).isZero();
    }
  }

  private void add(String file, String type, String name, byte[] der) {
    String check;
    try {
      if (type.equals("GssChecksumBody")) {
        check = Arrays.equals(GssChecksumBody.decode(der).encode(), der) ? "" : " MISMATCH";
      } else {
        DerEncodable v = Codecs.decoder(type).decode(der);
        check = Arrays.equals(v.encode(), der) ? "" : " MISMATCH";
      }
    } catch (DerException e) {
      check = " UNDECODABLE " + e.getMessage();
    }
    if (!check.isEmpty()) {
      System.out.println("WARNING " + file + " " + type + " " + name + check);
    }
    files.computeIfAbsent(file, f -> new ArrayList<>())
        .add(type + " " + name + ": " + wrap(Hex.of(der)));
  }

  private static String wrap(String hex) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 96) {
      if (i > 0) {
        sb.append("\n    ");
      }
      sb.append(hex, i, Math.min(hex.length(), i + 96));
    }
    return sb.toString();
  }

  private static String header(String file) {
    String who = switch (file) {
      case "kerby-kdc" -> "replies of the Apache Kerby 2.1 KDC (kerb-simplekdc) and their "
          + "decrypted parts";
      case "mit-client" -> "requests and GSS tokens of MIT krb5 1.20.1 kinit, kvno, gss-client "
          + "and gss-server (Debian 12) and their decrypted parts";
      default -> "tokens of the JDK's JGSS (OpenJDK 17) Kerberos mechanism and their decrypted "
          + "parts, and its TGS-REQs";
    };
    return "# Golden encodings: " + who + ".\n"
        + "# Captured on 127.0.0.1 by GoldenCapture (see golden/README.md); encrypted parts\n"
        + "# decrypted with Apache Kerby kerb-crypto as a test oracle. Format: Type name: hex\n";
  }
}

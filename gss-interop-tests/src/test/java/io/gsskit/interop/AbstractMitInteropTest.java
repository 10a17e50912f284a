package io.gsskit.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.testsupport.MitRealm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GSSKit's gss-client against MIT's gss-server and MIT's gss-client against GSSKit's gss-server,
 * over the option matrix, with an MIT KDC whose only enctype is {@link #enctype()}: the client's
 * ccache comes from MIT's {@code kinit -f}, the service keytab from {@code kadmin ktadd}. Both
 * servers run for the whole class; each case is one client process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractMitInteropTest {

  private static final String SERVICE = "gsstest";
  private static final String HOST = "localhost";
  private static final AtomicInteger SEQ = new AtomicInteger();

  private MitRealm realm;
  private Map<String, String> serverEnv;
  private Map<String, String> clientEnv;
  private Tools.Server mitServer;
  private int mitPort;
  private Tools.Server ourServer;

  /** @return the realm's single enctype */
  abstract String enctype();

  @BeforeAll
  void startRealmAndServers() {
    Tools.mit("gss-server");
    Tools.mit("gss-client");
    realm = MitRealm.start("INTEROP.TEST", List.of(enctype()));
    String password = "pw-" + Long.toHexString(System.nanoTime());
    realm.addPrincipal("alice", password);
    realm.addRandKeyPrincipal(SERVICE + "/" + HOST);
    Path keytab = realm.workDir().resolve("service.keytab");
    realm.ktadd(keytab, SERVICE + "/" + HOST, enctype()).requireSuccess();
    String ccache = "FILE:" + realm.workDir().resolve("alice.ccache");
    realm.kinitPassword("alice", password, ccache, "-f");

    Map<String, String> base = new HashMap<>();
    base.put("KRB5_CONFIG", realm.krb5Conf().toString());
    base.put("KRB5RCACHEDIR", realm.workDir().toString());
    serverEnv = new HashMap<>(base);
    serverEnv.put("KRB5_KTNAME", "FILE:" + keytab);
    clientEnv = new HashMap<>(base);
    clientEnv.put("KRB5CCNAME", ccache);

    mitPort = Tools.freePort();
    mitServer = new Tools.Server(Tools.mit("gss-server"),
        List.of("-port", Integer.toString(mitPort), SERVICE + "@" + HOST), serverEnv);
    ourServer = new Tools.Server(Tools.ours("gss-server"),
        List.of("-port", "0", SERVICE + "@" + HOST), serverEnv);
  }

  @AfterAll
  void stop() {
    if (ourServer != null) {
      ourServer.close();
    }
    if (mitServer != null) {
      mitServer.close();
    }
    if (realm != null) {
      realm.close();
    }
  }

  Stream<MitInteropCase> matrix() {
    return MitInteropCase.matrix().stream();
  }

  @ParameterizedTest(name = "GSSKit gss-client {0} -> MIT gss-server")
  @MethodSource("matrix")
  void ourClientToMitServer(MitInteropCase c) {
    exchange(Tools.ours("gss-client"), mitServer, mitPort, c);
  }

  @ParameterizedTest(name = "MIT gss-client {0} -> GSSKit gss-server")
  @MethodSource("matrix")
  void mitClientToOurServer(MitInteropCase c) {
    exchange(Tools.mit("gss-client"), ourServer, ourServer.port(), c);
  }

  @Test
  void ourClientToOurServerWithTheMitKdc() {
    exchange(Tools.ours("gss-client"), ourServer, ourServer.port(),
        new MitInteropCase(List.of("-d", "-seq", "-mcount", "2"), 1, 2, true, true));
  }

  @Test
  void exportAndImportOnOurServer() {
    try (Tools.Server once = new Tools.Server(Tools.ours("gss-server"),
        List.of("-port", "0", "-once", "-export", "-verbose", SERVICE + "@" + HOST), serverEnv)) {
      Tools.Result client = Tools.run(Tools.mit("gss-client"),
          List.of("-port", Integer.toString(once.port()), "127.0.0.1", SERVICE + "@" + HOST,
              "exported"), clientEnv);
      assertThat(client.exitCode()).as("%s", client).isZero();
      assertThat(client.output()).as("%s", client).contains("Signature verified.");
      String log = once.await(s -> s.contains("NOOP token"), 20);
      assertThat(Tools.count(log, "Exported context: ")).as(log).isEqualTo(3);
      assertThat(Tools.count(log, "Importing context: ")).as(log).isEqualTo(3);
      assertThat(log).contains("Received message: \"exported\"")
          .contains("Accepted connection using mechanism OID 1.2.840.113554.1.2.2.");
    }
  }

  private void exchange(Path client, Tools.Server server, int port, MitInteropCase c) {
    String message = "interop " + enctype() + " " + c + " #" + SEQ.incrementAndGet();
    int before = server.output().length();
    List<String> args = new ArrayList<>(c.options());
    args.addAll(List.of("-port", Integer.toString(port), "127.0.0.1", SERVICE + "@" + HOST,
        message));
    Tools.Result result = Tools.run(client, args, clientEnv);
    int total = c.connections() * c.messages();
    String quoted = "Received message: \"" + message + "\"";
    String serverLog = server.await(s -> Tools.count(s.substring(before), quoted) >= total
        && Tools.count(s.substring(before), "NOOP token") >= c.connections(), 20)
        .substring(before);
    assertThat(result.exitCode()).as("client: %s%nserver:%n%s", result, serverLog).isZero();
    String out = result.output();
    if (c.mic()) {
      assertThat(Tools.count(out, "Signature verified.")).as("%s", result).isEqualTo(total);
    } else {
      assertThat(Tools.count(out, "Response received.")).as("%s", result).isEqualTo(total);
    }
    assertThat(Tools.count(serverLog, quoted)).as(serverLog).isEqualTo(total);
    if (c.auth()) {
      assertThat(Tools.count(serverLog, "Accepted connection: \"alice@" + realm.realm() + "\""))
          .as(serverLog).isEqualTo(c.connections());
      assertThat(out).as("%s", result).contains("context flag: GSS_C_INTEG_FLAG");
      if (c.options().contains("-d")) {
        assertThat(out).as("%s", result).contains("context flag: GSS_C_DELEG_FLAG");
        assertThat(serverLog).contains("context flag: GSS_C_DELEG_FLAG");
      } else {
        assertThat(serverLog).doesNotContain("context flag: GSS_C_DELEG_FLAG");
      }
      if (c.options().contains("-nomutual")) {
        assertThat(serverLog).doesNotContain("context flag: GSS_C_MUTUAL_FLAG");
      } else {
        assertThat(serverLog).contains("context flag: GSS_C_MUTUAL_FLAG");
      }
    } else {
      assertThat(serverLog).contains("Accepted unauthenticated connection.")
          .doesNotContain("Accepted connection: ");
    }
    assertThat(serverLog).doesNotContain("Warning!").doesNotContain("GSS-API error");
  }
}

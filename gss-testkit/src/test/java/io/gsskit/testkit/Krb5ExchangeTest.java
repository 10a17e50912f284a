package io.gsskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.Credentials;
import io.gsskit.MechType;
import io.gsskit.Name;
import io.gsskit.NameType;
import io.gsskit.RequirementFlag;
import io.gsskit.SecurityContext;
import io.gsskit.Usage;
import io.gsskit.exceptions.DuplicateTokenException;
import io.gsskit.exceptions.GssException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real Kerberos mechanism through the high-level API against the embedded KDC of {@link
 * GssTestKdc}: full exchanges with GSSKit's own KDC client and with a foreign-made ccache,
 * mutated establishment tokens, and replays (per-message properties: {@link
 * Krb5MessageProperties}).
 */
class Krb5ExchangeTest {

  @RegisterExtension
  static GssTestKdc kdc = GssTestKdc.create();

  private static final String HOST = "server.gsskit.test";
  private static final String SERVICE = "HTTP/" + HOST;
  private static Credentials client;
  private static Credentials server;

  @BeforeAll
  static void realm() {
    kdc.addPrincipal("alice");
    kdc.addPrincipal(SERVICE);
    client = Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.INITIATE)
        .store(kdc.initiatorStore("alice")).acquire().credentials();
    server = Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.ACCEPT)
        .store(kdc.acceptorStore(SERVICE)).acquire().credentials();
  }

  @AfterAll
  static void close() {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static SecurityContext initiator(RequirementFlag... flags) {
    return SecurityContext.initiator(Name.hostbasedService("HTTP", HOST)).credentials(client)
        .mech(MechType.KERBEROS).flags(flags).build();
  }

  private static SecurityContext acceptor() {
    return SecurityContext.acceptor(server).build();
  }

  @Test
  void credentialsDescribeThemselves() {
    assertThat(client.name().orElseThrow().toString()).isEqualTo("alice@" + kdc.realm());
    assertThat(client.mechs()).contains(MechType.KERBEROS);
  }

  @Test
  void exchangesWithRandomFlagsAgreeOnNamesMechAndFlags() {
    Random r = Seeds.random("krb5Exchange");
    for (int n = 0; n < 20; n++) {
      RequirementFlag[] flags = Gen.flags(r, java.util.EnumSet.of(
          RequirementFlag.MUTUAL_AUTHENTICATION, RequirementFlag.REPLAY_DETECTION,
          RequirementFlag.OUT_OF_SEQUENCE_DETECTION, RequirementFlag.CONFIDENTIALITY,
          RequirementFlag.INTEGRITY)).toArray(new RequirementFlag[0]);
      String why = "exchange " + n + " " + Arrays.toString(flags) + " " + Seeds.reproduce();
      try (SecurityContext i = initiator(flags); SecurityContext a = acceptor()) {
        TokenExchange.Result res = TokenExchange.run(i, a);
        assertThat(res.legs()).as(why).isBetween(1, 2);
        assertThat(a.initiatorName().orElseThrow().toString()).as(why)
            .isEqualTo("alice@" + kdc.realm());
        assertThat(a.initiatorName().orElseThrow()).as(why)
            .isEqualTo(Name.of("alice@" + kdc.realm(), NameType.KERBEROS_PRINCIPAL));
        assertThat(i.mech()).as(why).contains(MechType.KERBEROS).isEqualTo(a.mech());
        for (RequirementFlag f : new RequirementFlag[] {RequirementFlag.MUTUAL_AUTHENTICATION,
            RequirementFlag.REPLAY_DETECTION, RequirementFlag.OUT_OF_SEQUENCE_DETECTION,
            RequirementFlag.CONFIDENTIALITY, RequirementFlag.INTEGRITY}) {
          assertThat(i.actualFlags().contains(f)).as(why + " " + f)
              .isEqualTo(a.actualFlags().contains(f));
        }
        if (Arrays.asList(flags).contains(RequirementFlag.MUTUAL_AUTHENTICATION)) {
          assertThat(res.legs()).as(why).isEqualTo(2);
        }
      }
    }
  }

  @Test
  void aForeignMadeCcacheWorksToo() {
    // Kerby's client wrote this MIT FILE ccache (TGT and service ticket); GSSKit only reads it.
    try (Credentials foreign = Credentials.acquire().mechs(MechType.KERBEROS)
        .usage(Usage.INITIATE).store(kdc.kerbyInitiatorStore("alice", SERVICE)).acquire()
        .credentials();
        SecurityContext i = SecurityContext.initiator(Name.hostbasedService("HTTP", HOST))
            .credentials(foreign).mech(MechType.KERBEROS)
            .flags(RequirementFlag.MUTUAL_AUTHENTICATION).build();
        SecurityContext a = acceptor()) {
      TokenExchange.run(i, a);
      byte[] m = {4, 5, 6};
      assertThat(a.unwrap(i.wrap(m, true).message()).message()).isEqualTo(m);
    }
  }

  @Test
  void replayedApReqFailsWithAnErrorToken() {
    try (SecurityContext i = initiator(RequirementFlag.MUTUAL_AUTHENTICATION,
        RequirementFlag.REPLAY_DETECTION); SecurityContext a = acceptor()) {
      TokenExchange.Result res = TokenExchange.run(i, a);
      try (SecurityContext again = acceptor()) {
        assertThatThrownBy(() -> again.step(res.tokens().get(0)))
            .isInstanceOfSatisfying(GssException.class, e -> {
              // A bare GSS_S_DUPLICATE_TOKEN, minor KRB_AP_ERR_REPEAT: ReplayException.
              assertThat(e).isInstanceOf(io.gsskit.exceptions.ReplayException.class);
              assertThat(e.supplementaryInfo())
                  .contains(io.gsskit.raw.GssStatus.SupplementaryInfo.DUPLICATE_TOKEN);
              assertThat(e.minorText()).contains("replay");
              assertThat(e.mechanism()).contains(MechType.KERBEROS.oid());
              assertThat(e.errorToken()).as("KRB-ERROR for the initiator").isPresent();
            });
      }
    }
  }

  @Test
  void replayedMessagesAreRejected() {
    try (SecurityContext i = initiator(RequirementFlag.MUTUAL_AUTHENTICATION,
        RequirementFlag.REPLAY_DETECTION); SecurityContext a = acceptor()) {
      TokenExchange.run(i, a);
      byte[] t = i.wrap(new byte[] {1, 2, 3}, true).message();
      a.unwrap(t);
      assertThatThrownBy(() -> a.unwrap(t)).isInstanceOf(DuplicateTokenException.class);
    }
  }

  @Test
  void mutatedApReqAndApRepFailWithAGssException() {
    Random r = Seeds.random("krb5ApReqMutation");
    for (int n = 0; n < 30; n++) {
      try (SecurityContext i = initiator(RequirementFlag.MUTUAL_AUTHENTICATION);
          SecurityContext a = acceptor()) {
        int leg = r.nextInt(2);
        byte[][] sent = new byte[2][];
        try {
          TokenExchange.run(i, a, (l, fromInitiator, token) -> {
            if (l != leg) {
              return token;
            }
            sent[0] = token;
            sent[1] = Mutations.changeByte(token, r);
            return sent[1];
          });
          int pos = firstDifference(sent[0], sent[1]);
          // The only bytes a peer may change without detection: the AP-REQ's ap-options
          // (RFC 4120 §5.5.1), which no checksum covers; MIT accepts such a change too.
          int options = apOptionsOffset(sent[0]);
          assertThat(leg == 0 && options >= 0 && pos >= options && pos < options + 4)
              .as("mutated leg %d byte %d accepted, %s", leg, pos, Seeds.reproduce()).isTrue();
        } catch (GssException expected) {
          assertThat(expected.major()).isNotZero();
        }
      }
    }
  }

  private static int firstDifference(byte[] a, byte[] b) {
    for (int k = 0; k < Math.min(a.length, b.length); k++) {
      if (a[k] != b[k]) {
        return k;
      }
    }
    return Math.min(a.length, b.length);
  }

  /**
   * Offset of the four ap-options bytes in a framed AP-REQ: {@code a2 07 03 05 00 XX XX XX XX}
   * right after {@code pvno} and {@code msg-type} (RFC 4120 §5.5.1).
   */
  private static int apOptionsOffset(byte[] token) {
    for (int k = 0; k + 9 <= token.length; k++) {
      if ((token[k] & 0xff) == 0xa2 && token[k + 1] == 7 && token[k + 2] == 3
          && token[k + 3] == 5 && token[k + 4] == 0) {
        return k + 5;
      }
    }
    return -1;
  }
}

package io.gsskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.gsskit.Credentials;
import io.gsskit.MechType;
import io.gsskit.Name;
import io.gsskit.RequirementFlag;
import io.gsskit.SecurityContext;
import io.gsskit.UnwrapResult;
import io.gsskit.Usage;
import io.gsskit.WrapResult;
import io.gsskit.exceptions.GssException;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per-message properties of the real Kerberos mechanism (RFC 4121 tokens) through the high-level
 * API, on three established contexts with different flags (the exchanges themselves are
 * fewer, in {@link Krb5ExchangeTest}): unwrap(wrap(m)) == m in both directions with and without
 * confidentiality, MICs verify, and any mutated wrap or MIC token fails with a {@link
 * GssException} and nothing else, without consuming the genuine token's sequence number. 1,000
 * seeded cases each.
 */
class Krb5MessageProperties {

  @org.junit.jupiter.api.extension.RegisterExtension
  static GssTestKdc kdc = GssTestKdc.create();

  private static final int CASES = 1000;
  private static final String HOST = "server.gsskit.test";
  private static Credentials client;
  private static Credentials server;
  private static final SecurityContext[][] PAIRS = new SecurityContext[3][];

  @BeforeAll
  static void establish() {
    kdc.addPrincipal("alice");
    kdc.addPrincipal("HTTP/" + HOST);
    client = Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.INITIATE)
        .store(kdc.initiatorStore("alice")).acquire().credentials();
    server = Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.ACCEPT)
        .store(kdc.acceptorStore("HTTP/" + HOST)).acquire().credentials();
    RequirementFlag[][] flags = {
        {RequirementFlag.MUTUAL_AUTHENTICATION, RequirementFlag.CONFIDENTIALITY,
            RequirementFlag.INTEGRITY},
        {RequirementFlag.MUTUAL_AUTHENTICATION, RequirementFlag.REPLAY_DETECTION,
            RequirementFlag.OUT_OF_SEQUENCE_DETECTION, RequirementFlag.CONFIDENTIALITY,
            RequirementFlag.INTEGRITY},
        {RequirementFlag.INTEGRITY}};
    for (int k = 0; k < PAIRS.length; k++) {
      SecurityContext i = SecurityContext.initiator(Name.hostbasedService("HTTP", HOST))
          .credentials(client).mech(MechType.KERBEROS).flags(flags[k]).build();
      SecurityContext a = SecurityContext.acceptor(server).build();
      TokenExchange.run(i, a);
      PAIRS[k] = new SecurityContext[] {i, a};
    }
  }

  @AfterAll
  static void close() {
    for (SecurityContext[] pair : PAIRS) {
      if (pair != null) {
        pair[0].close();
        pair[1].close();
      }
    }
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }

  static Stream<Seeds.Case> roundTrip() {
    return Seeds.cases("krb5RoundTrip", CASES);
  }

  static Stream<Seeds.Case> mutatedTokens() {
    return Seeds.cases("krb5Mutation", CASES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void roundTrip(Seeds.Case c) {
    Random r = c.random();
    SecurityContext[] pair = PAIRS[r.nextInt(PAIRS.length)];
    boolean fromInitiator = r.nextBoolean();
    SecurityContext from = fromInitiator ? pair[0] : pair[1];
    SecurityContext to = fromInitiator ? pair[1] : pair[0];
    byte[] m = r.nextInt(8) == 0 ? Gen.message(r) : Gen.bytes(r, r.nextInt(300));
    boolean encrypt = r.nextBoolean();
    WrapResult w = from.wrap(m, encrypt);
    assertThat(w.encrypted()).as(c.toString()).isEqualTo(encrypt);
    UnwrapResult u = to.unwrap(w.message());
    assertThat(u.message()).as(c.toString()).isEqualTo(m);
    assertThat(u.encrypted()).as(c.toString()).isEqualTo(encrypt);
    assertThat(u.qop()).as(c.toString()).isZero();
    assertThat(to.verifySignature(m, from.getSignature(m)).qop()).as(c.toString()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void mutatedTokens(Seeds.Case c) {
    Random r = c.random();
    SecurityContext[] pair = PAIRS[r.nextInt(PAIRS.length)];
    boolean fromInitiator = r.nextBoolean();
    SecurityContext from = fromInitiator ? pair[0] : pair[1];
    SecurityContext to = fromInitiator ? pair[1] : pair[0];
    byte[] m = Gen.bytes(r, r.nextInt(200));
    boolean mic = r.nextBoolean();
    byte[] token = mic ? from.getSignature(m) : from.wrap(m, r.nextBoolean()).message();
    // Splice material that is not a token of this context: making one would consume a
    // sequence number and leave a gap on the sequence-checking pair.
    byte[] other = Gen.bytes(r, 1 + r.nextInt(token.length));
    byte[] bad = Mutations.any(token, other, r);
    if (java.util.Arrays.equals(bad, token)) {
      return; // a splice can reproduce the token; nothing to test in this case
    }
    try {
      if (mic) {
        to.verifySignature(m, bad);
      } else {
        to.unwrap(bad);
      }
      fail("%s: a mutated %s token was accepted", c, mic ? "MIC" : "wrap");
    } catch (GssException expected) {
      assertThat(expected.major()).as(c.toString()).isNotZero();
    } catch (RuntimeException other2) {
      throw new AssertionError(c + ": not a GssException: " + other2, other2);
    }
    if (mic) {
      to.verifySignature(m, token);
    } else {
      assertThat(to.unwrap(token).message()).as(c.toString()).isEqualTo(m);
    }
  }
}

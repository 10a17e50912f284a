package io.gsskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.gsskit.Credentials;
import io.gsskit.Name;
import io.gsskit.NameType;
import io.gsskit.RequirementFlag;
import io.gsskit.SecurityContext;
import io.gsskit.UnwrapResult;
import io.gsskit.WrapResult;
import io.gsskit.exceptions.GssException;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per-message properties on a few established PSK contexts: unwrap(wrap(m)) == m, MICs verify,
 * any mutation of a wrap or MIC token fails with a GssException and nothing else, and exported
 * contexts, names and credentials round-trip. 1,000 seeded cases each.
 */
class MessageProperties {

  private static final int CASES = 1000;
  private static Credentials clientCreds;
  private static Credentials serverCreds;
  private static SecurityContext client;
  private static SecurityContext server;

  @BeforeAll
  static void establish() {
    clientCreds = Psk.initiator("alice");
    serverCreds = Psk.acceptor();
    client = SecurityContext.initiator(Name.hostbasedService("host", "server.example"))
        .credentials(clientCreds).mech(Psk.MECH).flags(RequirementFlag.MUTUAL_AUTHENTICATION)
        .build();
    server = SecurityContext.acceptor(serverCreds).build();
    TokenExchange.run(client, server);
  }

  @AfterAll
  static void close() {
    client.close();
    server.close();
    clientCreds.close();
    serverCreds.close();
  }

  static Stream<Seeds.Case> roundTrip() {
    return Seeds.cases("messageRoundTrip", CASES);
  }

  static Stream<Seeds.Case> mutatedTokens() {
    return Seeds.cases("messageMutation", CASES);
  }

  static Stream<Seeds.Case> exportImport() {
    return Seeds.cases("exportImport", CASES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void roundTrip(Seeds.Case c) {
    Random r = c.random();
    byte[] m = Gen.message(r);
    boolean fromClient = r.nextBoolean();
    SecurityContext from = fromClient ? client : server;
    SecurityContext to = fromClient ? server : client;
    boolean encrypt = r.nextBoolean();
    WrapResult w = from.wrap(m, encrypt);
    assertThat(w.encrypted()).as(c.toString()).isEqualTo(encrypt);
    UnwrapResult u = to.unwrap(w.message());
    assertThat(Arrays.equals(u.message(), m)).as(c.toString()).isTrue();
    assertThat(u.encrypted()).as(c.toString()).isEqualTo(encrypt);
    to.verifySignature(m, from.getSignature(m));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void mutatedTokens(Seeds.Case c) {
    Random r = c.random();
    byte[] m = Gen.bytes(r, r.nextInt(200));
    byte[] token;
    boolean mic = r.nextBoolean();
    token = mic ? client.getSignature(m) : client.wrap(m, r.nextBoolean()).message();
    byte[] bad = Mutations.changeByte(token, r);
    try {
      if (mic) {
        server.verifySignature(m, bad);
      } else {
        server.unwrap(bad);
      }
      fail("%s: a mutated %s token was accepted", c, mic ? "MIC" : "wrap");
    } catch (GssException expected) {
      assertThat(expected.major()).as(c.toString()).isNotZero();
    } catch (RuntimeException other) {
      throw new AssertionError(c + ": not a GssException: " + other, other);
    }
    // The genuine token still verifies afterwards (the mutation did not consume its number).
    if (mic) {
      server.verifySignature(m, token);
    } else {
      assertThat(server.unwrap(token).message()).as(c.toString()).isEqualTo(m);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void exportImport(Seeds.Case c) {
    Random r = c.random();
    String user = Gen.userName(r, null);
    Name mn = Name.of(user, NameType.USER).canonicalize(Psk.MECH);
    Name back = Name.importToken(mn.export());
    assertThat(back).as(c.toString()).isEqualTo(mn);
    assertThat(back.toString()).as(c.toString()).isEqualTo(user);
    if (r.nextInt(10) == 0) {
      String value = Gen.nameComponent(r);
      mn.attributes().set("urn:gsskit:test", value);
      Name composite = Name.importCompositeToken(mn.exportComposite());
      assertThat(composite.attributes().get("urn:gsskit:test").stringValues(
          java.nio.charset.StandardCharsets.UTF_8)).as(c.toString()).containsExactly(value);
    }
    try (Credentials creds = Psk.initiator(user);
        Credentials imported = Credentials.importToken(creds.export())) {
      assertThat(imported.name().orElseThrow()).as(c.toString())
          .isEqualTo(Name.of(user, NameType.USER));
      assertThat(imported.mechs()).as(c.toString()).isEqualTo(creds.mechs());
      assertThat(imported.usage()).as(c.toString()).isEqualTo(creds.usage());
    }
    if (r.nextInt(20) == 0) {
      // Contexts: export a fresh pair's acceptor, import it, and keep talking.
      try (Credentials ic = Psk.initiator(user);
          SecurityContext i = SecurityContext.initiator(Name.of(Gen.hostbasedService(r),
              NameType.HOSTBASED_SERVICE)).credentials(ic).mech(Psk.MECH).build();
          SecurityContext a = SecurityContext.acceptor(serverCreds).build()) {
        TokenExchange.run(i, a);
        byte[] m = Gen.message(r);
        try (SecurityContext imported = SecurityContext.importToken(a.export())) {
          assertThat(imported.unwrap(i.wrap(m, true).message()).message()).as(c.toString())
              .isEqualTo(m);
          assertThat(imported.initiatorName().orElseThrow().toString()).isEqualTo(user);
        }
      }
    }
  }
}

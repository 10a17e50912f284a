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
import io.gsskit.ext.CredStoreKeys;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Kerberos mechanism's credential and context features through the high-level API, with
 * GSSKit's own KDC client (AS with a password or a client keytab, TGS on the first step):
 * password and client-keytab credentials, {@code getWrapSizeLimit}, context export/import with
 * the sequence state, and delegation used onward.
 */
class Krb5FeaturesTest {

  @RegisterExtension
  static GssTestKdc kdc = GssTestKdc.create();

  private static final String HOST = "server.gsskit.test";
  private static final String SERVICE = "HTTP/" + HOST;
  private static final String BACKEND_HOST = "backend.gsskit.test";
  private static final String BACKEND = "HTTP/" + BACKEND_HOST;
  private static final String BOB_PASSWORD = "bob's p\u00e4ssword";
  private static Credentials alice;
  private static Credentials server;

  @BeforeAll
  static void realm() {
    kdc.addPrincipal("alice");
    kdc.addPrincipal("bob", BOB_PASSWORD);
    kdc.addPrincipal(SERVICE);
    kdc.addPrincipal(BACKEND);
    alice = Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.INITIATE)
        .store(kdc.initiatorStore("alice")).acquire().credentials();
    server = Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.ACCEPT)
        .store(kdc.acceptorStore(SERVICE)).acquire().credentials();
  }

  @AfterAll
  static void close() {
    if (alice != null) {
      alice.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static SecurityContext initiator(Credentials creds, String host,
      RequirementFlag... flags) {
    return SecurityContext.initiator(Name.hostbasedService("HTTP", host)).credentials(creds)
        .mech(MechType.KERBEROS).flags(flags).build();
  }

  private static void roundTrip(SecurityContext from, SecurityContext to, String text) {
    byte[] m = text.getBytes(StandardCharsets.UTF_8);
    assertThat(to.unwrap(from.wrap(m, true).message()).message()).isEqualTo(m);
    to.verifySignature(m, from.getSignature(m));
  }

  @Test
  void clientKeytabCredentialsComeFromGssKitsOwnAsExchange() {
    assertThat(alice.name().orElseThrow().toString()).isEqualTo("alice@" + kdc.realm());
    assertThat(alice.usage()).isEqualTo(Usage.INITIATE);
    assertThat(alice.lifetime()).isPositive();
    try (SecurityContext i = initiator(alice, HOST, RequirementFlag.MUTUAL_AUTHENTICATION);
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      TokenExchange.run(i, a);
      assertThat(a.initiatorName().orElseThrow().toString()).isEqualTo("alice@" + kdc.realm());
      roundTrip(i, a, "client keytab");
      roundTrip(a, i, "and back");
    }
  }

  @Test
  void passwordCredentialsAuthenticate() {
    Map<String, String> store = new LinkedHashMap<>();
    store.put(CredStoreKeys.PASSWORD, BOB_PASSWORD);
    store.put(CredStoreKeys.CCACHE, "FILE:" + kdc.workDir().resolve("bob-password.ccache"));
    store.put(CredStoreKeys.KRB5_CONFIG, kdc.krb5Conf().toString());
    try (Credentials bob = Credentials.acquire()
        .name(Name.of("bob@" + kdc.realm(), NameType.KERBEROS_PRINCIPAL))
        .mechs(MechType.KERBEROS).usage(Usage.INITIATE).store(store).acquire().credentials();
        SecurityContext i = initiator(bob, HOST, RequirementFlag.MUTUAL_AUTHENTICATION);
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      assertThat(bob.name().orElseThrow().toString()).isEqualTo("bob@" + kdc.realm());
      TokenExchange.run(i, a);
      assertThat(a.initiatorName().orElseThrow().toString()).isEqualTo("bob@" + kdc.realm());
      roundTrip(i, a, "password");
    }
  }

  @Test
  void wrapSizeLimitIsTheLargestMessageThatFits() {
    Random r = Seeds.random("krb5WrapSizeLimit");
    try (SecurityContext i = initiator(alice, HOST, RequirementFlag.MUTUAL_AUTHENTICATION,
        RequirementFlag.CONFIDENTIALITY, RequirementFlag.INTEGRITY);
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      TokenExchange.run(i, a);
      for (int n = 0; n < 60; n++) {
        int size = n < 10 ? 60 + n : 60 + r.nextInt(20_000);
        boolean encrypt = r.nextBoolean();
        SecurityContext from = r.nextBoolean() ? i : a;
        String why = "size " + size + " encrypt " + encrypt + " " + Seeds.reproduce();
        int limit = from.getWrapSizeLimit(size, encrypt);
        assertThat(limit).as(why).isBetween(0, size);
        assertThat(from.wrap(new byte[limit], encrypt).message().length).as(why)
            .isLessThanOrEqualTo(size);
        assertThat(from.wrap(new byte[limit + 1], encrypt).message().length).as(why)
            .isGreaterThan(size);
      }
    }
  }

  @Test
  void exportedContextsContinueWithTheirSequenceState() {
    try (SecurityContext i = initiator(alice, HOST, RequirementFlag.MUTUAL_AUTHENTICATION,
        RequirementFlag.REPLAY_DETECTION, RequirementFlag.OUT_OF_SEQUENCE_DETECTION,
        RequirementFlag.CONFIDENTIALITY, RequirementFlag.INTEGRITY);
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      TokenExchange.run(i, a);
      byte[] seen = i.wrap(new byte[] {1}, true).message();
      a.unwrap(seen);
      try (SecurityContext a2 = SecurityContext.importToken(a.export());
          SecurityContext i2 = SecurityContext.importToken(i.export())) {
        assertThat(a2.locallyInitiated()).isFalse();
        assertThat(i2.locallyInitiated()).isTrue();
        assertThat(a2.isComplete()).isTrue();
        assertThat(a2.initiatorName().orElseThrow().toString()).isEqualTo("alice@" + kdc.realm());
        assertThat(i2.targetName().orElseThrow().toString()).isEqualTo(SERVICE + "@"
            + kdc.realm());
        assertThat(a2.mech()).contains(MechType.KERBEROS);
        roundTrip(i2, a2, "after import");
        roundTrip(a2, i2, "and back");
        assertThatThrownBy(() -> a2.unwrap(seen)).as("replay across the export")
            .isInstanceOf(DuplicateTokenException.class);
        assertThatThrownBy(() -> a.wrap(new byte[1], true)).as("exported context is gone")
            .isInstanceOf(IllegalStateException.class);
      }
    }
  }

  @Test
  void delegatedCredentialsAuthenticateOnward() {
    kdc.keytab(BACKEND);
    try (Credentials backendCreds = Credentials.acquire().mechs(MechType.KERBEROS)
        .usage(Usage.ACCEPT).store(kdc.acceptorStore(BACKEND)).acquire().credentials();
        SecurityContext i = initiator(alice, HOST, RequirementFlag.MUTUAL_AUTHENTICATION,
            RequirementFlag.DELEGATE_TO_PEER);
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      TokenExchange.run(i, a);
      assertThat(a.actualFlags()).contains(RequirementFlag.DELEGATE_TO_PEER);
      assertThat(i.actualFlags()).contains(RequirementFlag.DELEGATE_TO_PEER);
      try (Credentials delegated = a.delegatedCredentials().orElseThrow()) {
        assertThat(delegated.name().orElseThrow().toString()).isEqualTo("alice@" + kdc.realm());
        try (SecurityContext onward = initiator(delegated, BACKEND_HOST,
            RequirementFlag.MUTUAL_AUTHENTICATION);
            SecurityContext backend = SecurityContext.acceptor(backendCreds).build()) {
          TokenExchange.run(onward, backend);
          assertThat(backend.initiatorName().orElseThrow().toString())
              .isEqualTo("alice@" + kdc.realm());
          roundTrip(onward, backend, "as alice, through the server");
        }
      }
    }
  }

  @Test
  void withoutTheFlagNoCredentialsAreDelegated() {
    try (SecurityContext i = initiator(alice, HOST, RequirementFlag.MUTUAL_AUTHENTICATION);
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      TokenExchange.run(i, a);
      assertThat(a.delegatedCredentials()).isEmpty();
    }
  }
}

package io.gsskit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.gsskit.Credentials;
import io.gsskit.Name;
import io.gsskit.NameType;
import io.gsskit.RequirementFlag;
import io.gsskit.SecurityContext;
import io.gsskit.exceptions.GssException;
import io.gsskit.raw.ChannelBindings;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property tests of full token exchanges through the high-level API with the PSK mechanism
 * (seeded, 1,000 cases each; each case's display name carries its seed).
 */
class ExchangeProperties {

  private static final int CASES = 1000;
  private static final Set<RequirementFlag> REQUESTABLE = EnumSet.of(
      RequirementFlag.MUTUAL_AUTHENTICATION, RequirementFlag.REPLAY_DETECTION,
      RequirementFlag.OUT_OF_SEQUENCE_DETECTION, RequirementFlag.CONFIDENTIALITY,
      RequirementFlag.INTEGRITY, RequirementFlag.DELEGATE_TO_PEER, RequirementFlag.ANONYMITY);

  private static Credentials acceptorCreds;

  @BeforeAll
  static void creds() {
    acceptorCreds = Psk.acceptor();
  }

  @AfterAll
  static void close() {
    acceptorCreds.close();
  }

  static Stream<Seeds.Case> exchange() {
    return Seeds.cases("exchange", CASES);
  }

  static Stream<Seeds.Case> mutation() {
    return Seeds.cases("mutation", CASES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void exchange(Seeds.Case c) {
    Random r = c.random();
    String user = Gen.userName(r, null);
    Set<RequirementFlag> flags = Gen.flags(r, REQUESTABLE);
    ChannelBindings cb = r.nextBoolean() ? Gen.channelBindings(r) : null;
    Name target = Name.of(Gen.hostbasedService(r), NameType.HOSTBASED_SERVICE);
    try (Credentials client = Psk.initiator(user);
        SecurityContext i = initiator(target, client, flags, cb);
        SecurityContext a = acceptor(cb)) {
      TokenExchange.Result result = TokenExchange.run(i, a);
      assertThat(result.legs()).as(c.toString()).isEqualTo(3);
      assertThat(i.isComplete() && a.isComplete()).as(c.toString()).isTrue();
      assertThat(i.actualFlags()).as(c.toString()).isEqualTo(a.actualFlags());
      for (RequirementFlag f : new RequirementFlag[] {RequirementFlag.MUTUAL_AUTHENTICATION,
          RequirementFlag.REPLAY_DETECTION, RequirementFlag.OUT_OF_SEQUENCE_DETECTION}) {
        assertThat(i.actualFlags().contains(f)).as(c + " " + f).isEqualTo(flags.contains(f));
      }
      assertThat(a.actualFlags().contains(RequirementFlag.CHANNEL_BOUND)).as(c.toString())
          .isEqualTo(cb != null);
      assertThat(a.initiatorName().orElseThrow()).as(c.toString())
          .isEqualTo(Name.of(user, NameType.USER));
      assertThat(i.initiatorName().orElseThrow().toString()).as(c.toString()).isEqualTo(user);
      assertThat(a.targetName().orElseThrow().toString()).as(c.toString())
          .isEqualTo(i.targetName().orElseThrow().toString());
      assertThat(i.mech()).as(c.toString()).contains(Psk.MECH).isEqualTo(a.mech());
      assertThat(i.locallyInitiated() && !a.locallyInitiated()).as(c.toString()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void mutation(Seeds.Case c) {
    Random r = c.random();
    ChannelBindings cb = r.nextBoolean() ? Gen.channelBindings(r) : null;
    int victim = r.nextInt(3);
    Name target = Name.of(Gen.hostbasedService(r), NameType.HOSTBASED_SERVICE);
    try (Credentials client = Psk.initiator(Gen.userName(r, null));
        SecurityContext i = initiator(target, client, Gen.flags(r, REQUESTABLE), cb);
        SecurityContext a = acceptor(cb)) {
      try {
        TokenExchange.run(i, a, (leg, fromInitiator, token) ->
            leg == victim ? Mutations.changeByte(token, r) : token);
        fail("%s: the exchange completed with a mutated token on leg %d", c, victim);
      } catch (GssException expected) {
        assertThat(expected.major()).as(c.toString()).isNotZero();
      } catch (RuntimeException other) {
        throw new AssertionError(c + ": not a GssException: " + other, other);
      }
    }
  }

  static SecurityContext initiator(Name target, Credentials creds, Set<RequirementFlag> flags,
      ChannelBindings cb) {
    SecurityContext.InitiatorBuilder b = SecurityContext.initiator(target).credentials(creds)
        .mech(Psk.MECH).flags(flags);
    if (cb != null) {
      b.channelBindings(cb);
    }
    return b.build();
  }

  static SecurityContext acceptor(ChannelBindings cb) {
    SecurityContext.AcceptorBuilder b = SecurityContext.acceptor(acceptorCreds);
    if (cb != null) {
      b.channelBindings(cb);
    }
    return b.build();
  }
}

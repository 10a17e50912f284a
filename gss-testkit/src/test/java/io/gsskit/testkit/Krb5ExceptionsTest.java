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
import io.gsskit.exceptions.BadMicException;
import io.gsskit.exceptions.BadQopException;
import io.gsskit.exceptions.BadStatusException;
import io.gsskit.exceptions.ClockSkewException;
import io.gsskit.exceptions.DuplicateTokenException;
import io.gsskit.exceptions.FailureException;
import io.gsskit.exceptions.GapTokenException;
import io.gsskit.exceptions.GssException;
import io.gsskit.exceptions.KdcUnreachableException;
import io.gsskit.exceptions.KeyVersionException;
import io.gsskit.exceptions.NoCredentialsException;
import io.gsskit.exceptions.NoKeyException;
import io.gsskit.exceptions.OldTokenException;
import io.gsskit.exceptions.PreauthFailedException;
import io.gsskit.exceptions.PrincipalUnknownException;
import io.gsskit.exceptions.ReplayException;
import io.gsskit.exceptions.UnseqTokenException;
import io.gsskit.ext.CredStoreKeys;
import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.StringHolder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kerby.kerberos.kerb.keytab.Keytab;
import org.apache.kerby.kerberos.kerb.keytab.KeytabEntry;
import org.apache.kerby.kerberos.kerb.type.base.EncryptionType;
import org.apache.kerby.kerberos.kerb.type.base.PrincipalName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Exceptions of {@code io.gsskit.exceptions} reached from REAL failures of the Kerberos mechanism
 * against the embedded KDC (no status is made up). The table of every exception class and the
 * test that reaches it, with the ones that stay unreachable and why, is in
 * {@code gss-highlevel/PARITY.md} ("Exceptions reachable from real failures in tests"); the
 * expiry exceptions are in {@link Krb5ExpiryTest} (a KDC of its own with 4-second tickets).
 *
 * <p>{@code BadQopException} and {@code BadStatusException} have no high-level call that can
 * provoke them (python's {@code wrap}/{@code get_signature} take no QOP and the high level has
 * no {@code display_status}): they are reached with the raw call on the high-level context's
 * handle, mapped by the same public {@link GssException#of(int, int, io.gsskit.raw.Oid, String,
 * byte[])} the high level uses.
 */
class Krb5ExceptionsTest {

  @RegisterExtension
  static GssTestKdc kdc = GssTestKdc.create();

  private static final String HOST = "server.gsskit.test";
  private static final String SERVICE = "HTTP/" + HOST;
  private static final String BOB_PASSWORD = "bob-secret";
  private static Credentials alice;
  private static Credentials server;

  @BeforeAll
  static void realm() {
    kdc.addPrincipal("alice");
    kdc.addPrincipal("bob", BOB_PASSWORD);
    kdc.addPrincipal(SERVICE);
    alice = Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.INITIATE)
        .store(kdc.initiatorStore("alice")).acquire().credentials();
    server = acceptorCreds(kdc.acceptorStore(SERVICE));
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

  private static Credentials acceptorCreds(Map<String, String> store) {
    return Credentials.acquire().mechs(MechType.KERBEROS).usage(Usage.ACCEPT).store(store)
        .acquire().credentials();
  }

  private static SecurityContext initiator(Credentials creds, String host,
      RequirementFlag... flags) {
    return SecurityContext.initiator(Name.hostbasedService("HTTP", host)).credentials(creds)
        .mech(MechType.KERBEROS).flags(flags).build();
  }

  private static GssException mapped(int major, MinorStatus minor) {
    return GssException.of(major, minor.mech() != null ? minor.mechStatus() : minor.value(),
        minor.mech(), "", null);
  }

  @Test
  void wrapWithANonDefaultQopIsBadQop() {
    try (SecurityContext i = initiator(alice, HOST, RequirementFlag.MUTUAL_AUTHENTICATION);
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      TokenExchange.run(i, a);
      MinorStatus minor = new MinorStatus();
      int major = Gss.wrap(minor, i.handle(), true, 1, new byte[] {1}, new BooleanHolder(),
          new Buffer());
      assertThat(mapped(major, minor)).isExactlyInstanceOf(BadQopException.class);
      MinorStatus minor2 = new MinorStatus();
      int major2 = Gss.getMic(minor2, i.handle(), 7, new byte[] {1}, new Buffer());
      assertThat(mapped(major2, minor2)).isExactlyInstanceOf(BadQopException.class);
    }
  }

  @Test
  void displayStatusWithAnUndefinedTypeIsBadStatus() {
    MinorStatus minor = new MinorStatus();
    int major = Gss.displayStatus(minor, 0, 3, null, new IntHolder(0), new StringHolder());
    assertThat(mapped(major, minor)).isExactlyInstanceOf(BadStatusException.class);
  }

  @Test
  void outOfSequenceOldAndReplayedTokensThrowWithTheVerifiedMessage() {
    try (SecurityContext i = initiator(alice, HOST, RequirementFlag.MUTUAL_AUTHENTICATION,
        RequirementFlag.REPLAY_DETECTION, RequirementFlag.OUT_OF_SEQUENCE_DETECTION);
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      TokenExchange.run(i, a);
      List<byte[]> tokens = new ArrayList<>();
      for (int n = 0; n < 70; n++) {
        tokens.add(i.wrap(new byte[] {(byte) n}, true).message());
      }
      a.unwrap(tokens.get(0));
      assertThatThrownBy(() -> a.unwrap(tokens.get(2))).isInstanceOfSatisfying(
          GapTokenException.class, e -> assertThat(e.verifiedMessage().orElseThrow())
              .containsExactly(2));
      assertThatThrownBy(() -> a.unwrap(tokens.get(1))).isInstanceOfSatisfying(
          UnseqTokenException.class, e -> assertThat(e.verifiedMessage().orElseThrow())
              .containsExactly(1));
      assertThatThrownBy(() -> a.unwrap(tokens.get(1))).isInstanceOf(
          DuplicateTokenException.class);
      // Jump past the 64-token window: token 3 is then too old to check for duplication.
      assertThatThrownBy(() -> a.unwrap(tokens.get(69))).isInstanceOf(GapTokenException.class);
      assertThatThrownBy(() -> a.unwrap(tokens.get(3))).isInstanceOfSatisfying(
          OldTokenException.class, e -> assertThat(e.verifiedMessage().orElseThrow())
              .containsExactly(3));
      // A MIC out of sequence: the message it verified comes along.
      byte[] m = "mic".getBytes(StandardCharsets.UTF_8);
      byte[] skipped = i.getSignature(m);
      byte[] mic = i.getSignature(m);
      assertThatThrownBy(() -> a.verifySignature(m, mic)).isInstanceOfSatisfying(
          GapTokenException.class, e -> assertThat(e.verifiedMessage().orElseThrow())
              .isEqualTo(m));
      assertThatThrownBy(() -> a.verifySignature(m, Mutations.changeByte(skipped,
          Seeds.random("krb5BadMic")))).isInstanceOf(GssException.class);
      assertThatThrownBy(() -> a.verifySignature("other".getBytes(StandardCharsets.UTF_8),
          skipped)).isInstanceOfSatisfying(BadMicException.class,
              e -> assertThat(e).isNotInstanceOf(io.gsskit.exceptions.SupplementaryException.class));
    }
  }

  @Test
  void replayedApReqIsReported() {
    try (SecurityContext i = initiator(alice, HOST, RequirementFlag.MUTUAL_AUTHENTICATION);
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      TokenExchange.Result res = TokenExchange.run(i, a);
      try (SecurityContext again = SecurityContext.acceptor(server).build()) {
        assertThatThrownBy(() -> again.step(res.tokens().get(0)))
            .isInstanceOfSatisfying(GssException.class, e -> {
              assertThat(e.supplementaryInfo())
                  .contains(GssStatus.SupplementaryInfo.DUPLICATE_TOKEN);
              assertThat(e.errorToken()).as("KRB-ERROR for the initiator").isPresent();
              // A bare GSS_S_DUPLICATE_TOKEN with minor KRB_AP_ERR_REPEAT selects
              // ReplayException (a DuplicateTokenException).
              assertThat(e).isExactlyInstanceOf(ReplayException.class);
              assertThat(e.routineError()).isEmpty();
              assertThat(e.minorText()).containsIgnoringCase("replay");
            });
      }
    }
  }

  @Test
  void unknownServiceIsPrincipalUnknown() {
    try (SecurityContext i = initiator(alice, "nobody.gsskit.test",
        RequirementFlag.MUTUAL_AUTHENTICATION)) {
      assertThatThrownBy(() -> i.step(null))
          .isExactlyInstanceOf(PrincipalUnknownException.class)
          .hasMessageContaining("nobody.gsskit.test");
    }
  }

  @Test
  void wrongPasswordIsAPreauthFailureInTheText() {
    // PreauthFailedException stays unreachable with Kerby's KDC: it answers a wrong encrypted
    // timestamp with KRB_AP_ERR_BAD_INTEGRITY (31) and e-text "PREAUTH_FAILED" where MIT's KDC
    // sends KDC_ERR_PREAUTH_FAILED (24), and GSSKit passes the KDC's code through as the minor
    // status. BAD_INTEGRITY cannot select PreauthFailedException: it also means a bad
    // authenticator or a tampered AP-REQ.
    assertThatThrownBy(() -> Credentials.acquire()
        .name(Name.of("bob@" + kdc.realm(), NameType.KERBEROS_PRINCIPAL))
        .mechs(MechType.KERBEROS).usage(Usage.INITIATE)
        .store(kdc.passwordStore("bob", "not-" + BOB_PASSWORD)).acquire())
        .isExactlyInstanceOf(FailureException.class)
        .hasMessageContaining("pre-authentication failed")
        .hasMessageContaining("PREAUTH_FAILED");
  }

  @Test
  void deadKdcIsUnreachable() throws IOException {
    int dead;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      dead = s.getLocalPort();
    }
    String good = Files.readString(kdc.krb5Conf());
    String bad = good.replace("kdc = 127.0.0.1:" + kdc.port(), "kdc = 127.0.0.1:" + dead)
        .replace("[libdefaults]\n", "[libdefaults]\n  kdc_timeout = 300\n  max_retries = 1\n");
    assertThat(bad).contains(":" + dead);
    try {
      Files.writeString(kdc.krb5Conf(), bad);
      assertThatThrownBy(() -> Credentials.acquire()
          .name(Name.of("bob@" + kdc.realm(), NameType.KERBEROS_PRINCIPAL))
          .mechs(MechType.KERBEROS).usage(Usage.INITIATE)
          .store(kdc.passwordStore("bob", BOB_PASSWORD)).acquire())
          .isExactlyInstanceOf(KdcUnreachableException.class);
    } finally {
      Files.writeString(kdc.krb5Conf(), good);
    }
  }

  @Test
  void skewedAcceptorClockIsClockSkew() throws IOException {
    // The acceptor's clock cannot be moved through the public API; its allowed skew can: with
    // clockskew = 0 the authenticator (made microseconds earlier) is out of the window. The
    // credentials name the realm's krb5.conf (krb5_config), which is re-read when it changes.
    String good = Files.readString(kdc.krb5Conf());
    try (SecurityContext i = initiator(alice, HOST, RequirementFlag.MUTUAL_AUTHENTICATION);
        SecurityContext a = SecurityContext.acceptor(server).build()) {
      byte[] apReq = i.step(null).orElseThrow();
      try {
        Files.writeString(kdc.krb5Conf(), good.replace("[libdefaults]\n",
            "[libdefaults]\n  clockskew = 0\n"));
        assertThatThrownBy(() -> a.step(apReq))
            .isExactlyInstanceOf(ClockSkewException.class)
            .satisfies(e -> assertThat(((GssException) e).errorToken()).as("KRB-ERROR")
                .isPresent());
      } finally {
        Files.writeString(kdc.krb5Conf(), good);
      }
    }
  }

  @Test
  void acceptorKeytabWithTheWrongKvnoOrEnctype() throws IOException {
    Path real = kdc.keytab(SERVICE);
    Keytab original = Keytab.loadKeytab(real.toFile());
    PrincipalName principal = original.getPrincipals().get(0);
    List<KeytabEntry> entries = original.getKeytabEntries(principal);
    Keytab wrongKvno = new Keytab();
    Keytab noAes256 = new Keytab();
    for (KeytabEntry e : entries) {
      wrongKvno.addEntry(new KeytabEntry(principal, e.getTimestamp(), e.getKvno() + 5,
          e.getKey()));
      if (e.getKey().getKeyType() != EncryptionType.AES256_CTS_HMAC_SHA1_96) {
        noAes256.addEntry(e);
      }
    }
    Path kvnoFile = kdc.workDir().resolve("wrong-kvno.keytab");
    Path etypeFile = kdc.workDir().resolve("no-aes256.keytab");
    wrongKvno.store(kvnoFile.toFile());
    noAes256.store(etypeFile.toFile());
    assertThatThrownBy(() -> acceptWith(kvnoFile))
        .isExactlyInstanceOf(KeyVersionException.class)
        .hasMessageContaining("kvno " + (entries.get(0).getKvno() + 5))
        .hasMessageContaining("ticket needs kvno " + entries.get(0).getKvno());
    assertThatThrownBy(() -> acceptWith(etypeFile))
        .isExactlyInstanceOf(NoKeyException.class)
        .hasMessageContaining("aes256");
  }

  private static void acceptWith(Path keytab) {
    try (Credentials creds = acceptorCreds(Map.of(CredStoreKeys.KEYTAB, "FILE:" + keytab));
        SecurityContext i = initiator(alice, HOST, RequirementFlag.MUTUAL_AUTHENTICATION);
        SecurityContext a = SecurityContext.acceptor(creds).build()) {
      a.step(i.step(null).orElseThrow());
    }
  }

  @Test
  void corruptCcacheIsNoCredentialsAsInMit() throws IOException {
    // DefectiveCredentialsException stays unreachable: like MIT, the mechanism reports an
    // unreadable ccache as GSS_S_NO_CRED (minor KRB5_CC_FORMAT), never DEFECTIVE_CREDENTIAL.
    Path bad = kdc.workDir().resolve("corrupt.ccache");
    Files.write(bad, new byte[] {5, 4, 0, 12, 1, 2, 3});
    assertThatThrownBy(() -> Credentials.acquire().mechs(MechType.KERBEROS)
        .usage(Usage.INITIATE).store(Map.of(CredStoreKeys.CCACHE, "FILE:" + bad)).acquire())
        .isExactlyInstanceOf(NoCredentialsException.class);
  }
}

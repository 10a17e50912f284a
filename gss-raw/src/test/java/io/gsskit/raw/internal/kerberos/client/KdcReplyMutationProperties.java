package io.gsskit.raw.internal.kerberos.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.gsskit.raw.internal.kerberos.ccache.CcacheException;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.kdc.KdcProtocol;
import io.gsskit.raw.internal.kerberos.kdc.KdcReply;
import io.gsskit.raw.internal.kerberos.kdc.KdcTransport;
import io.gsskit.raw.internal.kerberos.keytab.Keytab;
import io.gsskit.raw.internal.kerberos.keytab.Keytabs;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.testsupport.KerbyKdc;
import io.gsskit.raw.testsupport.Mutations;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds mutated KDC replies into the client: a real session with Kerby (keytab AS with
 * PREAUTH_REQUIRED, then a TGS) is recorded with a fixed clock and a seeded random source, then
 * replayed offline with one reply truncated, byte-flipped, overwritten with absurd integers,
 * extended or randomly damaged. The only allowed failure is a {@link KerberosException}, and a
 * failed step stores nothing in the ccache. The unmutated replay must succeed (the replay is
 * faithful), and mutations must be rejected (the checks work). Seed: {@code -Dgsskit.seed}.
 */
class KdcReplyMutationProperties {

  private static final long SEED = Long.getLong("gsskit.seed", 0x6D757461L);

  private static KerbyKdc kdc;
  private static Krb5Config config;
  private static Keytab keytab;
  private static KerberosPrincipal bob;
  private static KerberosPrincipal http;
  private static Clock clock;
  private static List<byte[]> recorded;
  @TempDir static Path dir;

  @BeforeAll
  static void record() throws Exception {
    kdc = KerbyKdc.start();
    kdc.addPrincipal("bob");
    kdc.exportKeytab("bob", dir.resolve("bob.keytab"));
    kdc.addPrincipal("HTTP/localhost");
    keytab = Keytabs.resolve("FILE:" + dir.resolve("bob.keytab"));
    bob = new KerberosPrincipal(kdc.realm(), PrincipalName.of(PrincipalName.NT_PRINCIPAL, "bob"));
    http = new KerberosPrincipal(kdc.realm(),
        PrincipalName.of(PrincipalName.NT_SRV_HST, "HTTP", "localhost"));
    config = TestConfigs.single(kdc.realm(), "127.0.0.1:" + kdc.port(), "");
    clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    KdcTransport transport = new KdcTransport(TestConfigs.settings(config).transport());
    List<byte[]> replies = new ArrayList<>();
    KdcCaller recording = new KdcCaller(config, (realm, kdcs, request) -> {
      KdcReply r = transport.send(realm, kdcs, request);
      replies.add(r.bytes().clone());
      return r;
    });
    session(recording, "MEMORY:record");
    recorded = List.copyOf(replies);
    assertThat(recorded).as("PREAUTH_REQUIRED, AS-REP, TGS-REP").hasSize(3);
  }

  @AfterAll
  static void stop() {
    kdc.close();
  }

  /** The session: kinit -k into the cache, then a service ticket. */
  private static void session(KdcCaller caller, String ccName) throws Exception {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(SEED);
    KdcClient client = new KdcClient(TestConfigs.settings(config, clock), caller, random);
    CcacheTickets tickets = new CcacheTickets(client);
    CredentialCache cc = CredentialCaches.resolve(ccName);
    tickets.kinitKeytab(cc, bob, keytab, TicketOptions.defaults());
    tickets.getServiceTicket(cc, http, TicketOptions.defaults());
  }

  /** A caller answering the n-th request with the n-th recorded reply, one of them rewritten. */
  private static KdcCaller replay(int index, UnaryOperator<byte[]> mutation) {
    AtomicInteger n = new AtomicInteger();
    KdcAddress kdc0 = KdcAddress.of("127.0.0.1", 88, KdcAddress.Transport.TCP);
    return new KdcCaller(config, (realm, kdcs, request) -> {
      int i = n.getAndIncrement();
      if (i >= recorded.size()) {
        throw new AssertionError("more requests than recorded replies");
      }
      byte[] b = recorded.get(i).clone();
      return new KdcReply(kdc0, new InetSocketAddress("127.0.0.1", 88), KdcProtocol.TCP,
          i == index ? mutation.apply(b) : b);
    });
  }

  private static int runs;
  private static int rejected;

  /** Runs the session with reply {@code index} replaced; checks the outcome. */
  private static void check(int index, byte[] mutated, String what) {
    String ccName = "MEMORY:mut-" + runs++;
    String ctx = "seed " + SEED + " reply " + index + ": " + what;
    try {
      session(replay(index, b -> mutated), ccName);
    } catch (KerberosException e) {
      rejected++;
      try {
        CredentialCache cc = CredentialCaches.resolve(ccName);
        if (index <= 1) {
          // the AS step failed: the cache was never initialized
          try {
            cc.credentials();
            fail(ctx + ": the cache was written although the AS reply was rejected");
          } catch (CcacheException expected) {
            assertThat(expected.kind()).as(ctx).isEqualTo(CcacheException.Kind.NOT_FOUND);
          }
        } else {
          assertThat(cc.credentials()).as(ctx + ": only the TGT is stored").hasSize(1)
              .allSatisfy(c -> assertThat(c.server().name().components().get(0))
                  .isEqualTo("krbtgt"));
        }
      } catch (CcacheException unexpected) {
        fail(ctx + ": " + unexpected, unexpected);
      }
    } catch (Exception | Error e) {
      fail(ctx + ": " + e.getClass().getName() + ": " + e.getMessage(), e);
    }
  }

  @Test
  void unmutatedReplaySucceeds() throws Exception {
    session(replay(-1, UnaryOperator.identity()), "MEMORY:faithful");
    assertThat(CredentialCaches.resolve("MEMORY:faithful").credentials()).hasSize(2);
  }

  @Test
  void truncatedRepliesFailWithKerberosExceptionAndStoreNothing() {
    int before = rejected;
    for (int i = 0; i < recorded.size(); i++) {
      int index = i;
      Mutations.truncations(recorded.get(i), "reply " + i, (b, what) -> check(index, b, what));
    }
    int all = recorded.stream().mapToInt(b -> b.length).sum();
    assertThat(rejected - before).as("seed %d", SEED).isEqualTo(all);
  }

  @Test
  void flippedAndOverwrittenRepliesFailWithKerberosExceptionAndStoreNothing() {
    int before = rejected;
    int runsBefore = runs;
    for (int i = 1; i < recorded.size(); i++) {
      int index = i;
      Mutations.everyByteFlipped(recorded.get(i), "reply " + i, (b, what) -> check(index, b, what));
      Mutations.absurdIntsAtEveryOffset(recorded.get(i), "reply " + i,
          new int[] {0x7fffffff, 0x84ffffff}, false, (b, what) -> check(index, b, what));
      Mutations.randomExtensions(recorded.get(i), "reply " + i, SEED, 20, 16,
          (b, what) -> check(index, b, what));
    }
    // flips inside the ticket's opaque enc-part cannot be seen by a client; most others must be
    assertThat(rejected - before).as("seed %d", SEED).isGreaterThan((runs - runsBefore) / 2);
  }

  @Test
  void randomlyDamagedRepliesFailWithKerberosExceptionAndStoreNothing() {
    Random rnd = new Random(SEED);
    for (int k = 0; k < 1500; k++) {
      int index = rnd.nextInt(recorded.size());
      byte[] b = recorded.get(index).clone();
      int edits = 1 + rnd.nextInt(8);
      for (int e = 0; e < edits; e++) {
        switch (rnd.nextInt(3)) {
          case 0 -> b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
          case 1 -> b = Arrays.copyOf(b, rnd.nextInt(b.length + 1));
          default -> {
            byte[] random = new byte[rnd.nextInt(b.length + 1)];
            rnd.nextBytes(random);
            b = random;
          }
        }
        if (b.length == 0) {
          break;
        }
      }
      check(index, b, "random edit " + k);
    }
  }
}

package io.gsskit.raw.internal.kerberos.ccache;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.testsupport.MitRealm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Interoperability with MIT krb5's kinit, kvno and klist on a live MIT KDC. */
class MitCcacheInteropTest {

  private static MitRealm realm;

  @BeforeAll
  static void start() {
    realm = MitRealm.start();
    realm.addPrincipal("alice", "alice-pw");
    realm.addRandKeyPrincipal("HTTP/svc.test");
    realm.addRandKeyPrincipal("host/other.test");
  }

  @AfterAll
  static void stop() {
    if (realm != null) {
      realm.close();
    }
  }

  private static final DateTimeFormatter KLIST_TIME =
      DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss").withZone(ZoneId.systemDefault());

  /** MIT klist's flag letters, in klist's order (RFC 4120 §5.3 bits). */
  static String flags(int f) {
    int[] bits = {0x40000000, 0x20000000, 0x10000000, 0x08000000, 0x04000000, 0x02000000,
        0x01000000, 0x00800000, 0x00400000, 0x00100000, 0x00200000, 0x00080000, 0x00040000,
        0x00008000};
    String letters = "FfPpDdiRIHATOa";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bits.length; i++) {
      if ((f & bits[i]) != 0) {
        sb.append(letters.charAt(i));
      }
    }
    return sb.toString();
  }

  /** What klist -f prints for a credential: the times line and the flags. */
  static void assertKlistShows(String klist, Credential c) {
    String start = KLIST_TIME.format(Instant.ofEpochSecond(c.startTime() != 0 ? c.startTime()
        : c.authTime()));
    String end = KLIST_TIME.format(Instant.ofEpochSecond(c.endTime()));
    String line = start + "  " + end + "  " + c.server();
    assertThat(klist).contains(line);
    String after = klist.substring(klist.indexOf(line) + line.length());
    int next = after.indexOf("\n", after.indexOf("Flags:"));
    assertThat(after.substring(0, next)).contains("Flags: " + flags(c.ticketFlags()));
    if (c.renewTill() != 0) {
      assertThat(after.substring(0, next)).contains("renew until "
          + KLIST_TIME.format(Instant.ofEpochSecond(c.renewTill())));
    }
  }

  @Test
  void readsWhatMitKinitAndKvnoWrote(@TempDir Path tmp) throws Exception {
    Path cc = tmp.resolve("cc");
    realm.kinitPassword("alice", "alice-pw", "FILE:" + cc, "-f", "-r", "2d");
    realm.kvno("HTTP/svc.test", "FILE:" + cc).requireSuccess();
    byte[] raw = Files.readAllBytes(cc);
    assertThat(raw[1]).as("MIT writes version 4").isEqualTo((byte) 4);
    assertThat(((raw[2] & 0xff) << 8) | (raw[3] & 0xff)).as("header with the offset tag")
        .isEqualTo(12);
    CcacheContents c = FileCcache.of(cc).contents();
    assertThat(c.damage()).isNull();
    assertThat(c.principal()).hasToString("alice@MIT.TEST");
    FileCcache cache = FileCcache.of(cc);
    Credential tgt = cache.retrieve(Golden.principal("krbtgt/MIT.TEST@MIT.TEST"), 0)
        .orElseThrow();
    Credential svc = cache.retrieve(Golden.principal("HTTP/svc.test@MIT.TEST"), 0).orElseThrow();
    assertThat(tgt.key().keyType()).isEqualTo(20); // aes256-cts-hmac-sha384-192
    assertThat(flags(tgt.ticketFlags())).contains("F").contains("R").contains("I");
    assertThat(flags(svc.ticketFlags())).doesNotContain("I");
    assertThat(cache.config("fast_avail", tgt.server())).isPresent();
    String klist = realm.klist("FILE:" + cc, "-f").requireSuccess().stdout();
    assertKlistShows(klist, tgt);
    assertKlistShows(klist, svc);
  }

  @Test
  void mitKlistReadsACacheWeWrote(@TempDir Path tmp) throws Exception {
    Path mitCc = tmp.resolve("mit");
    realm.kinitPassword("alice", "alice-pw", "FILE:" + mitCc, "-f");
    realm.kvno("HTTP/svc.test", "FILE:" + mitCc).requireSuccess();
    CcacheContents mit = FileCcache.of(mitCc).contents();

    Path ourCc = tmp.resolve("ours");
    FileCcache ours = FileCcache.of(ourCc);
    ours.initialize(mit.principal(), new KdcTimeOffset(2, 500));
    ours.storeAll(mit.credentials());
    ours.setConfig("start_realm", null, "MIT.TEST".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    String theirs = realm.klist("FILE:" + mitCc, "-e", "-f").requireSuccess().stdout();
    String ourList = realm.klist("FILE:" + ourCc, "-e", "-f").requireSuccess().stdout();
    // identical apart from the cache name: principals, times, flags and the ticket enctypes
    // (which klist reads from inside the ticket bytes)
    assertThat(ourList.substring(ourList.indexOf('\n')))
        .isEqualTo(theirs.substring(theirs.indexOf('\n')));
    for (Credential c : ours.credentials()) {
      if (!c.isConfigEntry()) {
        assertKlistShows(ourList, c);
      }
    }
    // klist -C shows configuration entries
    assertThat(realm.klist("FILE:" + ourCc, "-C").requireSuccess().stdout())
        .contains("start_realm").contains("fast_avail");
  }

  @Test
  void mitKvnoUsesTheTgtFromACacheWeWrote(@TempDir Path tmp) throws Exception {
    Path mitCc = tmp.resolve("mit");
    realm.kinitPassword("alice", "alice-pw", "FILE:" + mitCc);
    Credential tgt = FileCcache.of(mitCc).retrieve(
        Golden.principal("krbtgt/MIT.TEST@MIT.TEST"), 0).orElseThrow();

    Path ourCc = tmp.resolve("ours");
    FileCcache ours = FileCcache.of(ourCc);
    ours.initialize(tgt.client());
    ours.store(tgt);
    MitRealm.Result kvno = realm.kvno("host/other.test", "FILE:" + ourCc);
    assertThat(kvno.exitCode()).as(kvno.toString()).isZero();
    assertThat(kvno.stdout()).contains("host/other.test@MIT.TEST: kvno = 1");
    // MIT appended the service ticket to our file in place; we read the result
    Credential svc = ours.retrieve(Golden.principal("host/other.test@MIT.TEST"), 0)
        .orElseThrow();
    assertThat(svc.client()).hasToString("alice@MIT.TEST");
    assertThat(ours.contents().damage()).isNull();
  }

  @Test
  void klistNeverSeesATornCacheWhileWeRewrite(@TempDir Path tmp) throws Exception {
    Path mitCc = tmp.resolve("mit");
    realm.kinitPassword("alice", "alice-pw", "FILE:" + mitCc);
    CcacheContents mit = FileCcache.of(mitCc).contents();
    Path ourCc = tmp.resolve("ours");
    FileCcache ours = FileCcache.of(ourCc);
    ours.initialize(mit.principal());
    ours.storeAll(mit.credentials());
    Credential tgt = mit.credentials().get(mit.credentials().size() - 1);
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try {
        for (int i = 0; !stop.get() && i < 2000; i++) {
          if (i % 50 == 49) {
            ours.initialize(mit.principal());
          }
          ours.store(tgt);
        }
      } catch (Throwable e) {
        failure.set(e);
      }
    });
    writer.start();
    List<String> problems = new ArrayList<>();
    try {
      for (int i = 0; i < 15; i++) {
        MitRealm.Result r = realm.klist("FILE:" + ourCc);
        if (r.exitCode() != 0 || !r.stdout().contains("Default principal: alice@MIT.TEST")) {
          problems.add(r.toString());
        }
      }
    } finally {
      stop.set(true);
      writer.join();
    }
    assertThat(failure.get()).isNull();
    assertThat(problems).isEmpty();
  }

  @Test
  void dirCollectionsInteroperate(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("collection");
    realm.kinitPassword("alice", "alice-pw", "DIR:" + dir);
    DirCcacheCollection coll = CredentialCaches.collection("DIR:" + dir);
    assertThat(CredentialCaches.resolve("DIR:" + dir).principal()).hasToString("alice@MIT.TEST");
    Credential tgt = coll.primary().retrieve(Golden.principal("krbtgt/MIT.TEST@MIT.TEST"), 0)
        .orElseThrow();

    FileCcache second = coll.newMember();
    second.initialize(tgt.client());
    second.store(tgt);
    coll.switchTo(second);
    String klist = realm.klist("DIR:" + dir).requireSuccess().stdout();
    assertThat(klist).contains("Ticket cache: DIR::" + second.path());
    assertThat(realm.kvno("HTTP/svc.test", "DIR:" + dir).exitCode()).isZero();
    assertThat(second.retrieve(Golden.principal("HTTP/svc.test@MIT.TEST"), 0)).isPresent();
    assertThat(coll.members()).hasSize(2);
  }
}

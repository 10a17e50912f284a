package io.gsskit.raw.internal.kerberos.keytab;

import static io.gsskit.raw.internal.kerberos.keytab.KeytabGolden.principal;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.testsupport.MitRealm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keytabs written by MIT's kadmin and ktutil read by us; keytabs we write used by MIT. */
class MitKeytabInteropTest {

  private static MitRealm realm;

  /** Only for comparing with klist's output; the enctype registry lives elsewhere. */
  private static final Map<Integer, String> NAMES = Map.of(17, "aes128-cts-hmac-sha1-96",
      18, "aes256-cts-hmac-sha1-96", 19, "aes128-cts-hmac-sha256-128",
      20, "aes256-cts-hmac-sha384-192");
  private static final DateTimeFormatter KLIST_TIME =
      DateTimeFormatter.ofPattern("MM/dd/yy HH:mm:ss").withZone(ZoneId.systemDefault());

  @BeforeAll
  static void start() {
    realm = MitRealm.start();
  }

  @AfterAll
  static void stop() {
    if (realm != null) {
      realm.close();
    }
  }

  /** The line {@code klist -k -e -t -K} prints for an entry. */
  static String klistLine(KeytabEntry e) {
    String name = NAMES.getOrDefault(e.enctype(), "DEPRECATED:etype " + e.enctype());
    return String.format("%4d %s %s (%s)  (0x%s)", e.kvno(),
        KLIST_TIME.format(Instant.ofEpochSecond(e.timestamp())), e.principal(), name,
        HexFormat.of().formatHex(e.key().keyValue()));
  }

  /** Our reading of a keytab must give exactly the lines MIT's klist prints, in order. */
  static void assertSameAsKlist(Path kt) throws Exception {
    List<KeytabEntry> ours = FileKeytab.of(kt).entries();
    List<String> expected = new ArrayList<>();
    for (KeytabEntry e : ours) {
      expected.add(klistLine(e));
    }
    List<String> klist = realm.klistKeytab("FILE:" + kt).requireSuccess().stdout().lines()
        .skip(3).toList();
    assertThat(klist).isEqualTo(expected);
  }

  @Test
  void readsKtaddWithRfc8009Enctypes(@TempDir Path tmp) throws Exception {
    realm.addRandKeyPrincipal("HTTP/web.test");
    Path kt = tmp.resolve("kt");
    realm.ktadd(kt, "HTTP/web.test", "aes256-cts-hmac-sha384-192", "aes128-cts-hmac-sha256-128",
        "aes256-cts-hmac-sha1-96");
    realm.ktadd(kt, "HTTP/web.test", "aes256-cts-hmac-sha384-192");
    assertSameAsKlist(kt);
    List<KeytabEntry> entries = FileKeytab.of(kt).entries();
    assertThat(entries).extracting(KeytabEntry::enctype).containsExactly(20, 19, 18, 20);
    assertThat(entries).extracting(KeytabEntry::kvno).containsExactly(2L, 2L, 2L, 3L);
    KeytabMatch newest = FileKeytab.of(kt).find(principal("HTTP/web.test@MIT.TEST"), 0, 0);
    assertThat(newest.found()).get().extracting(KeytabEntry::kvno).isEqualTo(3L);
  }

  @Test
  void readsHolesLeftByKtremoveAndReusedByKtutil(@TempDir Path tmp) throws Exception {
    realm.addRandKeyPrincipal("host/a.test");
    realm.addPrincipal("user1", "user1-pw");
    Path kt = tmp.resolve("kt");
    realm.ktadd(kt, "host/a.test", "aes256-cts-hmac-sha1-96");
    realm.ktadd(kt, "host/a.test", "aes256-cts-hmac-sha384-192", "aes128-cts-hmac-sha1-96");
    realm.ktadd(kt, "host/a.test", "aes128-cts-hmac-sha256-128");
    realm.ktremove(kt, "host/a.test", "old");
    byte[] raw = Files.readAllBytes(kt);
    assertThat(raw[2]).as("first record is now a hole").isNegative();
    KeytabContents c = FileKeytab.of(kt).read().orElseThrow();
    assertThat(c.damage()).isNull();
    assertThat(c.entries()).extracting(KeytabEntry::kvno).containsExactly(4L);
    assertSameAsKlist(kt);

    // ktutil's wkt adds to an existing file in place; MIT puts the 52-byte entry into the first
    // 75-byte hole, so the file does not grow and the record is longer than its entry
    realm.ktutil("addent -password -p user1@MIT.TEST -k 1 -e aes128-cts-hmac-sha1-96",
        "user1-pw", "wkt " + kt);
    assertThat(Files.size(kt)).isEqualTo(raw.length);
    assertThat(Files.readAllBytes(kt)[2]).as("the hole is a record again").isZero();
    assertSameAsKlist(kt);
    assertThat(FileKeytab.of(kt).entries()).extracting(e -> e.principal().toString())
        .containsExactly("user1@MIT.TEST", "host/a.test@MIT.TEST");
  }

  @Test
  void ktutilDeleteAndKvnoAbove255(@TempDir Path tmp) throws Exception {
    Path kt = tmp.resolve("kt");
    realm.ktutil("addent -password -p u@MIT.TEST -k 300 -e aes256-cts-hmac-sha384-192", "pw",
        "addent -password -p u@MIT.TEST -k 7 -e aes128-cts-hmac-sha1-96", "pw",
        "addent -password -p v@MIT.TEST -k 256 -e aes256-cts-hmac-sha1-96", "pw",
        "delent 2", "wkt " + kt);
    assertSameAsKlist(kt);
    assertThat(FileKeytab.of(kt).entries()).extracting(KeytabEntry::kvno)
        .containsExactly(300L, 256L);
  }

  @Test
  void mitUsesAKeytabWeWrote(@TempDir Path tmp) throws Exception {
    realm.addRandKeyPrincipal("svc/ours.test");
    Path mitKt = tmp.resolve("mit.kt");
    realm.ktadd(mitKt, "svc/ours.test", "aes256-cts-hmac-sha384-192", "aes128-cts-hmac-sha1-96");
    List<KeytabEntry> fromMit = FileKeytab.of(mitKt).entries();

    Path ours = tmp.resolve("ours.kt");
    FileKeytab kt = FileKeytab.of(ours);
    // an unknown enctype and a stale key first, then MIT's keys in reverse order
    kt.add(new KeytabEntry(principal("svc/ours.test@MIT.TEST"), 1, 1,
        new EncryptionKey(0x7777, new byte[] {1, 2})));
    kt.add(new KeytabEntry(principal("other@MIT.TEST"), 1, 9, new EncryptionKey(18,
        new byte[32])));
    List<KeytabEntry> reversed = new ArrayList<>(fromMit);
    java.util.Collections.reverse(reversed);
    kt.addAll(reversed);
    assertSameAsKlist(ours);
    MitRealm.Result kinit = realm.kinitKeytab("svc/ours.test", ours,
        "FILE:" + tmp.resolve("cc"));
    assertThat(kinit.exitCode()).as(kinit.toString()).isZero();
    assertThat(realm.klist("FILE:" + tmp.resolve("cc")).requireSuccess().stdout())
        .contains("Default principal: svc/ours.test@MIT.TEST");

    // remove the good keys: MIT must now fail with our keytab
    assertThat(kt.remove(e -> e.kvno() == fromMit.get(0).kvno())).isEqualTo(2);
    assertThat(realm.kinitKeytab("svc/ours.test", ours, "FILE:" + tmp.resolve("cc2")).exitCode())
        .isNotZero();
  }

  @Test
  void mitAppendsToAKeytabWeWrote(@TempDir Path tmp) throws Exception {
    realm.addRandKeyPrincipal("svc/append.test");
    Path kt = tmp.resolve("kt");
    FileKeytab.of(kt).add(new KeytabEntry(principal("x@MIT.TEST"), 5, 1,
        new EncryptionKey(17, new byte[16])));
    realm.ktadd(kt, "svc/append.test", "aes256-cts-hmac-sha1-96");
    assertSameAsKlist(kt);
    assertThat(FileKeytab.of(kt).entries()).hasSize(2);
  }
}

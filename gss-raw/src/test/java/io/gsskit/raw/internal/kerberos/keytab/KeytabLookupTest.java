package io.gsskit.raw.internal.kerberos.keytab;

import static io.gsskit.raw.internal.kerberos.keytab.KeytabGolden.principal;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeytabLookupTest {

  static KeytabEntry e(String p, long ts, long kvno, int enctype) {
    return new KeytabEntry(principal(p), ts, kvno, new EncryptionKey(enctype,
        new byte[] {(byte) kvno, (byte) enctype}));
  }

  private static final KerberosPrincipal SVC = principal("HTTP/h@R");

  @Test
  void kvnoZeroPicksTheHighest() {
    List<KeytabEntry> kt = List.of(e("HTTP/h@R", 10, 2, 18), e("HTTP/h@R", 10, 4, 18),
        e("HTTP/h@R", 10, 3, 18), e("other@R", 10, 9, 18));
    KeytabMatch m = KeytabLookup.find(kt, SVC, 0, 0);
    assertThat(m.found()).get().extracting(KeytabEntry::kvno).isEqualTo(4L);
    assertThat(m.failure()).isNull();
    assertThat(m.kvnosForPrincipal()).containsExactly(2L, 3L, 4L);
  }

  @Test
  void kvnoZeroWithEnctype() {
    List<KeytabEntry> kt = List.of(e("HTTP/h@R", 10, 5, 17), e("HTTP/h@R", 10, 4, 18));
    assertThat(KeytabLookup.find(kt, SVC, 0, 18).found()).get()
        .extracting(KeytabEntry::kvno).isEqualTo(4L);
  }

  @Test
  void wrapAroundCountsSmallNewerKvnoAsMoreRecent() {
    List<KeytabEntry> kt = List.of(e("HTTP/h@R", 100, 255, 18), e("HTTP/h@R", 200, 1, 18));
    assertThat(KeytabLookup.find(kt, SVC, 0, 0).found()).get()
        .extracting(KeytabEntry::kvno).isEqualTo(1L);
    // an old small kvno written before the large one is not a wrap
    List<KeytabEntry> old = List.of(e("HTTP/h@R", 200, 255, 18), e("HTTP/h@R", 100, 1, 18));
    assertThat(KeytabLookup.find(old, SVC, 0, 0).found()).get()
        .extracting(KeytabEntry::kvno).isEqualTo(255L);
    // the same in the other file order
    List<KeytabEntry> rev = List.of(e("HTTP/h@R", 200, 1, 18), e("HTTP/h@R", 100, 255, 18));
    assertThat(KeytabLookup.find(rev, SVC, 0, 0).found()).get()
        .extracting(KeytabEntry::kvno).isEqualTo(1L);
  }

  @Test
  void exactKvnoAndEnctype() {
    List<KeytabEntry> kt = List.of(e("HTTP/h@R", 1, 3, 17), e("HTTP/h@R", 1, 3, 18),
        e("HTTP/h@R", 1, 300, 18));
    assertThat(KeytabLookup.find(kt, SVC, 3, 18).found()).get()
        .extracting(KeytabEntry::enctype).isEqualTo(18);
    assertThat(KeytabLookup.find(kt, SVC, 3, 0).found()).get()
        .extracting(KeytabEntry::enctype).isEqualTo(17);
    assertThat(KeytabLookup.find(kt, SVC, 300, 18).found()).get()
        .extracting(KeytabEntry::kvno).isEqualTo(300L);
    assertThat(KeytabLookup.find(kt, SVC, 44, 18).found()).isEmpty();
  }

  @Test
  void failuresCarryTheFacts() {
    List<KeytabEntry> kt = List.of(e("HTTP/h@R", 1, 3, 17), e("HTTP/h@R", 1, 3, 18),
        e("HTTP/h@R", 1, 2, 23));
    KeytabMatch noKvno = KeytabLookup.find(kt, SVC, 4, 18);
    assertThat(noKvno.failure()).isEqualTo(KeytabMatch.Failure.NO_KVNO);
    assertThat(noKvno.kvnosForPrincipal()).containsExactly(2L, 3L);
    KeytabMatch noEnctype = KeytabLookup.find(kt, SVC, 3, 20);
    assertThat(noEnctype.failure()).isEqualTo(KeytabMatch.Failure.NO_ENCTYPE);
    assertThat(noEnctype.enctypesForKvno()).containsExactly(17, 18);
    KeytabMatch noPrincipal = KeytabLookup.find(kt, principal("HTTP/other@R"), 0, 0);
    assertThat(noPrincipal.failure()).isEqualTo(KeytabMatch.Failure.NO_PRINCIPAL);
    assertThat(noPrincipal.kvnosForPrincipal()).isEmpty();
    assertThat(KeytabLookup.find(kt, principal("HTTP/h@OTHER"), 0, 0).failure())
        .isEqualTo(KeytabMatch.Failure.NO_PRINCIPAL);
  }

  @Test
  void nameTypeIsIgnoredAndUnsupportedEnctypesAreSkipped() {
    List<KeytabEntry> kt = List.of(e("HTTP/h@R", 1, 9, 0x7777), e("HTTP/h@R", 1, 8, 18));
    KerberosPrincipal srvHst = new KerberosPrincipal("R", PrincipalName.of(3, "HTTP", "h"));
    assertThat(KeytabLookup.find(kt, srvHst, 0, 0).found()).get()
        .extracting(KeytabEntry::kvno).isEqualTo(9L);
    assertThat(KeytabLookup.find(kt, srvHst, 0, 0, et -> et < 0x100).found()).get()
        .extracting(KeytabEntry::kvno).isEqualTo(8L);
    assertThat(KeytabLookup.find(kt, srvHst, 9, 0, et -> et < 0x100).failure())
        .isEqualTo(KeytabMatch.Failure.NO_ENCTYPE);
  }
}

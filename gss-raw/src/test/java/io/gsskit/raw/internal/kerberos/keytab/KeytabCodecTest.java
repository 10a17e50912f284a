package io.gsskit.raw.internal.kerberos.keytab;

import static io.gsskit.raw.internal.kerberos.keytab.KeytabGolden.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeytabCodecTest {

  private static String summary(KeytabEntry e) {
    return e.principal() + " kvno=" + e.kvno() + " enctype=" + e.enctype() + " keylen="
        + e.key().length();
  }

  @Test
  void readsKadminKtaddWithRfc8009Keys() throws Exception {
    KeytabContents c = KeytabCodec.decode(KeytabGolden.bytes("mit-ktadd.keytab"));
    assertThat(c.version()).isEqualTo(0x0502);
    assertThat(c.damage()).isNull();
    assertThat(c.entries()).extracting(KeytabCodecTest::summary).containsExactly(
        "HTTP/svc.test@MIT.TEST kvno=3 enctype=20 keylen=32",
        "HTTP/svc.test@MIT.TEST kvno=3 enctype=19 keylen=16",
        "HTTP/svc.test@MIT.TEST kvno=3 enctype=18 keylen=32");
    assertThat(c.entries().get(0).principal().name().nameType()).isEqualTo(1);
  }

  @Test
  void readsKtutilWith32BitKvno() throws Exception {
    KeytabContents c = KeytabCodec.decode(KeytabGolden.bytes("mit-ktutil.keytab"));
    assertThat(c.entries()).extracting(KeytabCodecTest::summary).containsExactly(
        "bob@MIT.TEST kvno=3 enctype=17 keylen=16",
        "bob@MIT.TEST kvno=300 enctype=18 keylen=32",
        "carol/admin@MIT.TEST kvno=1 enctype=20 keylen=32");
  }

  @Test
  void readsHolesLeftByKtremove() throws Exception {
    KeytabContents hole = KeytabCodec.decode(KeytabGolden.bytes("mit-hole.keytab"));
    assertThat(hole.damage()).isNull();
    assertThat(hole.entries()).extracting(KeytabCodecTest::summary).containsExactly(
        "bob@MIT.TEST kvno=3 enctype=17 keylen=16",
        "carol/admin@MIT.TEST kvno=1 enctype=20 keylen=32");
    KeytabContents reused = KeytabCodec.decode(KeytabGolden.bytes("mit-hole-reused.keytab"));
    assertThat(reused.damage()).isNull();
    assertThat(reused.entries()).extracting(KeytabCodecTest::summary).containsExactly(
        "bob@MIT.TEST kvno=3 enctype=17 keylen=16",
        "dave@MIT.TEST kvno=2 enctype=17 keylen=16",
        "carol/admin@MIT.TEST kvno=1 enctype=20 keylen=32");
    // same keys as before the removal
    KeytabContents orig = KeytabCodec.decode(KeytabGolden.bytes("mit-ktutil.keytab"));
    assertThat(hole.entries().get(1)).isEqualTo(orig.entries().get(2));
  }

  @Test
  void reencodingMitFilesWithoutHolesGivesTheSameBytes() throws Exception {
    for (String f : List.of("mit-ktadd.keytab", "mit-ktutil.keytab")) {
      byte[] g = KeytabGolden.bytes(f);
      assertThat(KeytabCodec.encode(KeytabCodec.decode(g).entries())).as(f).isEqualTo(g);
    }
    // a rewrite of a file with holes compacts it
    KeytabContents hole = KeytabCodec.decode(KeytabGolden.bytes("mit-hole.keytab"));
    byte[] compact = KeytabCodec.encode(hole.entries());
    assertThat(compact.length).isLessThan(KeytabGolden.bytes("mit-hole.keytab").length);
    assertThat(KeytabCodec.decode(compact).entries()).isEqualTo(hole.entries());
  }

  /** Writes a version 0x0501 file in the host byte order, as an old MIT would have. */
  static byte[] v1(List<KeytabEntry> entries, boolean with32BitKvno) {
    ByteOrder o = ByteOrder.nativeOrder();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(5);
    out.write(1);
    for (KeytabEntry e : entries) {
      ByteBuffer b = ByteBuffer.allocate(512).order(o);
      List<String> comps = e.principal().name().components();
      b.putShort((short) (comps.size() + 1));
      for (String s : concat(e.principal().realm(), comps)) {
        byte[] sb = s.getBytes(StandardCharsets.UTF_8);
        b.putShort((short) sb.length).put(sb);
      }
      b.putInt((int) e.timestamp()).put((byte) e.kvno()).putShort((short) e.enctype());
      byte[] k = e.key().keyValue();
      b.putShort((short) k.length).put(k);
      if (with32BitKvno) {
        b.putInt((int) e.kvno());
      }
      ByteBuffer len = ByteBuffer.allocate(4).order(o).putInt(b.position());
      out.writeBytes(len.array());
      out.write(b.array(), 0, b.position());
    }
    return out.toByteArray();
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> l = new java.util.ArrayList<>();
    l.add(first);
    l.addAll(rest);
    return l;
  }

  @Test
  void readsVersion1InHostByteOrder() throws Exception {
    KeytabEntry a = new KeytabEntry(principal("host/h.example@EXAMPLE"), 1_700_000_000L, 7,
        new EncryptionKey(18, new byte[32]));
    KeytabEntry b = new KeytabEntry(principal("u@EXAMPLE"), 5, 300,
        new EncryptionKey(0x7777, new byte[] {1, 2, 3}));
    KeytabContents c = KeytabCodec.decode(v1(List.of(a, b), true));
    assertThat(c.version()).isEqualTo(0x0501);
    assertThat(c.damage()).isNull();
    assertThat(c.entries()).extracting(KeytabCodecTest::summary).containsExactly(
        "host/h.example@EXAMPLE kvno=7 enctype=18 keylen=32",
        "u@EXAMPLE kvno=300 enctype=30583 keylen=3");
    assertThat(c.entries().get(0).principal().name().nameType()).isZero();
    assertThat(c.entries().get(0).timestamp()).isEqualTo(1_700_000_000L);
    // without the 32-bit extension the 8-bit kvno is all there is
    assertThat(KeytabCodec.decode(v1(List.of(b), false)).entries().get(0).kvno()).isEqualTo(44);
  }

  @Test
  void kvnoExtensionPresentZeroOrAbsent() throws Exception {
    // principal a@R, name type 1, timestamp 0, kvno8 5, enctype 17, key length 1
    String entry = "0001" + "000152" + "000161" + "00000001" + "00000000" + "05" + "0011"
        + "0001" + "aa";
    byte[] absent = HexFormat.of().parseHex("0502" + "00000016" + entry);
    byte[] zero = HexFormat.of().parseHex("0502" + "0000001a" + entry + "00000000");
    byte[] present = HexFormat.of().parseHex("0502" + "0000001a" + entry + "00000105");
    byte[] shortTail = HexFormat.of().parseHex("0502" + "00000019" + entry + "000001");
    assertThat(KeytabCodec.decode(absent).entries().get(0).kvno()).isEqualTo(5);
    assertThat(KeytabCodec.decode(zero).entries().get(0).kvno()).isEqualTo(5);
    assertThat(KeytabCodec.decode(present).entries().get(0).kvno()).isEqualTo(261);
    assertThat(KeytabCodec.decode(shortTail).entries().get(0).kvno()).isEqualTo(5);
    assertThat(KeytabCodec.decode(shortTail).damage()).isNull();
  }

  @Test
  void recordFraming() throws Exception {
    String entry = "0001" + "000152" + "000161" + "00000001" + "00000000" + "05" + "0011"
        + "0001" + "aa";
    // zero length ends the file even with bytes after it
    assertThat(KeytabCodec.decode(HexFormat.of().parseHex("0502" + "00000016" + entry
        + "00000000" + "ffffffff")).entries()).hasSize(1);
    // Integer.MIN_VALUE hole: negation overflow must not wrap
    KeytabContents min = KeytabCodec.decode(HexFormat.of().parseHex("0502" + "80000000" + "00"));
    assertThat(min.entries()).isEmpty();
    assertThat(min.damage()).contains("hole of 2147483648 bytes");
    // record longer than the file
    assertThat(KeytabCodec.decode(HexFormat.of().parseHex("0502" + "7fffffff" + entry)).damage())
        .contains("runs past the end");
    // malformed record inside a valid frame is skipped, the next record still reads
    String bad = "0001" + "00ff52"; // realm length 255 > record
    KeytabContents skip = KeytabCodec.decode(HexFormat.of().parseHex("0502" + "00000005" + bad
        + "00000016" + entry));
    assertThat(skip.entries()).hasSize(1);
    assertThat(skip.damage()).contains("skipped").contains("realm");
    // component count 0 and a huge one
    assertThat(KeytabCodec.decode(HexFormat.of().parseHex("0502" + "00000002" + "0000"))
        .damage()).contains("no name components");
    assertThat(KeytabCodec.decode(HexFormat.of().parseHex("0502" + "00000004" + "ffff" + "0000"))
        .damage()).contains("component count 65535");
    // 1-3 trailing bytes
    assertThat(KeytabCodec.decode(HexFormat.of().parseHex("0502" + "0000")).damage())
        .contains("trailing");
  }

  @Test
  void emptyFileAndBadVersions() throws Exception {
    assertThat(KeytabCodec.decode(new byte[0]).entries()).isEmpty();
    assertThat(KeytabCodec.decode(new byte[] {5, 2}).entries()).isEmpty();
    for (byte[] b : new byte[][] {{5}, {5, 3}, {5, 0}, {4, 2}, {(byte) 0xff, (byte) 0xff}}) {
      assertThat(catchThrowableOfType(KeytabException.class, () -> KeytabCodec.decode(b))
          .kind()).isEqualTo(Kind.FORMAT);
    }
  }

  @Test
  void encoderLimits() {
    KeytabEntry longComp = new KeytabEntry(principal("a@R"), 0, 1,
        new EncryptionKey(1, new byte[70_000]));
    assertThat(catchThrowableOfType(KeytabException.class,
        () -> KeytabCodec.encode(List.of(longComp))).getMessage()).contains("key longer");
    KeytabEntry e = new KeytabEntry(new io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal(
        "R", io.gsskit.raw.internal.kerberos.proto.PrincipalName.of(1, "x".repeat(70_000))), 0, 1,
        new EncryptionKey(1, new byte[1]));
    assertThat(catchThrowableOfType(KeytabException.class,
        () -> KeytabCodec.encode(List.of(e))).getMessage()).contains("65535");
  }

  @Test
  void entryToStringHidesTheKey() {
    KeytabEntry e = new KeytabEntry(principal("a@R"), 0, 1, new EncryptionKey(18,
        HexFormat.of().parseHex("deadbeef")));
    assertThat(e.toString()).doesNotContain("dead").doesNotContain("-34").contains("kvno=1");
  }
}

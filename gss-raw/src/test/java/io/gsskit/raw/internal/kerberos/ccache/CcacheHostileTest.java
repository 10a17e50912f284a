package io.gsskit.raw.internal.kerberos.ccache;

import static io.gsskit.raw.internal.kerberos.ccache.Golden.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gsskit.raw.internal.kerberos.files.StoreException.Kind;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.testsupport.Mutations;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile ccache bytes: truncation at every byte, every byte flipped, trailing bytes, absurd
 * lengths and counts at every offset, bad versions and headers. Only {@link CcacheException}
 * (or a result with a damage note) may come out.
 */
class CcacheHostileTest {

  private static final long SEED = Long.getLong("gsskit.seed", 0x63636163L);

  static List<String> goldens() {
    return Golden.CCACHES;
  }

  /** Decodes; anything but a CcacheException fails the test. Re-encodes what decoded. */
  static void total(byte[] b, String ctx) {
    try {
      CcacheContents c = CcacheCodec.decode(b);
      CcacheContents again = CcacheCodec.decode(CcacheCodec.encode(c));
      assertThat(again.credentials()).as(ctx).isEqualTo(c.credentials());
    } catch (CcacheException expected) {
      assertThat(expected.getMessage()).as(ctx).isNotEmpty();
    } catch (RuntimeException | Error e) {
      throw new AssertionError(ctx + ": " + e + " input " + HexFormat.of().formatHex(b, 0,
          Math.min(b.length, 64)), e);
    }
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void truncatedAtEveryByte(String name) {
    Mutations.truncations(Golden.bytes(name), name, CcacheHostileTest::total);
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void everyByteFlipped(String name) {
    Mutations.everyByteFlipped(Golden.bytes(name), name, CcacheHostileTest::total);
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void absurdValuesAtEveryOffset(String name) {
    byte[] g = Golden.bytes(name);
    int[] values32 = {0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0x00FFFFFF, g.length, 0};
    Mutations.absurdIntsAtEveryOffset(g, name, values32, true, CcacheHostileTest::total);
  }

  @ParameterizedTest
  @MethodSource("goldens")
  void trailingBytesAndRandomExtensions(String name) {
    Mutations.randomExtensions(Golden.bytes(name), name, SEED, 300, 200,
        CcacheHostileTest::total);
  }

  @Test
  void randomBytes() {
    Random rnd = new Random(SEED);
    for (int i = 0; i < 20_000; i++) {
      byte[] b = new byte[rnd.nextInt(120)];
      rnd.nextBytes(b);
      if (b.length >= 2 && rnd.nextBoolean()) {
        b[0] = 5;
        b[1] = (byte) (1 + rnd.nextInt(4));
      }
      total(b, "seed " + SEED + " iteration " + i);
    }
  }

  @Test
  void emptyOneByteAndBadVersions() {
    assertThat(catchThrowableOfType(CcacheException.class, () -> CcacheCodec.decode(new byte[0]))
        .kind()).isEqualTo(Kind.NOT_FOUND);
    assertThat(catchThrowableOfType(CcacheException.class,
        () -> CcacheCodec.decode(new byte[] {5})).kind()).isEqualTo(Kind.FORMAT);
    for (int v : new int[] {0x0500, 0x0505, 0xFFFF, 0x0404, 0x0004}) {
      byte[] b = {(byte) (v >> 8), (byte) v, 0, 0, 0, 0};
      CcacheException e = catchThrowableOfType(CcacheException.class, () -> CcacheCodec.decode(b));
      assertThat(e.kind()).isEqualTo(Kind.FORMAT);
      assertThat(e.getMessage()).contains("version");
    }
  }

  private static byte[] v4(byte[] header, byte[] rest) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.write(5);
    o.write(4);
    o.write(header.length >> 8);
    o.write(header.length);
    o.writeBytes(header);
    o.writeBytes(rest);
    return o.toByteArray();
  }

  private static byte[] alicePrincipal() throws Exception {
    byte[] enc = CcacheCodec.encode(CcacheContents.empty(principal("alice@R"),
        KdcTimeOffset.NONE));
    return Arrays.copyOfRange(enc, 16, enc.length);
  }

  @Test
  void v4HeaderTags() throws Exception {
    byte[] p = alicePrincipal();
    // unknown tag 7 (3 bytes) skipped, then the offset tag
    byte[] h = HexFormat.of().parseHex("00070003aabbcc" + "00010008" + "00000005" + "00000006");
    CcacheContents c = CcacheCodec.decode(v4(h, p));
    assertThat(c.kdcOffset()).isEqualTo(new KdcTimeOffset(5, 6));
    assertThat(c.principal()).hasToString("alice@R");
    // empty header is fine
    assertThat(CcacheCodec.decode(v4(new byte[0], p)).kdcOffset()).isEqualTo(KdcTimeOffset.NONE);
    // header length beyond the file
    byte[] longHeader = v4(new byte[0], p);
    longHeader[2] = 0x7f;
    assertThat(catchThrowableOfType(CcacheException.class, () -> CcacheCodec.decode(longHeader))
        .getMessage()).contains("header length");
    // tag length beyond the header
    assertThat(catchThrowableOfType(CcacheException.class, () -> CcacheCodec.decode(
        v4(HexFormat.of().parseHex("00020009aabb"), p))).getMessage()).contains("exceeds");
    // offset tag of the wrong length
    assertThat(catchThrowableOfType(CcacheException.class, () -> CcacheCodec.decode(
        v4(HexFormat.of().parseHex("00010004aabbccdd"), p))).getMessage()).contains("length 4");
    // a dangling partial field
    assertThat(catchThrowableOfType(CcacheException.class, () -> CcacheCodec.decode(
        v4(HexFormat.of().parseHex("0001"), p))).getMessage()).contains("truncated");
  }

  @Test
  void componentCounts() {
    byte[] zero = HexFormat.of().parseHex("0504000000000001" + "00000000" + "00000001" + "52");
    assertThat(catchThrowableOfType(CcacheException.class, () -> CcacheCodec.decode(zero))
        .getMessage()).contains("no name components");
    byte[] huge = HexFormat.of().parseHex("0504000000000001" + "ffffffff" + "00000001" + "52");
    assertThat(catchThrowableOfType(CcacheException.class, () -> CcacheCodec.decode(huge))
        .getMessage()).contains("component count");
  }

  @Test
  void truncatedLastCredentialKeepsTheEarlierOnes() throws Exception {
    byte[] g = Golden.bytes("mit-kinit-kvno-v4.ccache");
    CcacheContents c = CcacheCodec.decode(Arrays.copyOf(g, g.length - 10));
    assertThat(c.credentials()).hasSize(2);
    assertThat(c.damage()).contains("credential 3").contains("ticket");
  }

  @Test
  void unsignedTimesOddAddressesAndKeyLengths() throws Exception {
    Credential c = Credential.builder(principal("a@R"), principal("b/c@R"))
        .key(new EncryptionKey(18, new byte[5])) // length does not match the enctype: kept
        .times(0x80000000L, 0xFFFFFFFEL, Credential.MAX_TIME, 0)
        .addresses(List.of(new CredentialAddress(2, new byte[3]),
            new CredentialAddress(0xFFFF, new byte[0]), new CredentialAddress(24, new byte[16])))
        .authData(List.of(new CredentialAuthData(1, new byte[] {0x30, 0})))
        .isSkey(true).ticketFlags(0xFFFFFFFF).ticket(new byte[] {1}).secondTicket(new byte[] {2})
        .build();
    CcacheContents back = CcacheCodec.decode(CcacheCodec.encode(
        CcacheContents.empty(principal("a@R"), KdcTimeOffset.NONE).withCredentials(List.of(c))));
    Credential r = back.credentials().get(0);
    assertThat(r).isEqualTo(c);
    assertThat(r.authTime()).isEqualTo(0x80000000L);
    assertThat(r.endTime()).isEqualTo(0xFFFFFFFFL);
  }

  @Test
  void encoderRefusesWhatTheDecoderWouldRefuse() {
    Credential big = Credential.builder(principal("a@R"), principal("b@R"))
        .ticket(new byte[CcacheCodec.MAX_TICKET_BYTES + 1]).build();
    CcacheContents c = CcacheContents.empty(principal("a@R"), KdcTimeOffset.NONE)
        .withCredentials(List.of(big));
    assertThat(catchThrowableOfType(CcacheException.class, () -> CcacheCodec.encode(c))
        .getMessage()).contains("ticket");
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerException.Reason;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.asn1.Hex;
import io.gsskit.raw.internal.kerberos.iana.AuthorizationDataType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input against every decoder: every golden PDU truncated at each offset, extended,
 * byte-flipped and fed to every other decoder; absurd lengths and counts; nesting bombs; wrong
 * types and versions. Only {@link DerException} may come out.
 */
class ProtoHostileInputTest {

  static List<GoldenFiles.Golden> goldens() {
    List<GoldenFiles.Golden> all = new ArrayList<>(GoldenFiles.mitReference());
    for (GoldenFiles.Golden g : GoldenEncodingTest.captured()) {
      if (!g.type().equals("GssChecksumBody")) {
        all.add(g);
      }
    }
    return all;
  }

  /** Decodes, allowing only success or DerException; returns the exception or null. */
  static DerException decodeCleanly(Codecs.Decoder d, byte[] input, String what) {
    try {
      d.decode(input);
      return null;
    } catch (DerException e) {
      return e;
    } catch (RuntimeException | Error e) {
      throw new AssertionError(what + " threw " + e + " on " + Hex.of(input), e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void everyTruncationIsRejected(GoldenFiles.Golden g) {
    Codecs.Decoder d = Codecs.decoder(g.type());
    for (int cut = 0; cut < g.der().length; cut++) {
      DerException e = decodeCleanly(d, Arrays.copyOf(g.der(), cut), g + " cut " + cut);
      assertThat(e).as("%s truncated to %d bytes was accepted", g, cut).isNotNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void trailingBytesAreRejected(GoldenFiles.Golden g) {
    Codecs.Decoder d = Codecs.decoder(g.type());
    for (int b : new int[] {0x00, 0x30, 0xa0, 0xff}) {
      byte[] longer = Arrays.copyOf(g.der(), g.der().length + 1);
      longer[g.der().length] = (byte) b;
      DerException e = decodeCleanly(d, longer, g + " + " + b);
      assertThat(e).as("%s with a trailing byte", g).isNotNull();
      assertThat(e.reason()).isIn(Reason.TRAILING_DATA, Reason.TRUNCATED);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void byteFlipsFailCleanly(GoldenFiles.Golden g) {
    Codecs.Decoder d = Codecs.decoder(g.type());
    byte[] der = g.der();
    for (int i = 0; i < der.length; i++) {
      for (int mask : new int[] {0x01, 0x80, 0xff, 0x20}) {
        byte[] m = der.clone();
        m[i] ^= (byte) mask;
        decodeCleanly(d, m, g + " flip " + i + "^" + mask);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void otherDecodersFailCleanly(GoldenFiles.Golden g) {
    for (Map.Entry<String, Codecs.Decoder> e : Codecs.BY_TYPE.entrySet()) {
      decodeCleanly(e.getValue(), g.der(), e.getKey() + " on " + g);
    }
  }

  // ------------------------------------------------------------------ absurd lengths and counts

  @Test
  void hugeDeclaredLengthsAllocateNothing() {
    // Ticket [APPLICATION 1] declaring 2^31-1 bytes, and 4 GiB with 5 length octets
    for (String hex : List.of("61847FFFFFFF30", "6185FFFFFFFFFF30", "6184FFFFFFFF", "6180")) {
      DerException e = decodeCleanly(Ticket::decode, Hex.parse(hex), hex);
      assertThat(e).isNotNull();
      assertThat(e.reason()).isIn(Reason.TRUNCATED, Reason.BAD_LENGTH);
    }
  }

  @Test
  void sequenceOfCountsAreCapped() {
    // METHOD-DATA with 100 000 PA-DATA elements: rejected at the cap
    DerWriter w = new DerWriter();
    w.beginSequence();
    for (int i = 0; i < 100_000; i++) {
      new PaData(2, new byte[0]).writeTo(w);
    }
    w.end();
    assertThatThrownBy(() -> MethodData.decode(w.toByteArray()))
        .isInstanceOfSatisfying(DerException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    // a principal with 10 000 components
    DerWriter p = new DerWriter();
    p.beginSequence().beginExplicit(0).writeInteger(1).end().beginExplicit(1).beginSequence();
    for (int i = 0; i < 10_000; i++) {
      p.writeKerberosString("c");
    }
    p.end().end().end();
    assertThatThrownBy(() -> PrincipalName.decode(p.toByteArray()))
        .isInstanceOfSatisfying(DerException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    // an empty principal name
    byte[] emptyName = Hex.parse("3009A003020101A1023000");
    assertThatThrownBy(() -> PrincipalName.decode(emptyName))
        .isInstanceOfSatisfying(DerException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE));
  }

  @Test
  void nestedAdIfRelevantBombIsBounded() throws DerException {
    byte[] inner = new AuthorizationData(List.of(
        new AuthorizationDataEntry(AuthorizationDataType.AD_WIN2K_PAC, new byte[] {1}))).encode();
    for (int i = 0; i < 1000; i++) {
      inner = new AuthorizationData(List.of(
          new AuthorizationDataEntry(AuthorizationDataType.AD_IF_RELEVANT, inner))).encode();
    }
    AuthorizationData bomb = AuthorizationData.decode(inner);
    assertThatThrownBy(bomb::flattenIfRelevant)
        .isInstanceOfSatisfying(DerException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP));
    // three levels are fine
    byte[] ok = new AuthorizationData(List.of(
        new AuthorizationDataEntry(AuthorizationDataType.AD_WIN2K_PAC, new byte[] {7}))).encode();
    for (int i = 0; i < 3; i++) {
      ok = new AuthorizationData(List.of(new AuthorizationDataEntry(1, ok),
          new AuthorizationDataEntry(142, new byte[] {(byte) i}))).encode();
    }
    assertThat(AuthorizationData.decode(ok).flattenIfRelevant())
        .extracting(AuthorizationDataEntry::adType).containsExactly(128, 142, 142, 142);
  }

  @Test
  void nestingBombOfSequencesIsBounded() {
    DerWriter w = new DerWriter();
    w.beginApplication(14);
    for (int i = 0; i < 100_000; i++) {
      w.beginSequence();
    }
    for (int i = 0; i <= 100_000; i++) {
      w.end();
    }
    byte[] bomb = w.toByteArray();
    for (Map.Entry<String, Codecs.Decoder> e : Codecs.BY_TYPE.entrySet()) {
      assertThat(decodeCleanly(e.getValue(), bomb, e.getKey())).isNotNull();
    }
  }

  // ------------------------------------------------------------------ wrong types and versions

  @Test
  void wrongMessageTypesAndVersions() throws DerException {
    byte[] apRep = new ApRep(new EncryptedData(18, null, new byte[] {1, 2})).encode();
    assertThatThrownBy(() -> ApReq.decode(apRep)).isInstanceOfSatisfying(DerException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_MESSAGE_TYPE));
    assertThatThrownBy(() -> KdcRep.decode(apRep)).isInstanceOfSatisfying(DerException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_MESSAGE_TYPE));
    // AP-REP whose msg-type field says 14
    byte[] badType = apRep.clone();
    int idx = indexOf(badType, Hex.parse("A10302010F"));
    badType[idx + 4] = 14;
    assertThatThrownBy(() -> ApRep.decode(badType)).isInstanceOfSatisfying(DerException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_MESSAGE_TYPE));
    // pvno 4
    byte[] badPvno = apRep.clone();
    badPvno[indexOf(badPvno, Hex.parse("A003020105")) + 4] = 4;
    assertThatThrownBy(() -> ApRep.decode(badPvno)).isInstanceOfSatisfying(DerException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_VERSION));
    // AS-REQ tag with TGS-REQ msg-type
    KdcReqBody body = new KdcReqBody(0, PrincipalName.of(1, "a"), "R", PrincipalName.of(2,
        "krbtgt", "R"), null, Instant.parse("2030-01-01T00:00:00Z"), null, 5, List.of(18), null,
        null, null);
    byte[] as = new KdcReq(10, null, body).encode();
    byte[] mixed = as.clone();
    mixed[indexOf(mixed, Hex.parse("A20302010A")) + 4] = 12;
    assertThatThrownBy(() -> KdcReq.decode(mixed)).isInstanceOfSatisfying(DerException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_MESSAGE_TYPE));
    assertThatThrownBy(() -> KdcReq.decode(as, 12)).isInstanceOfSatisfying(DerException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_MESSAGE_TYPE));
    assertThat(KdcReq.decode(as, 10).isAsReq()).isTrue();
  }

  @Test
  void encAsRepPartTagIsAcceptedInTgsReplies() throws DerException {
    EncKdcRepPart p = new EncKdcRepPart(25, new EncryptionKey(18, new byte[32]),
        new LastReq(List.of()), 1, null, 0, Instant.EPOCH, null, Instant.EPOCH, null, "R",
        PrincipalName.of(2, "krbtgt", "R"), null, null);
    byte[] der = p.encode();
    assertThat(der[0]).isEqualTo((byte) 0x79);
    assertThat(EncKdcRepPart.decode(der).applicationTag()).isEqualTo(25);
    byte[] other = der.clone();
    other[0] = 0x7b; // EncAPRepPart tag
    assertThatThrownBy(() -> EncKdcRepPart.decode(other))
        .isInstanceOfSatisfying(DerException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_MESSAGE_TYPE));
  }

  @Test
  void missingMandatoryFieldsAndUnknownExtensions() throws DerException {
    KrbError err = new KrbError(null, null, Instant.parse("2024-01-01T00:00:00Z"), 0, 25, null,
        null, "R", PrincipalName.of(2, "krbtgt", "R"), null, null);
    byte[] der = err.encode();
    // drop [6] error-code: the field after [5] becomes [9]
    byte[] noCode = remove(der, Hex.parse("A603020119"));
    assertThatThrownBy(() -> KrbError.decode(noCode)).isInstanceOfSatisfying(DerException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_FIELD));
    // an unknown trailing field [13] is skipped (a later extension)
    KrbError back = KrbError.decode(withTrailingField(der, 13));
    assertThat(back).isEqualTo(err);
    // but an unknown field [3] out of order is not
    assertThat(decodeCleanly(KrbError::decode, withTrailingField(der, 3), "[3]")).isNotNull();
  }

  @Test
  void textFields() throws DerException {
    KrbError err = new KrbError(null, null, Instant.parse("2024-01-01T00:00:00Z"), 0, 60, null,
        null, "R", PrincipalName.of(1, "x"), "caf\u00e9", null);
    byte[] der = err.encode();
    // e-text in Latin-1 (0xE9) is display text: read leniently
    byte[] latin1 = replace(der, Hex.parse("636166C3A9"), Hex.parse("63616665E9"));
    assertThat(KrbError.decode(latin1).eText()).isEqualTo("cafe\ufffd");
    // a realm that is not UTF-8 is rejected
    byte[] badRealm = replace(der, Hex.parse("1B0152"), Hex.parse("1B01E9"));
    assertThatThrownBy(() -> KrbError.decode(badRealm))
        .isInstanceOfSatisfying(DerException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BAD_STRING));
  }

  @Test
  void unknownNumbersSurvive() throws DerException {
    Checksum ck = new Checksum(0x8003, new byte[24]);
    assertThat(Checksum.decode(ck.encode()).cksumtype()).isEqualTo(0x8003);
    Checksum neg = new Checksum(-138, new byte[16]);
    assertThat(Checksum.decode(neg.encode()).cksumtype()).isEqualTo(-138);
    EncryptedData ed = new EncryptedData(20, 0xFFFF_FFFFL, new byte[] {1});
    assertThat(EncryptedData.decode(ed.encode())).isEqualTo(ed);
    EncryptedData negKvno = new EncryptedData(-1234, -1L, new byte[0]);
    assertThat(EncryptedData.decode(negKvno.encode())).isEqualTo(negKvno);
    PaData pa = new PaData(31337, new byte[] {9});
    assertThat(PaData.decode(pa.encode())).isEqualTo(pa);
    assertThat(new KrbError(null, null, Instant.EPOCH, 0, 4711, null, null, "R",
        PrincipalName.of(1, "x"), null, null).code().code()).isEqualTo(4711);
  }

  // ------------------------------------------------------------------ helpers

  static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    fail("pattern " + Hex.of(needle) + " not found in " + Hex.of(hay));
    return -1;
  }

  /** Removes a field and fixes the two enclosing lengths (short form only). */
  static byte[] remove(byte[] der, byte[] field) {
    int at = indexOf(der, field);
    byte[] out = new byte[der.length - field.length];
    System.arraycopy(der, 0, out, 0, at);
    System.arraycopy(der, at + field.length, out, at, der.length - at - field.length);
    out[1] -= (byte) field.length;
    out[3] -= (byte) field.length;
    return out;
  }

  static byte[] replace(byte[] der, byte[] from, byte[] to) {
    assertThat(from.length).isEqualTo(to.length);
    byte[] out = der.clone();
    System.arraycopy(to, 0, out, indexOf(der, from), to.length);
    return out;
  }

  /** Appends {@code [n] { INTEGER 0 }} inside the application SEQUENCE (short lengths). */
  static byte[] withTrailingField(byte[] der, int n) {
    byte[] field = {(byte) (0xa0 | n), 3, 2, 1, 0};
    byte[] out = Arrays.copyOf(der, der.length + field.length);
    System.arraycopy(field, 0, out, der.length, field.length);
    out[1] += (byte) field.length;
    out[3] += (byte) field.length;
    return out;
  }
}

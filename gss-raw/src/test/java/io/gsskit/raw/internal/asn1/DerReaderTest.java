package io.gsskit.raw.internal.asn1;

import static io.gsskit.raw.internal.asn1.DerTestSupport.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.asn1.DerException.Reason;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerReaderTest {

  private static Reason reasonOf(String hexInput, DerReader.ElementReader<?> reader) {
    try {
      DerReader.decode(hex(hexInput), reader);
    } catch (DerException e) {
      return e.reason();
    }
    throw new AssertionError("accepted " + hexInput);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "0480, BAD_LENGTH",                 // indefinite
      "04850000000001, BAD_LENGTH",       // 5 length octets
      "0484FFFFFFFF, TRUNCATED",          // 4 GiB declared, nothing there
      "04810501020304 05, BAD_LENGTH",    // 81 05: long form for a short length
      "0482007F, BAD_LENGTH",             // leading zero length octet
      "04FF, BAD_LENGTH",                 // reserved 0xFF
      "0405010203, TRUNCATED",            // length > remaining
      "0481, TRUNCATED",                  // length octets missing
      "04, TRUNCATED",
      "'', TRUNCATED",
      "040100FF, TRAILING_DATA",          // trailing byte after a PDU
      "0201 05, UNEXPECTED_TAG",          // INTEGER where OCTET STRING expected
      "2403040100, UNEXPECTED_TAG",       // constructed OCTET STRING (BER only)
  })
  void rejectsBadLengthsAndTags(String input, Reason expected) {
    assertThat(reasonOf(input.replace(" ", ""), DerReader::readOctetString)).isEqualTo(expected);
  }

  @Test
  void readsLongFormLengths() throws DerException {
    byte[] der = new byte[3 + 200];
    der[0] = 0x04;
    der[1] = (byte) 0x81;
    der[2] = (byte) 200;
    assertThat(DerReader.decode(der, DerReader::readOctetString)).hasSize(200);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "020100, 0", "02017F, 127", "02020080, 128", "020180, -128", "0202FF7F, -129",
      "02047FFFFFFF, 2147483647", "020480000000, -2147483648",
  })
  void readsInt32(String input, int expected) throws DerException {
    assertThat(DerReader.decode(hex(input), DerReader::readInt32)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "0200, BAD_INTEGER",                // empty
      "0202007F, BAD_INTEGER",            // non-minimal positive
      "0202FF80, BAD_INTEGER",            // non-minimal negative
      "02050080000000, BAD_INTEGER",      // 2^31 outside Int32
      "0209010000000000000000, BAD_INTEGER",
  })
  void rejectsBadInt32(String input, Reason expected) {
    assertThat(reasonOf(input, DerReader::readInt32)).isEqualTo(expected);
  }

  @Test
  void readsUInt32StrictAndLenient() throws DerException {
    assertThat(DerReader.decode(hex("020500FFFFFFFF"), DerReader::readUInt32))
        .isEqualTo(0xFFFF_FFFFL);
    assertThat(reasonOf("0201FF", DerReader::readUInt32)).isEqualTo(Reason.BAD_INTEGER);
    assertThat(DerReader.decode(hex("0201FF"), DerReader::readUInt32Lenient)).isEqualTo(-1L);
    assertThat(DerReader.decode(hex("020480000000"), DerReader::readUInt32Lenient))
        .isEqualTo(Integer.MIN_VALUE);
    assertThat(reasonOf("0205FF7FFFFFFF", DerReader::readUInt32Lenient))
        .isEqualTo(Reason.BAD_INTEGER);
    assertThat(reasonOf("0206010000000000", DerReader::readUInt32Lenient))
        .isEqualTo(Reason.BAD_INTEGER);
    assertThat(DerReader.decode(hex("02088000000000000000"), DerReader::readInt64))
        .isEqualTo(Long.MIN_VALUE);
    assertThat(DerReader.decode(hex("0A0103"), DerReader::readEnumerated)).isEqualTo(3);
  }

  @Test
  void booleansAreDer() throws DerException {
    assertThat(DerReader.decode(hex("0101FF"), DerReader::readBoolean)).isTrue();
    assertThat(DerReader.decode(hex("010100"), DerReader::readBoolean)).isFalse();
    assertThat(reasonOf("010101", DerReader::readBoolean)).isEqualTo(Reason.BAD_BOOLEAN);
    assertThat(reasonOf("0100", DerReader::readBoolean)).isEqualTo(Reason.BAD_BOOLEAN);
    assertThat(reasonOf("01020000", DerReader::readBoolean)).isEqualTo(Reason.BAD_BOOLEAN);
  }

  @Test
  void kerberosFlags() throws DerException {
    assertThat(DerReader.decode(hex("03050040810010"), DerReader::readKerberosFlags))
        .isEqualTo(0x40810010);
    // shorter than 32 bits: missing bits clear; longer: extra bits dropped
    assertThat(DerReader.decode(hex("03020780"), DerReader::readKerberosFlags))
        .isEqualTo(0x80000000);
    assertThat(DerReader.decode(hex("0307001234567800FF"), DerReader::readKerberosFlags))
        .isEqualTo(0x12345678);
    assertThat(DerReader.decode(hex("030100"), DerReader::readKerberosFlags)).isZero();
    assertThat(reasonOf("0300", DerReader::readKerberosFlags)).isEqualTo(Reason.BAD_BIT_STRING);
    assertThat(reasonOf("030108", DerReader::readKerberosFlags))
        .isEqualTo(Reason.BAD_BIT_STRING);
    assertThat(reasonOf("03020801", DerReader::readKerberosFlags))
        .isEqualTo(Reason.BAD_BIT_STRING); // unused > 7
    assertThat(reasonOf("03020181", DerReader::readKerberosFlags))
        .isEqualTo(Reason.BAD_BIT_STRING); // unused bit set
    byte[] big = new byte[2 + 1 + DerReader.MAX_FLAGS_BYTES + 1];
    big[0] = 0x03;
    big[1] = (byte) (big.length - 2);
    assertThat(reasonOf(Hex.of(big), DerReader::readKerberosFlags)).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void bitString() throws DerException {
    BitString b = DerReader.decode(hex("03020680"), DerReader::readBitString);
    assertThat(b.bitLength()).isEqualTo(2);
    assertThat(b.isSet(0)).isTrue();
    assertThat(b.isSet(1)).isFalse();
    assertThat(new DerWriter().writeBitString(b).toByteArray()).isEqualTo(hex("03020680"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "19940610060317Z, 1994-06-10T06:03:17Z",
      "20380119031408Z, 2038-01-19T03:14:08Z",
      "21000101000000Z, 2100-01-01T00:00:00Z",
      "99991231235959Z, 9999-12-31T23:59:59Z",
      "20240229120000Z, 2024-02-29T12:00:00Z",
  })
  void readsKerberosTime(String text, String iso) throws DerException {
    byte[] der = new DerWriter().writePrimitive(DerTag.GENERALIZED_TIME,
        text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toByteArray();
    Instant t = DerReader.decode(der, DerReader::readKerberosTime);
    assertThat(t).isEqualTo(Instant.parse(iso));
    assertThat(new DerWriter().writeKerberosTime(t).toByteArray()).isEqualTo(der);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "19940610060317", "1994061006031Z", "19940610060317.5Z", "19941310060317Z",
      "19940230060317Z", "20230229000000Z", "19940610240000Z", "19940610236000Z",
      "19940610235960Z", "1994061006031xZ", "19940610060317+", "+9940610060317Z",
      "199406100603170Z",
  })
  void rejectsBadKerberosTime(String text) {
    byte[] der = new DerWriter().writePrimitive(DerTag.GENERALIZED_TIME,
        text.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).toByteArray();
    assertThat(reasonOf(Hex.of(der), DerReader::readKerberosTime)).isEqualTo(Reason.BAD_TIME);
  }

  @Test
  void kerberosStringsAreStrictUtf8() throws DerException {
    assertThat(DerReader.decode(hex("1B03414243"), DerReader::readKerberosString))
        .isEqualTo("ABC");
    assertThat(DerReader.decode(hex("1B02C3A9"), DerReader::readKerberosString))
        .isEqualTo("\u00e9");
    assertThat(reasonOf("1B01E9", DerReader::readKerberosString)).isEqualTo(Reason.BAD_STRING);
    assertThat(reasonOf("1B02C080", DerReader::readKerberosString)) // overlong NUL
        .isEqualTo(Reason.BAD_STRING);
    assertThat(reasonOf("1B03EDA080", DerReader::readKerberosString)) // encoded surrogate
        .isEqualTo(Reason.BAD_STRING);
    assertThat(DerReader.decode(hex("1B01E9"), DerReader::readKerberosStringLenient))
        .isEqualTo("\ufffd");
    assertThat(DerReader.decode(hex("1B0100"), DerReader::readKerberosString)).isEqualTo("\0");
    assertThat(DerReader.decode(hex("160141"), DerReader::readIa5String)).isEqualTo("A");
    assertThat(reasonOf("160180", DerReader::readIa5String)).isEqualTo(Reason.BAD_STRING);
    assertThat(DerReader.decode(hex("0C02C3A9"), DerReader::readUtf8String)).isEqualTo("\u00e9");
  }

  @Test
  void objectIdentifiers() throws DerException {
    assertThat(DerReader.decode(hex("06092A864886F712010202"), DerReader::readObjectIdentifier))
        .isEqualTo("1.2.840.113554.1.2.2");
    assertThat(reasonOf("0600", DerReader::readObjectIdentifier)).isEqualTo(Reason.BAD_OID);
    assertThat(reasonOf("06022A86", DerReader::readObjectIdentifier)).isEqualTo(Reason.BAD_OID);
    assertThat(reasonOf("0602802A", DerReader::readObjectIdentifier)).isEqualTo(Reason.BAD_OID);
    DerReader.decode(hex("0500"), r -> {
      r.readNull();
      return Boolean.TRUE;
    });
    assertThat(reasonOf("050100", r -> {
      r.readNull();
      return Boolean.TRUE;
    })).isEqualTo(Reason.BAD_LENGTH);
  }

  @Test
  void highTagNumbers() throws DerException {
    int tag = DerTag.of(DerTag.CLASS_CONTEXT, true, 200);
    byte[] der = new DerWriter().begin(tag).writeInteger(1).end().toByteArray();
    assertThat(der).isEqualTo(hex("BF8148 03 020101".replace(" ", "")));
    assertThat(DerReader.of(der).peekTag()).isEqualTo(tag);
    assertThat(reasonOf("BF1E00", DerReader::peekTag)).isEqualTo(Reason.BAD_TAG); // < 31
    assertThat(reasonOf("BF800100", DerReader::peekTag)).isEqualTo(Reason.BAD_TAG); // 80 pad
    assertThat(reasonOf("BFFFFFFF7F00", DerReader::peekTag)).isEqualTo(Reason.BAD_TAG);
    assertThat(reasonOf("BF81", DerReader::peekTag)).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void explicitFieldsOptionalsAndExtensions() throws DerException {
    // SEQUENCE { [0] INTEGER 1, [2] INTEGER 2, [5] (extension) }
    byte[] der = hex("300F A003020101 A203020102 A503020109".replace(" ", ""));
    int[] got = DerReader.decode(der, r -> {
      DerReader s = r.readSequence();
      int a = s.readField(0, DerReader::readInt32);
      Integer b = s.readOptionalField(1, DerReader::readInt32);
      int c = s.readField(2, DerReader::readInt32);
      assertThat(b).isNull();
      s.endExtensible(2);
      return new int[] {a, c};
    });
    assertThat(got).containsExactly(1, 2);
    // the same without extension skipping is trailing data
    assertThat(reasonOf(Hex.of(der), r -> {
      DerReader s = r.readSequence();
      s.readField(0, DerReader::readInt32);
      s.readField(2, DerReader::readInt32);
      s.end();
      return 0;
    })).isEqualTo(Reason.TRAILING_DATA);
    // out of order: [2] then [0] -> the [0] is not an extension
    assertThat(reasonOf("300A A203020102 A003020101".replace(" ", ""), r -> {
      DerReader s = r.readSequence();
      s.readOptionalField(0, DerReader::readInt32);
      s.readField(2, DerReader::readInt32);
      s.endExtensible(2);
      return 0;
    })).isEqualTo(Reason.TRAILING_DATA);
    // duplicate [0]
    assertThat(reasonOf("300A A003020101 A003020101".replace(" ", ""), r -> {
      DerReader s = r.readSequence();
      s.readField(0, DerReader::readInt32);
      s.readField(1, DerReader::readInt32);
      return 0;
    })).isEqualTo(Reason.MISSING_FIELD);
    // primitive [0] where explicit expected
    assertThat(reasonOf("3003 800101".replace(" ", ""), r -> {
      DerReader s = r.readSequence();
      return s.readOptionalField(0, DerReader::readInt32);
    })).isEqualTo(Reason.UNEXPECTED_TAG);
    // two elements inside one explicit field
    assertThat(reasonOf("3008 A006020101020102".replace(" ", ""), r -> {
      DerReader s = r.readSequence();
      return s.readField(0, DerReader::readInt32);
    })).isEqualTo(Reason.TRAILING_DATA);
  }

  @Test
  void sequenceOfCountsAreCapped() throws DerException {
    byte[] der = hex("3009 020101 020102 020103".replace(" ", ""));
    java.util.List<Integer> list =
        DerReader.decode(der, r -> r.readSequenceOf(DerReader::readInt32, 3));
    assertThat(list).containsExactly(1, 2, 3);
    assertThat(reasonOf(Hex.of(der), r -> r.readSequenceOf(DerReader::readInt32, 2)))
        .isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void rawElementsAndRawSince() throws DerException {
    byte[] der = hex("3008 0201 01 0403 AABBCC".replace(" ", ""));
    DerReader r = DerReader.of(der);
    DerReader s = r.readSequence();
    int start = s.offset();
    s.readInt32();
    assertThat(s.rawSince(start)).isEqualTo(hex("020101"));
    assertThat(s.readRawElement()).isEqualTo(hex("0403AABBCC"));
    s.end();
    r.end();
  }

  @Test
  void depthIsCapped() {
    DerWriter w = new DerWriter();
    int levels = 100_000;
    for (int i = 0; i < levels; i++) {
      w.beginSequence();
    }
    for (int i = 0; i < levels; i++) {
      w.end();
    }
    byte[] bomb = w.toByteArray();
    assertThatThrownBy(() -> DerTestSupport.readAll(bomb))
        .isInstanceOfSatisfying(DerException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP));
  }

  @Test
  void encapsulatedOctetStringsCountTowardsDepth() {
    // OCTET STRING { OCTET STRING { ... } } nested 100 times
    DerWriter w = new DerWriter();
    for (int i = 0; i < 100; i++) {
      w.beginOctetString();
    }
    for (int i = 0; i < 100; i++) {
      w.end();
    }
    byte[] der = w.toByteArray();
    assertThatThrownBy(() -> {
      DerReader r = DerReader.of(der);
      while (true) {
        r = r.readEncapsulatedOctetString();
      }
    }).isInstanceOfSatisfying(DerException.class,
        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP));
  }

  @Test
  void offsetsAreAbsolute() {
    byte[] der = hex("3004 0403 0102".replace(" ", ""));
    assertThatThrownBy(() -> DerReader.decode(der, r -> r.readSequence().readOctetString()))
        .isInstanceOfSatisfying(DerException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
          assertThat(e.offset()).isEqualTo(3); // the inner length octet
        });
  }
}

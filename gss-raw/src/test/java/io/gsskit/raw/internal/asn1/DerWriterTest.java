package io.gsskit.raw.internal.asn1;

import static io.gsskit.raw.internal.asn1.DerTestSupport.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerWriterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "0, 020100", "127, 02017F", "128, 02020080", "255, 020200FF", "256, 02020100",
      "-1, 0201FF", "-128, 020180", "-129, 0202FF7F", "4294967295, 020500FFFFFFFF",
      "-2147483648, 020480000000", "9223372036854775807, 02087FFFFFFFFFFFFFFF",
      "-9223372036854775808, 02088000000000000000",
  })
  void integersAreMinimal(long value, String expected) throws DerException {
    byte[] der = new DerWriter().writeInteger(value).toByteArray();
    assertThat(Hex.of(der)).isEqualToIgnoringCase(expected);
    assertThat(DerReader.decode(der, DerReader::readInt64)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} bytes")
  @CsvSource({"0, 0400", "127, 047F", "128, 048180", "255, 0481FF", "256, 04820100",
      "65535, 0482FFFF", "65536, 0483010000", "16777216, 048401000000"})
  void lengthsAreMinimal(int size, String header) throws DerException {
    byte[] der = new DerWriter().writeOctetString(new byte[size]).toByteArray();
    assertThat(Hex.of(java.util.Arrays.copyOf(der, header.length() / 2)))
        .isEqualToIgnoringCase(header);
    assertThat(DerReader.decode(der, DerReader::readOctetString)).hasSize(size);
  }

  @Test
  void nestedHeadersAreSplicedInPlace() {
    DerWriter w = new DerWriter(16);
    w.beginApplication(1).beginSequence()
        .beginExplicit(0).writeInteger(5).end()
        .beginExplicit(1).writeKerberosString("R").end()
        .end().end();
    assertThat(Hex.of(w.toByteArray()))
        .isEqualToIgnoringCase("610C300AA003020105A1031B0152".replace(" ", ""));
  }

  @Test
  void nestedLongLengthsGrowEveryLevel() throws DerException {
    DerWriter w = new DerWriter(16);
    w.beginSequence().beginSequence().writeOctetString(new byte[300]).end().end();
    byte[] der = w.toByteArray();
    assertThat(Hex.of(java.util.Arrays.copyOf(der, 12)))
        .isEqualToIgnoringCase("30820134308201300482012C");
    assertThat(DerTestSupport.readAll(der)).hasSize(1);
  }

  @Test
  void emptyAndAdjacentConstructedElements() {
    DerWriter w = new DerWriter();
    w.beginSequence().end().beginSequence().beginSequence().end().end();
    assertThat(Hex.of(w.toByteArray())).isEqualTo("300030023000");
  }

  @Test
  void fixedFormPrimitives() {
    assertThat(Hex.of(new DerWriter().writeBoolean(true).writeBoolean(false).writeNull()
        .toByteArray())).isEqualTo("0101ff0101000500");
    assertThat(Hex.of(new DerWriter().writeKerberosFlags(0x40810010).toByteArray()))
        .isEqualTo("03050040810010");
    assertThat(Hex.of(new DerWriter()
        .writeKerberosTime(Instant.parse("1994-06-10T06:03:17.999Z")).toByteArray()))
        .isEqualTo("180f31393934303631303036303331375a");
    assertThat(Hex.of(new DerWriter().writeObjectIdentifier("1.2.840.113554.1.2.2")
        .toByteArray())).isEqualTo("06092a864886f712010202");
    assertThat(Hex.of(new DerWriter().writeEnumerated(2).toByteArray())).isEqualTo("0a0102");
  }

  @Test
  void programmingErrorsAreReported() {
    assertThatThrownBy(() -> new DerWriter().end()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new DerWriter().beginSequence().toByteArray())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new DerWriter().writeKerberosString("\ud800"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DerWriter().writeKerberosTime(Instant.parse("+10000-01-01T00:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DerWriter().writeObjectIdentifier("3.1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resetReusesTheWriter() {
    DerWriter w = new DerWriter();
    w.beginSequence().writeInteger(1).end();
    w.reset();
    w.writeNull();
    assertThat(Hex.of(w.toByteArray())).isEqualTo("0500");
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerException.Reason;
import io.gsskit.raw.internal.asn1.Hex;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4121 §4.1.1 checksum body: layout, MIT's acceptance rules, strict bounds. */
class GssChecksumBodyTest {

  private static final String FIXED = "10000000" + "00112233445566778899aabbccddeeff";

  private static Reason reasonOf(String hex) {
    try {
      GssChecksumBody.decode(Hex.parse(hex));
    } catch (DerException e) {
      return e.reason();
    }
    throw new AssertionError("accepted " + hex);
  }

  @Test
  void fixedPartOnly() throws DerException {
    GssChecksumBody b = GssChecksumBody.decode(Hex.parse(FIXED + "3e000000"));
    assertThat(b.flags()).isEqualTo(0x3e);
    assertThat(Hex.of(b.channelBinding())).isEqualTo("00112233445566778899aabbccddeeff");
    assertThat(b.delegation()).isNull();
    assertThat(b.extensions()).isEmpty();
    assertThat(Hex.of(b.encode())).isEqualTo(FIXED + "3e000000");
  }

  @Test
  void delegationAndExtensions() throws DerException {
    String hex = FIXED + "01000000" + "0100" + "0300" + "aabbcc" + "00000002" + "00000001" + "ff";
    GssChecksumBody b = GssChecksumBody.decode(Hex.parse(hex));
    assertThat(b.delegationOption()).isEqualTo(1);
    assertThat(b.delegation()).containsExactly(0xaa, 0xbb, 0xcc);
    assertThat(b.extensions()).containsExactly(
        new GssChecksumBody.Extension(2, new byte[] {(byte) 0xff}));
    assertThat(Hex.of(b.encode())).isEqualTo(hex);
  }

  @Test
  void delegFlagWithoutDelegationFieldsIsAccepted() throws DerException {
    // MIT reads DlgOpt only when at least 4 bytes follow the flags
    GssChecksumBody b = GssChecksumBody.decode(Hex.parse(FIXED + "01000000"));
    assertThat(b.delegation()).isNull();
    assertThat(b.flags()).isEqualTo(1);
  }

  @Test
  void extensionsWithoutDelegFlag() throws DerException {
    GssChecksumBody b = GssChecksumBody.decode(Hex.parse(FIXED + "02000000" + "0000000200000000"));
    assertThat(b.extensions()).hasSize(1);
    assertThat(b.extensions().get(0).data()).isEmpty();
  }

  @Test
  void malformedBodies() {
    assertThat(reasonOf("")).isEqualTo(Reason.TRUNCATED);
    assertThat(reasonOf(FIXED + "000000")).isEqualTo(Reason.TRUNCATED); // 23 bytes
    assertThat(reasonOf("11000000" + FIXED.substring(8) + "00000000"))
        .isEqualTo(Reason.BAD_LENGTH); // Lgth 17
    assertThat(reasonOf("ffffffff" + FIXED.substring(8) + "00000000"))
        .isEqualTo(Reason.BAD_LENGTH);
    assertThat(reasonOf(FIXED + "01000000" + "0100" + "ffff" + "aa"))
        .isEqualTo(Reason.TRUNCATED); // Dlgth 65535 > remaining
    assertThat(reasonOf(FIXED + "01000000" + "01")).isEqualTo(Reason.TRUNCATED); // 1..3 left
    assertThat(reasonOf(FIXED + "00000000" + "000000")).isEqualTo(Reason.TRUNCATED);
    assertThat(reasonOf(FIXED + "00000000" + "00000002" + "ffffffff" + "00"))
        .isEqualTo(Reason.TRUNCATED); // extension length 2^32-1
    assertThat(reasonOf(FIXED + "00000000" + "00000002" + "00000002" + "00"))
        .isEqualTo(Reason.TRUNCATED);
    StringBuilder many = new StringBuilder(FIXED + "00000000");
    for (int i = 0; i <= GssChecksumBody.MAX_EXTENSIONS; i++) {
      many.append("0000000100000000");
    }
    assertThat(reasonOf(many.toString())).isEqualTo(Reason.TOO_LARGE);
  }

  @Test
  void everyTruncationOfAGoldenBodyFailsCleanly() throws DerException {
    for (String file : List.of("mit-client.txt", "jdk-jgss.txt")) {
      for (GoldenFiles.Golden g : GoldenFiles.captured(file)) {
        if (!g.type().equals("GssChecksumBody")) {
          continue;
        }
        for (int cut = 0; cut < g.der().length; cut++) {
          try {
            GssChecksumBody b = GssChecksumBody.decode(Arrays.copyOf(g.der(), cut));
            assertThat(cut).as("only the fixed part may stand alone").isEqualTo(24);
            assertThat(b.delegation()).isNull();
          } catch (DerException expected) {
            // defined failure
          }
        }
      }
    }
  }

  @Test
  void constructorValidates() {
    assertThatThrownBy(() -> new GssChecksumBody(new byte[15], 0, 0, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GssChecksumBody(new byte[16], 0, 1, new byte[1], List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GssChecksumBody(new byte[16], 1, 1, new byte[70000], List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

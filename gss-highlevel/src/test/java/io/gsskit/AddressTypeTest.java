package io.gsskit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressTypeTest {

  /**
   * RFC 2744 appendix A {@code GSS_C_AF_*} values, plus MIT's GSS_C_AF_NETBIOS 20 and Heimdal's
   * GSS_C_AF_INET6 24.
   */
  private static final Map<AddressType, Integer> EXPECTED = new LinkedHashMap<>();

  static {
    Object[][] table = {
        {AddressType.UNSPEC, 0}, {AddressType.LOCAL, 1}, {AddressType.INET, 2},
        {AddressType.IMPLINK, 3}, {AddressType.PUP, 4}, {AddressType.CHAOS, 5},
        {AddressType.NS, 6}, {AddressType.NBS, 7}, {AddressType.ECMA, 8},
        {AddressType.DATAKIT, 9}, {AddressType.CCITT, 10}, {AddressType.SNA, 11},
        {AddressType.DECNET, 12}, {AddressType.DLI, 13}, {AddressType.LAT, 14},
        {AddressType.HYLINK, 15}, {AddressType.APPLETALK, 16}, {AddressType.BSC, 17},
        {AddressType.DSS, 18}, {AddressType.OSI, 19}, {AddressType.NETBIOS, 20},
        {AddressType.X25, 21}, {AddressType.INET6, 24}, {AddressType.NULLADDR, 255},
    };
    for (Object[] row : table) {
      EXPECTED.put((AddressType) row[0], (Integer) row[1]);
    }
  }

  @Test
  void codesAreTheCValues() {
    assertThat(EnumSet.allOf(AddressType.class)).isEqualTo(EXPECTED.keySet());
    EXPECTED.forEach((t, code) -> assertThat(t.code()).as(t.name()).isEqualTo(code));
  }

  @Test
  void fromCodeIsTheInverseOverTheWholeByteRange() {
    for (int code = -1; code <= 256; code++) {
      final int c = code;
      AddressType expected = EXPECTED.entrySet().stream()
          .filter(e -> e.getValue() == c).map(Map.Entry::getKey).findFirst().orElse(null);
      assertThat(AddressType.fromCode(code).orElse(null)).as("code %d", code).isEqualTo(expected);
    }
  }
}

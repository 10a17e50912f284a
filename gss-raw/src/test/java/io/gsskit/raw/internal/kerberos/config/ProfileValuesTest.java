package io.gsskit.raw.internal.kerberos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileValuesTest {

  @ParameterizedTest
  @CsvSource({
      "36000, 36000", "0, 0", "-5, -5", "+7, 7", "10h, 36000", "1d, 86400", "30s, 30",
      "5m, 300", "1d2h3m4s, 93784", "'1d 2h', 93600", "'2h 30m', 9000", "1h30s, 3630",
      "10:00, 36000", "10:00:00, 36000", "1:30:15, 5415", "1-02:03:04, 93784",
      "'  10h  ', 36000", "-1:30, -5400", "2147483647, 2147483647", "-2147483648, -2147483648",
      "24855d, 2147472000"
  })
  void durations(String text, long seconds) {
    assertThat(ProfileValues.parseDuration(text)).as(text).isEqualTo(OptionalLong.of(seconds));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "h", "10x", "1h2d", "1d1d", "10:0", "10:60", "1:2:3",
      "1-24:00:00", "1-2:3:4", "2147483648", "24856d", "99999999999999999999", "1.5h", "10 hours",
      "--1", "1d-", "0x10", "１０"})
  void badDurations(String text) {
    assertThat(ProfileValues.parseDuration(text)).as("'" + text + "'").isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"y,true", "YES,true", "True,true", "t,true", "1,true", "on,true", "' on ',true",
      "n,false", "No,false", "FALSE,false", "nil,false", "0,false", "off,false"})
  void booleans(String text, boolean value) {
    assertThat(ProfileValues.parseBoolean(text)).contains(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2", "yess", "enabled", "-1", "o"})
  void badBooleans(String text) {
    assertThat(ProfileValues.parseBoolean(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"1465,1465", "' 12 ',12", "-3,-3", "0x10,16", "010,8", "0,0", "+5,5",
      "2147483647,2147483647", "-2147483648,-2147483648"})
  void integers(String text, int value) {
    assertThat(ProfileValues.parseInteger(text)).isEqualTo(OptionalInt.of(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "12abc", "08", "0x", "2147483648", "-2147483649",
      "99999999999999999999", "1 2", "٣"})
  void badIntegers(String text) {
    assertThat(ProfileValues.parseInteger(text)).as("'" + text + "'").isEmpty();
  }
}

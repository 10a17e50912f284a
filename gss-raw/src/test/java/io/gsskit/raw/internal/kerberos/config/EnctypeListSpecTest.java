package io.gsskit.raw.internal.kerberos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EnctypeListSpecTest {

  /** A tiny resolver standing in for the enctype registry: names, one family, unknown → []. */
  private static final Function<String, List<Integer>> RESOLVER = name ->
      Map.of("aes256-cts-hmac-sha1-96", List.of(18), "aes128-cts-hmac-sha1-96", List.of(17),
          "aes256-cts-hmac-sha384-192", List.of(20), "aes128-cts-hmac-sha256-128", List.of(19),
          "rc4-hmac", List.of(23), "aes", List.of(18, 17, 20, 19))
          .getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  private static final List<Integer> DEFAULTS = List.of(18, 17, 20, 19, 23);

  @Test
  void tokensAreSplitOnBlanksAndCommas() {
    EnctypeListSpec s = EnctypeListSpec.parse(" aes256-cts-hmac-sha1-96,,rc4-hmac\t+aes -x DEFAULT");
    assertThat(s.tokens()).containsExactly(
        new EnctypeListSpec.Token(EnctypeListSpec.Op.ADD, "aes256-cts-hmac-sha1-96"),
        new EnctypeListSpec.Token(EnctypeListSpec.Op.ADD, "rc4-hmac"),
        new EnctypeListSpec.Token(EnctypeListSpec.Op.ADD, "aes"),
        new EnctypeListSpec.Token(EnctypeListSpec.Op.REMOVE, "x"),
        new EnctypeListSpec.Token(EnctypeListSpec.Op.DEFAULT, "DEFAULT"));
    assertThat(s).hasToString("aes256-cts-hmac-sha1-96 rc4-hmac aes -x DEFAULT");
  }

  @Test
  void defaultMinusAndPlus() {
    assertThat(EnctypeListSpec.parse("DEFAULT -rc4-hmac").resolve(RESOLVER, DEFAULTS))
        .containsExactly(18, 17, 20, 19);
    assertThat(EnctypeListSpec.parse("rc4-hmac default").resolve(RESOLVER, DEFAULTS))
        .containsExactly(23, 18, 17, 20, 19);
    assertThat(EnctypeListSpec.parse("aes -aes128-cts-hmac-sha1-96 +rc4-hmac")
        .resolve(RESOLVER, DEFAULTS)).containsExactly(18, 20, 19, 23);
    assertThat(EnctypeListSpec.parse("DEFAULT -DEFAULT aes256-cts-hmac-sha384-192")
        .resolve(RESOLVER, DEFAULTS)).containsExactly(20);
  }

  @Test
  void unknownNamesAreIgnoredAndEmptyTokensSkipped() {
    assertThat(EnctypeListSpec.parse("des-cbc-crc nonsense - + ,").resolve(RESOLVER, DEFAULTS))
        .isEmpty();
    assertThat(EnctypeListSpec.parse("").tokens()).isEmpty();
  }
}

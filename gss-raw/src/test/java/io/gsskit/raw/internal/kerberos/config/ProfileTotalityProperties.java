package io.gsskit.raw.internal.kerberos.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever the input, the parser and the typed value parsers either succeed or report a
 * {@link Krb5ConfigException}; no other exception escapes.
 */
class ProfileTotalityProperties {

  private static final long SEED = Long.getLong("gsskit.seed", 0x746f74616cL);
  private static final String SAMPLE = """
      [libdefaults]*
       default_realm = EXAMPLE.COM
       clockskew = 1d2h3m4s
       q = "a\\tb"
      [realms]
       EXAMPLE.COM = {
        kdc = [::1]:88
        x* =
        {
         y = z
        }*
       }
      [domain_realm]
       .example.com = EXAMPLE.COM
      """;
  private static final String ALPHABET = "[]{}=*\"\\#; \t\r\nabcXYZ019:/.-_@includedirmodule";

  @Test
  void randomBytes() {
    for (int i = 0; i < 3000; i++) {
      long seed = SEED + i;
      Random rnd = new Random(seed);
      byte[] b = new byte[rnd.nextInt(300)];
      rnd.nextBytes(b);
      parseTotal(new String(b, StandardCharsets.UTF_8), seed);
    }
  }

  @Test
  void randomProfileAlphabet() {
    for (int i = 0; i < 5000; i++) {
      long seed = SEED + i;
      Random rnd = new Random(seed);
      StringBuilder sb = new StringBuilder(rnd.nextBoolean() ? "[s]\n" : "");
      int n = rnd.nextInt(200);
      for (int k = 0; k < n; k++) {
        sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
      }
      parseTotal(sb.toString(), seed);
    }
  }

  @Test
  void truncationsAndFlipsOfAValidFile() throws Exception {
    Krb5Config.parse(SAMPLE, "sample");
    for (int cut = 0; cut <= SAMPLE.length(); cut++) {
      parseTotal(SAMPLE.substring(0, cut), cut);
    }
    Random rnd = new Random(SEED);
    for (int i = 0; i < 3000; i++) {
      char[] c = SAMPLE.toCharArray();
      int flips = 1 + rnd.nextInt(3);
      for (int f = 0; f < flips; f++) {
        c[rnd.nextInt(c.length)] = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
      }
      parseTotal(new String(c), SEED + i);
    }
  }

  @Test
  void typedValueParsersAreTotal() {
    Random rnd = new Random(SEED);
    String alphabet = "0123456789dhms:-+ \txX,[]/tcpudphttps";
    ProfileOrigin at = new ProfileOrigin("v", 1);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(16);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      String ctx = "seed " + SEED + " iteration " + i + " '" + s + "'";
      assertThat(ProfileValues.parseDuration(s)).as(ctx).isNotNull();
      assertThat(ProfileValues.parseInteger(s)).as(ctx).isNotNull();
      assertThat(ProfileValues.parseBoolean(s)).as(ctx).isNotNull();
      assertThat(EnctypeListSpec.parse(s).tokens()).as(ctx).isNotNull();
      try {
        KdcAddress a = KdcAddress.parse(s, 88, at);
        assertThat(a.port()).as(ctx).isBetween(1, 65535);
      } catch (Krb5ConfigException expected) {
        assertThat(expected.line()).isEqualTo(1);
      }
      try {
        ParameterExpansion.expand(s.replace("x", "%{").replace("X", "}"),
            Environment.of(java.util.Map.of(), 1, 2, "u"));
      } catch (Krb5ConfigException expected) {
        assertThat(expected.getMessage()).isNotEmpty();
      }
    }
  }

  private static void parseTotal(String text, long seed) {
    try {
      Krb5Config cfg = Krb5Config.parse(text, "random");
      // Exercise the typed accessors on whatever parsed.
      try {
        cfg.libDefaults().clockSkew();
        cfg.libDefaults().forwardable();
        cfg.realm("EXAMPLE.COM").kdcs();
      } catch (Krb5ConfigException e) {
        assertThat(e.getMessage()).as("seed %d", seed).startsWith("random:");
      }
      cfg.realmForHost("a.example.com");
    } catch (Krb5ConfigException e) {
      assertThat(e.getMessage()).as("seed %d", seed).startsWith("random");
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("seed " + seed + " input " + escape(text), e);
    }
  }

  private static String escape(String s) {
    return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
  }
}

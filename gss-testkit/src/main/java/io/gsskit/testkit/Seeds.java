package io.gsskit.testkit;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reproducible randomness for property tests: one base seed per JVM, from the system property
 * {@value #PROPERTY} (decimal or {@code 0x} hex) or chosen at random and printed once, and one
 * derived seed per test case. Every {@link Case} names its seed and the property to set in its
 * {@code toString()}, so it shows in JUnit's display names and assertion messages:
 *
 * {@snippet :
 * static Stream<Seeds.Case> cases() {
 *   return Seeds.cases("wrapRoundTrip", 1000);
 * }
 *
 * @ParameterizedTest(name = "{0}")
 * @MethodSource("cases")
 * void wrapRoundTrip(Seeds.Case c) {
 *   byte[] m = Gen.message(c.random());
 *   assertArrayEquals(m, server.unwrap(client.wrap(m, true).message()).message(), c.toString());
 * }
 * }
 *
 * <p>Re-run a failure with {@code -Dgsskit.seed=<base>}: the same base gives the same cases.
 * Generators never shrink. Thread-safe.
 */
public final class Seeds {

  /** The system property holding the base seed. */
  public static final String PROPERTY = "gsskit.seed";

  private static final long BASE = initialBase();

  private Seeds() {}

  private static long initialBase() {
    String v = System.getProperty(PROPERTY);
    long base;
    if (v != null && !v.isBlank()) {
      String t = v.strip();
      base = t.startsWith("0x") || t.startsWith("0X")
          ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
    } else {
      base = new SecureRandom().nextLong();
      System.out.println("[gsskit-testkit] property tests use -D" + PROPERTY + "="
          + hex(base));
    }
    return base;
  }

  /**
   * The base seed of this JVM.
   *
   * @return the seed
   */
  public static long base() {
    return BASE;
  }

  /**
   * The seed for a named property and case index: a mix of the base seed, the name and the
   * index.
   *
   * @param property the property's name; not null
   * @param index the case index
   * @return the seed
   */
  public static long seed(String property, int index) {
    Objects.requireNonNull(property, "property");
    long h = BASE ^ (property.hashCode() * 0x9E3779B97F4A7C15L) ^ (index * 0xC2B2AE3D27D4EB4FL);
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /**
   * The cases of a property, for {@code @MethodSource}.
   *
   * @param property the property's name; not null
   * @param count how many cases; not negative
   * @return the cases
   */
  public static Stream<Case> cases(String property, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative count");
    }
    return IntStream.range(0, count).mapToObj(i -> new Case(property, i, seed(property, i)));
  }

  /**
   * A {@link Random} for a property as a whole (for loops inside one test).
   *
   * @param property the property's name
   * @return a new seeded random
   */
  public static Random random(String property) {
    return new Random(seed(property, -1));
  }

  /**
   * How to reproduce: {@code -Dgsskit.seed=0x...}.
   *
   * @return the text
   */
  public static String reproduce() {
    return "-D" + PROPERTY + "=" + hex(BASE);
  }

  private static String hex(long v) {
    return "0x" + Long.toHexString(v);
  }

  /**
   * One case of a property: its index, its own seed and a fresh {@link Random} from it.
   *
   * @param property the property's name
   * @param index the case index
   * @param seed the case's seed
   */
  public record Case(String property, int index, long seed) {

    /**
     * A new {@link Random} seeded with {@link #seed()}; each call starts the same sequence.
     *
     * @return the random
     */
    public Random random() {
      return new Random(seed);
    }

    /** @return {@code property #index (seed 0x.., base: -Dgsskit.seed=0x..)} */
    @Override
    public String toString() {
      return property + " #" + index + " (seed " + hex(seed) + ", reproduce with " + reproduce()
          + ")";
    }
  }
}

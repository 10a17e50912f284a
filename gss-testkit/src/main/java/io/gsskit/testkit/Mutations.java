package io.gsskit.testkit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Random;

/**
 * Token mutations for negative property tests: a GSS-API implementation must reject every one
 * of them with a GSS-API error, never another exception. All return new arrays.
 */
public final class Mutations {

  private Mutations() {}

  /**
   * Replaces one byte at a random position with a different value.
   *
   * @param token the token; not null, not empty
   * @param r the random; not null
   * @return the mutated copy
   * @throws IllegalArgumentException when {@code token} is empty
   */
  public static byte[] changeByte(byte[] token, Random r) {
    requireNonEmpty(token);
    byte[] out = token.clone();
    int i = r.nextInt(out.length);
    out[i] ^= (byte) (1 + r.nextInt(255));
    return out;
  }

  /**
   * Flips one random bit.
   *
   * @param token the token; not null, not empty
   * @param r the random; not null
   * @return the mutated copy
   * @throws IllegalArgumentException when {@code token} is empty
   */
  public static byte[] flipBit(byte[] token, Random r) {
    requireNonEmpty(token);
    byte[] out = token.clone();
    int i = r.nextInt(out.length);
    out[i] ^= (byte) (1 << r.nextInt(8));
    return out;
  }

  /**
   * Truncates to a random shorter length (possibly 0).
   *
   * @param token the token; not null, not empty
   * @param r the random; not null
   * @return the prefix
   * @throws IllegalArgumentException when {@code token} is empty
   */
  public static byte[] truncate(byte[] token, Random r) {
    requireNonEmpty(token);
    return Arrays.copyOf(token, r.nextInt(token.length));
  }

  /**
   * Splices: a random prefix of {@code a} followed by a random suffix of {@code b}, never equal
   * to {@code a}.
   *
   * @param a the first token; not null, not empty
   * @param b the second token; not null
   * @param r the random; not null
   * @return the spliced bytes
   * @throws IllegalArgumentException when {@code a} is empty
   */
  public static byte[] splice(byte[] a, byte[] b, Random r) {
    requireNonEmpty(a);
    Objects.requireNonNull(b, "b");
    for (int attempt = 0; attempt < 8; attempt++) {
      int cut = r.nextInt(a.length + 1);
      int from = b.length == 0 ? 0 : r.nextInt(b.length + 1);
      byte[] out = new byte[cut + b.length - from];
      System.arraycopy(a, 0, out, 0, cut);
      System.arraycopy(b, from, out, cut, b.length - from);
      if (!Arrays.equals(out, a)) {
        return out;
      }
    }
    return changeByte(a, r);
  }

  /**
   * One of the mutations above, chosen at random.
   *
   * @param token the token; not null, not empty
   * @param other another token for splicing; not null
   * @param r the random; not null
   * @return the mutated bytes, never equal to {@code token}
   */
  public static byte[] any(byte[] token, byte[] other, Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> changeByte(token, r);
      case 1 -> flipBit(token, r);
      case 2 -> truncate(token, r);
      default -> splice(token, other, r);
    };
  }

  private static void requireNonEmpty(byte[] token) {
    if (Objects.requireNonNull(token, "token").length == 0) {
      throw new IllegalArgumentException("cannot mutate an empty token");
    }
  }
}

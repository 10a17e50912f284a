package io.gsskit.raw.testsupport;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Hostile variants of a good input for parser property tests: every truncation, every byte
 * flipped, absurd integers written at every offset, random trailing bytes. Each variant is a fresh
 * array handed to {@code check} with a label that says how it was made (include it in assertion
 * messages).
 */
public final class Mutations {

  private Mutations() {}

  /** {@code good} cut at every length from 0 to {@code good.length - 1}: "name cut at N". */
  public static void truncations(byte[] good, String name, BiConsumer<byte[], String> check) {
    for (int cut = 0; cut < good.length; cut++) {
      check.accept(Arrays.copyOf(good, cut), name + " cut at " + cut);
    }
  }

  /** Every byte XORed with 0x01, 0x80 and 0xff in turn: "name byte I ^ BIT". */
  public static void everyByteFlipped(byte[] good, String name,
      BiConsumer<byte[], String> check) {
    for (int i = 0; i < good.length; i++) {
      for (int bit : new int[] {0x01, 0x80, 0xff}) {
        byte[] b = good.clone();
        b[i] ^= (byte) bit;
        check.accept(b, name + " byte " + i + " ^ " + bit);
      }
    }
  }

  /**
   * At every offset from 2 on where four bytes fit, each of {@code values} written as a big-endian
   * 32-bit integer ("name int HEX at I") and, when {@code littleEndianToo}, also as a
   * little-endian one ("name LE int HEX at I"); then 0xFFFF as a big-endian 16-bit integer
   * ("name short ffff at I").
   */
  public static void absurdIntsAtEveryOffset(byte[] good, String name, int[] values,
      boolean littleEndianToo, BiConsumer<byte[], String> check) {
    for (int i = 2; i + 4 <= good.length; i++) {
      for (int v : values) {
        byte[] b = good.clone();
        ByteBuffer.wrap(b).putInt(i, v);
        check.accept(b, name + " int " + Integer.toHexString(v) + " at " + i);
        if (littleEndianToo) {
          byte[] le = good.clone();
          ByteBuffer.wrap(le).order(ByteOrder.LITTLE_ENDIAN).putInt(i, v);
          check.accept(le, name + " LE int " + Integer.toHexString(v) + " at " + i);
        }
      }
      byte[] b = good.clone();
      ByteBuffer.wrap(b).putShort(i, (short) 0xFFFF);
      check.accept(b, name + " short ffff at " + i);
    }
  }

  /**
   * {@code count} variants with 1 to {@code maxExtra} random bytes appended, from a
   * {@code Random} seeded with {@code seed}: "name seed S extension I".
   */
  public static void randomExtensions(byte[] good, String name, long seed, int count,
      int maxExtra, BiConsumer<byte[], String> check) {
    Random rnd = new Random(seed);
    for (int i = 0; i < count; i++) {
      byte[] extra = new byte[1 + rnd.nextInt(maxExtra)];
      rnd.nextBytes(extra);
      byte[] b = Arrays.copyOf(good, good.length + extra.length);
      System.arraycopy(extra, 0, b, good.length, extra.length);
      check.accept(b, name + " seed " + seed + " extension " + i);
    }
  }
}

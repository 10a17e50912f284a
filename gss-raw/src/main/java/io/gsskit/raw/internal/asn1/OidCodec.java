package io.gsskit.raw.internal.asn1;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Converts object identifiers between dotted-decimal text and the DER content octets of X.690
 * §8.19 (the bytes after the {@code 06 len} header).
 *
 * <p>Decoding is strict: no empty input, no unterminated sub-identifier, no {@code 0x80} padding
 * at the start of a sub-identifier (non-minimal encoding). Arcs of any size are supported. The
 * class is stateless and thread-safe.
 */
public final class OidCodec {

  /** Longest content we accept; OIDs in GSS are a dozen bytes, nothing legitimate comes close. */
  public static final int MAX_CONTENT_LENGTH = 1024;

  private OidCodec() {}

  /**
   * Encodes dotted-decimal text such as {@code 1.2.840.113554.1.2.2} into DER content octets.
   *
   * @param dotted the OID text; not null
   * @return the content octets, or empty when the text is not a valid OID (fewer than two arcs,
   *     first arc above 2, second arc above 39 under arcs 0 and 1, empty or non-decimal arcs,
   *     leading zeros, or content longer than {@link #MAX_CONTENT_LENGTH})
   */
  public static Optional<byte[]> encode(String dotted) {
    String[] parts = dotted.split("\\.", -1);
    if (parts.length < 2 || dotted.length() > 4 * MAX_CONTENT_LENGTH) {
      return Optional.empty();
    }
    BigInteger[] arcs = new BigInteger[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty() || (p.length() > 1 && p.charAt(0) == '0')) {
        return Optional.empty();
      }
      for (int j = 0; j < p.length(); j++) {
        char c = p.charAt(j);
        if (c < '0' || c > '9') {
          return Optional.empty();
        }
      }
      arcs[i] = new BigInteger(p);
    }
    BigInteger first = arcs[0];
    BigInteger second = arcs[1];
    if (first.compareTo(BigInteger.TWO) > 0
        || (first.compareTo(BigInteger.TWO) < 0 && second.compareTo(BigInteger.valueOf(39)) > 0)) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeArc(out, first.multiply(BigInteger.valueOf(40)).add(second));
    for (int i = 2; i < arcs.length; i++) {
      writeArc(out, arcs[i]);
    }
    byte[] content = out.toByteArray();
    return content.length > MAX_CONTENT_LENGTH ? Optional.empty() : Optional.of(content);
  }

  /**
   * Decodes DER content octets into dotted-decimal text.
   *
   * @param content the content octets (without tag and length); not null
   * @return the dotted text, or empty when the octets are not a minimal, complete encoding
   */
  public static Optional<String> decode(byte[] content) {
    return decode(content, 0, content.length);
  }

  /**
   * Decodes {@code length} content octets starting at {@code offset}.
   *
   * @param content the buffer; not null
   * @param offset first content byte
   * @param length number of content bytes
   * @return the dotted text, or empty when the octets are not a minimal, complete encoding or the
   *     range lies outside the buffer
   */
  public static Optional<String> decode(byte[] content, int offset, int length) {
    if (offset < 0 || length <= 0 || length > MAX_CONTENT_LENGTH
        || length > content.length - offset) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder(length * 3);
    int end = offset + length;
    int pos = offset;
    boolean firstArc = true;
    while (pos < end) {
      if ((content[pos] & 0xff) == 0x80) {
        return Optional.empty(); // non-minimal: leading 0x80 padding
      }
      // Arcs that fit in a long (all but pathological ones) need no BigInteger.
      long small = 0;
      BigInteger big = null;
      int b;
      do {
        if (pos >= end) {
          return Optional.empty(); // last sub-identifier has its continuation bit set
        }
        b = content[pos++] & 0xff;
        if (big == null && small > (Long.MAX_VALUE >> 7)) {
          big = BigInteger.valueOf(small);
        }
        if (big != null) {
          big = big.shiftLeft(7).or(BigInteger.valueOf(b & 0x7f));
        } else {
          small = (small << 7) | (b & 0x7f);
        }
      } while ((b & 0x80) != 0);
      if (firstArc) {
        // X.690 §8.19.4: the first sub-identifier is 40 * arc1 + arc2 (arc1 = 2 from 80 on).
        if (big == null && small < 80) {
          text.append(small / 40).append('.').append(small % 40);
        } else {
          text.append("2.").append(big == null ? String.valueOf(small - 80)
              : big.subtract(BigInteger.valueOf(80)).toString());
        }
        firstArc = false;
      } else if (big == null) {
        text.append('.').append(small);
      } else {
        text.append('.').append(big);
      }
    }
    return Optional.of(text.toString());
  }

  private static void writeArc(ByteArrayOutputStream out, BigInteger arc) {
    int groups = Math.max(1, (arc.bitLength() + 6) / 7);
    for (int g = groups - 1; g >= 0; g--) {
      int seven = arc.shiftRight(7 * g).intValue() & 0x7f;
      out.write(g == 0 ? seven : seven | 0x80);
    }
  }
}

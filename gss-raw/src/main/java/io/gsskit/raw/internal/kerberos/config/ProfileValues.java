package io.gsskit.raw.internal.kerberos.config;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Parsers for typed profile values, with MIT's accepted spellings.
 *
 * <ul>
 *   <li>booleans: {@code y yes true t 1 on} and {@code n no false nil 0 off}, any case (MIT
 *       {@code profile_parse_boolean});
 *   <li>integers: C {@code strtol} with base 0 (decimal, {@code 0x} hex, leading-{@code 0} octal),
 *       optional sign and leading blanks, within the 32-bit signed range;
 *   <li>durations ({@code krb5.conf(5)} "Duration" and {@code krb5_string_to_deltat}): plain
 *       seconds ({@code 36000}); units in decreasing order, each at most once, blanks allowed
 *       between them ({@code 10h}, {@code 1d}, {@code 1d2h3m4s}, {@code 1d 12h}); {@code h:mm} and
 *       {@code h:mm:ss}; {@code d-hh:mm:ss}; numbers may carry a sign; the result must fit in a
 *       signed 32-bit number of seconds.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ProfileValues {

  private ProfileValues() {}

  /**
   * Parses a boolean.
   *
   * @param text the value; not null
   * @return the boolean, or empty when the text is not one of MIT's spellings
   */
  public static Optional<Boolean> parseBoolean(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "y", "yes", "true", "t", "1", "on" -> Optional.of(Boolean.TRUE);
      case "n", "no", "false", "nil", "0", "off" -> Optional.of(Boolean.FALSE);
      default -> Optional.empty();
    };
  }

  /**
   * Parses an integer like C {@code strtol(text, &end, 0)} requiring the whole text to be used
   * (trailing blanks allowed) and the value to fit in an {@code int}.
   *
   * @param text the value; not null
   * @return the number, or empty when malformed or out of range
   */
  public static OptionalInt parseInteger(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && ProfileParser.isBlank(text.charAt(i))) {
      i++;
    }
    boolean neg = false;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      neg = text.charAt(i) == '-';
      i++;
    }
    int radix = 10;
    if (i + 1 < n && text.charAt(i) == '0'
        && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
      radix = 16;
      i += 2;
    } else if (i + 1 < n && text.charAt(i) == '0') {
      radix = 8;
      i++;
    }
    int start = i;
    long v = 0;
    while (i < n && Character.digit(text.charAt(i), radix) >= 0
        && text.charAt(i) < 128) {
      v = v * radix + Character.digit(text.charAt(i), radix);
      if (v > 0x8000_0000L) {
        return OptionalInt.empty();
      }
      i++;
    }
    if (i == start && radix != 8) {
      return OptionalInt.empty();
    }
    while (i < n && ProfileParser.isBlank(text.charAt(i))) {
      i++;
    }
    if (i != n) {
      return OptionalInt.empty();
    }
    long r = neg ? -v : v;
    if (r < Integer.MIN_VALUE || r > Integer.MAX_VALUE) {
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) r);
  }

  /**
   * Parses an MIT duration.
   *
   * @param text the value; not null
   * @return the number of seconds (may be negative), or empty when malformed or outside the
   *     signed 32-bit range
   */
  public static OptionalLong parseDuration(String text) {
    DurationScanner s = new DurationScanner(text);
    long r = s.parse();
    return s.ok && r >= Integer.MIN_VALUE && r <= Integer.MAX_VALUE
        ? OptionalLong.of(r)
        : OptionalLong.empty();
  }

  /** A small hand-written scanner for the duration grammar; no recursion. */
  private static final class DurationScanner {
    private static final long LIMIT = 1L << 40;
    private final String s;
    private int i;
    boolean ok = true;

    DurationScanner(String s) {
      this.s = s;
    }

    long parse() {
      blanks();
      long first = signedNumber();
      if (!ok) {
        return 0;
      }
      if (peek() == ':') {
        // h:mm or h:mm:ss
        i++;
        long mm = twoDigits();
        long ss = 0;
        if (ok && peek() == ':') {
          i++;
          ss = twoDigits();
        }
        end();
        return combine(first, 0, mm, ss, 3600);
      }
      if (peek() == '-') {
        // d-hh:mm:ss
        i++;
        long hh = unsignedNumber();
        expect(':');
        long mm = twoDigits();
        expect(':');
        long ss = twoDigits();
        end();
        if (ok && hh > 23) {
          ok = false;
        }
        return combine(first, hh, mm, ss, 86400);
      }
      blanks();
      if (i >= s.length()) {
        return first;
      }
      // unit form: N d [N h] [N m] [N s], units in decreasing order
      String units = "dhms";
      long[] mult = {86400, 3600, 60, 1};
      long total = 0;
      int nextUnit = 0;
      long value = first;
      while (true) {
        char u = i < s.length() ? s.charAt(i) : 0;
        int idx = units.indexOf(u);
        if (u == 0 || idx < nextUnit) {
          ok = false;
          return 0;
        }
        i++;
        total += value * mult[idx];
        if (Math.abs(total) > LIMIT) {
          ok = false;
          return 0;
        }
        nextUnit = idx + 1;
        blanks();
        if (i >= s.length()) {
          return total;
        }
        value = signedNumber();
        if (!ok) {
          return 0;
        }
        blanks();
      }
    }

    private long combine(long lead, long hh, long mm, long ss, long leadMult) {
      if (!ok) {
        return 0;
      }
      long sign = lead < 0 || (lead == 0 && negativeZero) ? -1 : 1;
      long t = Math.abs(lead) * leadMult + hh * 3600 + mm * 60 + ss;
      return sign * t;
    }

    private boolean negativeZero;

    private long signedNumber() {
      boolean neg = false;
      char c = peek();
      if (c == '+' || c == '-') {
        neg = c == '-';
        i++;
      }
      long v = unsignedNumber();
      negativeZero = neg && v == 0;
      return neg ? -v : v;
    }

    private long unsignedNumber() {
      int start = i;
      long v = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        v = v * 10 + (s.charAt(i) - '0');
        if (v > LIMIT) {
          ok = false;
          return 0;
        }
        i++;
      }
      if (i == start) {
        ok = false;
      }
      return v;
    }

    private long twoDigits() {
      int start = i;
      long v = unsignedNumber();
      if (i - start != 2 || v > 59) {
        ok = false;
      }
      return v;
    }

    private void expect(char c) {
      if (peek() != c) {
        ok = false;
      } else {
        i++;
      }
    }

    private void end() {
      blanks();
      if (i != s.length()) {
        ok = false;
      }
    }

    private char peek() {
      return i < s.length() ? s.charAt(i) : 0;
    }

    private void blanks() {
      while (i < s.length() && ProfileParser.isBlank(s.charAt(i))) {
        i++;
      }
    }
  }
}

package io.gsskit.raw.internal.asn1;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * A deterministic DER writer (X.690 §10) that builds nested structures in linear time.
 *
 * <p>Constructed elements are opened with {@link #begin(int)} (or a shortcut) and closed with
 * {@link #end()}. Content is appended once to one buffer; the headers of constructed elements,
 * whose lengths are only known when they close, are recorded on the side and spliced in by
 * {@link #toByteArray()}. Nothing is re-copied per nesting level, so the cost is linear in the
 * output size whatever the depth.
 *
 * <pre>{@code
 * DerWriter w = new DerWriter();
 * w.beginSequence()
 *     .beginExplicit(0).writeInteger(etype).end()
 *     .beginExplicit(2).writeOctetString(cipher).end()
 *  .end();
 * byte[] der = w.toByteArray();
 * }</pre>
 *
 * <p>Values are written in their minimal DER form: minimal lengths and INTEGERs, BOOLEAN
 * {@code FF}, KerberosFlags as 32 bits (as MIT and Windows send them). Programming errors
 * (unbalanced {@code end()}, values a type cannot hold) raise {@link IllegalStateException} or
 * {@link IllegalArgumentException}; there is no input to be malformed.
 *
 * <p>Not thread-safe. A writer can be reused after {@link #reset()}.
 */
public final class DerWriter {

  private byte[] buf;
  private int len;

  // Headers of constructed elements, in the order they were opened (pre-order).
  private int[] headerPos = new int[16];
  private int[] headerTag = new int[16];
  private int[] headerContentLength = new int[16];
  private int[] headerBytesAtOpen = new int[16];
  private int headerCount;
  private int headerBytes;

  private int[] open = new int[16];
  private int openCount;

  /** Creates a writer with a small initial buffer. */
  public DerWriter() {
    this(256);
  }

  /**
   * Creates a writer.
   *
   * @param initialCapacity expected content size in bytes (a hint)
   */
  public DerWriter(int initialCapacity) {
    buf = new byte[Math.max(16, initialCapacity)];
  }

  /** Discards everything written so far. */
  public void reset() {
    len = 0;
    headerCount = 0;
    headerBytes = 0;
    openCount = 0;
  }

  /** @return the number of bytes {@link #toByteArray()} would return if all were closed */
  public int size() {
    return len + headerBytes;
  }

  // ---------------------------------------------------------------- constructed

  /**
   * Opens an element whose length is known only when it is closed: any constructed element, or
   * a primitive one (such as an OCTET STRING) whose content is DER written through this writer.
   *
   * @param tag the packed tag ({@link DerTag})
   * @return this writer
   */
  public DerWriter begin(int tag) {
    if (headerCount == headerPos.length) {
      int n = headerCount * 2;
      headerPos = Arrays.copyOf(headerPos, n);
      headerTag = Arrays.copyOf(headerTag, n);
      headerContentLength = Arrays.copyOf(headerContentLength, n);
      headerBytesAtOpen = Arrays.copyOf(headerBytesAtOpen, n);
    }
    if (openCount == open.length) {
      open = Arrays.copyOf(open, openCount * 2);
    }
    int i = headerCount++;
    headerPos[i] = len;
    headerTag[i] = tag;
    headerBytesAtOpen[i] = headerBytes;
    open[openCount++] = i;
    return this;
  }

  /** @return this writer, inside a new SEQUENCE */
  public DerWriter beginSequence() {
    return begin(DerTag.SEQUENCE);
  }

  /**
   * @param number the context tag number
   * @return this writer, inside a new explicit field {@code [number]}
   */
  public DerWriter beginExplicit(int number) {
    return begin(DerTag.context(number));
  }

  /**
   * @param number the application tag number
   * @return this writer, inside a new {@code [APPLICATION number]}
   */
  public DerWriter beginApplication(int number) {
    return begin(DerTag.application(number));
  }

  /** @return this writer, inside a new OCTET STRING whose content is DER written next */
  public DerWriter beginOctetString() {
    return begin(DerTag.OCTET_STRING);
  }

  /**
   * Closes the innermost open element.
   *
   * @return this writer
   * @throws IllegalStateException when nothing is open
   */
  public DerWriter end() {
    if (openCount == 0) {
      throw new IllegalStateException("end() without begin()");
    }
    int i = open[--openCount];
    long content = (long) (len - headerPos[i]) + (headerBytes - headerBytesAtOpen[i]);
    if (content > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException("element too large");
    }
    headerContentLength[i] = (int) content;
    headerBytes += DerTag.encodedSize(headerTag[i]) + lengthSize((int) content);
    return this;
  }

  /**
   * Returns the encoding.
   *
   * @return a new array with everything written
   * @throws IllegalStateException when an element is still open
   */
  public byte[] toByteArray() {
    if (openCount != 0) {
      throw new IllegalStateException(openCount + " element(s) still open");
    }
    byte[] out = new byte[len + headerBytes];
    int src = 0;
    int dst = 0;
    for (int i = 0; i < headerCount; i++) {
      int n = headerPos[i] - src;
      System.arraycopy(buf, src, out, dst, n);
      dst += n;
      src = headerPos[i];
      dst = putTag(out, dst, headerTag[i]);
      dst = putLength(out, dst, headerContentLength[i]);
    }
    System.arraycopy(buf, src, out, dst, len - src);
    return out;
  }

  // ---------------------------------------------------------------- primitives

  /**
   * Writes a primitive element.
   *
   * @param tag the packed tag
   * @param content the content; not null
   * @return this writer
   */
  public DerWriter writePrimitive(int tag, byte[] content) {
    return writePrimitive(tag, content, 0, content.length);
  }

  /**
   * Writes a primitive element from part of an array.
   *
   * @param tag the packed tag
   * @param content the array; not null
   * @param offset first content byte
   * @param length number of content bytes
   * @return this writer
   */
  public DerWriter writePrimitive(int tag, byte[] content, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, content.length);
    ensure(DerTag.encodedSize(tag) + lengthSize(length) + length);
    len = putTag(buf, len, tag);
    len = putLength(buf, len, length);
    System.arraycopy(content, offset, buf, len, length);
    len += length;
    return this;
  }

  /**
   * Copies an already encoded element (e.g. a Ticket kept as received). The caller guarantees
   * that it is one complete DER element.
   *
   * @param element the encoding; not null
   * @return this writer
   */
  public DerWriter writeRaw(byte[] element) {
    ensure(element.length);
    System.arraycopy(element, 0, buf, len, element.length);
    len += element.length;
    return this;
  }

  /**
   * @param value the value
   * @return this writer, after a minimal INTEGER
   */
  public DerWriter writeInteger(long value) {
    return writeIntegerTagged(DerTag.INTEGER, value);
  }

  /**
   * @param value the value
   * @return this writer, after a minimal ENUMERATED
   */
  public DerWriter writeEnumerated(int value) {
    return writeIntegerTagged(DerTag.ENUMERATED, value);
  }

  /**
   * @param value the value
   * @return this writer, after a DER BOOLEAN ({@code FF} for true)
   */
  public DerWriter writeBoolean(boolean value) {
    ensure(3);
    buf[len++] = 0x01;
    buf[len++] = 0x01;
    buf[len++] = (byte) (value ? 0xff : 0x00);
    return this;
  }

  /** @return this writer, after a NULL */
  public DerWriter writeNull() {
    ensure(2);
    buf[len++] = 0x05;
    buf[len++] = 0x00;
    return this;
  }

  /**
   * @param value the content; not null
   * @return this writer, after an OCTET STRING
   */
  public DerWriter writeOctetString(byte[] value) {
    return writePrimitive(DerTag.OCTET_STRING, value);
  }

  /**
   * Writes a KerberosString / Realm: a GeneralString holding UTF-8.
   *
   * @param value the text; not null
   * @return this writer
   * @throws IllegalArgumentException when the text has an unpaired surrogate
   */
  public DerWriter writeKerberosString(String value) {
    return writePrimitive(DerTag.GENERAL_STRING, utf8(value));
  }

  /**
   * @param value the text; not null
   * @return this writer, after a UTF8String
   * @throws IllegalArgumentException when the text has an unpaired surrogate
   */
  public DerWriter writeUtf8String(String value) {
    return writePrimitive(DerTag.UTF8_STRING, utf8(value));
  }

  /**
   * @param value the text; not null, characters 0..127 only
   * @return this writer, after an IA5String
   * @throws IllegalArgumentException on a character above 127
   */
  public DerWriter writeIa5String(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 0x7f) {
        throw new IllegalArgumentException("IA5String holds ASCII only");
      }
    }
    return writePrimitive(DerTag.IA5_STRING, value.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Writes a KerberosTime ({@code YYYYMMDDHHMMSSZ}, RFC 4120 §5.2.3). Fractions of a second are
   * dropped (the time is rounded down to the second).
   *
   * @param time the instant; not null; year 0000..9999
   * @return this writer
   * @throws IllegalArgumentException when the year is outside 0000..9999
   */
  public DerWriter writeKerberosTime(Instant time) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      throw new IllegalArgumentException("KerberosTime year out of range: " + year);
    }
    byte[] s = new byte[15];
    put(s, 0, year, 4);
    put(s, 4, t.getMonthValue(), 2);
    put(s, 6, t.getDayOfMonth(), 2);
    put(s, 8, t.getHour(), 2);
    put(s, 10, t.getMinute(), 2);
    put(s, 12, t.getSecond(), 2);
    s[14] = 'Z';
    return writePrimitive(DerTag.GENERALIZED_TIME, s);
  }

  /**
   * Writes Kerberos flags laid out as MIT's {@code krb5_flags} (bit 0 = most significant bit of
   * the int) as a 32-bit BIT STRING {@code 03 05 00 b0 b1 b2 b3}.
   *
   * @param flags the flags
   * @return this writer
   */
  public DerWriter writeKerberosFlags(int flags) {
    ensure(7);
    buf[len++] = 0x03;
    buf[len++] = 0x05;
    buf[len++] = 0x00;
    buf[len++] = (byte) (flags >>> 24);
    buf[len++] = (byte) (flags >>> 16);
    buf[len++] = (byte) (flags >>> 8);
    buf[len++] = (byte) flags;
    return this;
  }

  /**
   * @param bits the value; not null
   * @return this writer, after a BIT STRING
   */
  public DerWriter writeBitString(BitString bits) {
    byte[] b = bits.bytes();
    byte[] content = new byte[b.length + 1];
    content[0] = (byte) bits.unusedBits();
    System.arraycopy(b, 0, content, 1, b.length);
    return writePrimitive(DerTag.BIT_STRING, content);
  }

  /**
   * @param dotted an OID such as {@code 1.2.840.113554.1.2.2}; not null
   * @return this writer, after an OBJECT IDENTIFIER
   * @throws IllegalArgumentException when the text is not a valid OID
   */
  public DerWriter writeObjectIdentifier(String dotted) {
    byte[] content = OidCodec.encode(dotted)
        .orElseThrow(() -> new IllegalArgumentException("not an OID: " + dotted));
    return writePrimitive(DerTag.OBJECT_IDENTIFIER, content);
  }

  // ---------------------------------------------------------------- internals

  private DerWriter writeIntegerTagged(int tag, long v) {
    int n = 1;
    while (n < 8 && (v >> (8 * n - 1)) != 0 && (v >> (8 * n - 1)) != -1) {
      n++;
    }
    ensure(2 + n);
    len = putTag(buf, len, tag);
    buf[len++] = (byte) n;
    for (int i = n - 1; i >= 0; i--) {
      buf[len++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  private void ensure(int extra) {
    if (extra > buf.length - len) {
      long want = Math.max((long) buf.length * 2, (long) len + extra);
      if (want > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("encoding too large");
      }
      buf = Arrays.copyOf(buf, (int) want);
    }
  }

  private static byte[] utf8(String value) {
    try {
      ByteBuffer bb = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(value));
      byte[] out = new byte[bb.remaining()];
      bb.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("string is not encodable as UTF-8", e);
    }
  }

  private static void put(byte[] s, int at, int value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      s[at + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  static int lengthSize(int length) {
    if (length < 0x80) {
      return 1;
    }
    return length < 0x100 ? 2 : length < 0x10000 ? 3 : length < 0x1000000 ? 4 : 5;
  }

  private static int putLength(byte[] out, int at, int length) {
    int size = lengthSize(length);
    if (size == 1) {
      out[at++] = (byte) length;
      return at;
    }
    out[at++] = (byte) (0x80 | (size - 1));
    for (int i = size - 2; i >= 0; i--) {
      out[at++] = (byte) (length >>> (8 * i));
    }
    return at;
  }

  private static int putTag(byte[] out, int at, int tag) {
    int number = DerTag.number(tag);
    int first = (DerTag.tagClass(tag) << 6) | (DerTag.isConstructed(tag) ? 0x20 : 0);
    if (number < 31) {
      out[at++] = (byte) (first | number);
      return at;
    }
    out[at++] = (byte) (first | 0x1f);
    int groups = DerTag.encodedSize(tag) - 1;
    for (int g = groups - 1; g >= 0; g--) {
      int seven = (number >>> (7 * g)) & 0x7f;
      out[at++] = (byte) (g == 0 ? seven : seven | 0x80);
    }
    return at;
  }
}

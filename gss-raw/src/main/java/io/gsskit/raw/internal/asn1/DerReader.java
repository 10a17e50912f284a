package io.gsskit.raw.internal.asn1;

import io.gsskit.raw.internal.asn1.DerException.Reason;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A strict, bounded DER reader over a byte array (ITU-T X.690 §8 restricted by §10).
 *
 * <p>A reader is a cursor over one range of the input: the whole input at the top level, or the
 * content of one constructed element. Reading a constructed element returns a child reader over
 * its content and advances this reader past it, so a decoder mirrors the ASN.1 structure:
 *
 * <pre>{@code
 * DerReader seq = reader.readSequence();
 * int etype = seq.readField(0, DerReader::readInt32);                  // [0] Int32
 * Long kvno = seq.readOptionalField(1, DerReader::readUInt32Lenient);  // [1] UInt32 OPTIONAL
 * byte[] cipher = seq.readField(2, DerReader::readOctetString);        // [2] OCTET STRING
 * seq.endExtensible(2);
 * }</pre>
 *
 * <p>Rules enforced: definite lengths only, minimal length octets, minimal INTEGER encodings,
 * BOOLEAN as {@code 00}/{@code FF}, zero unused bits in BIT STRINGs, primitive strings, low tag
 * numbers in the low form, nesting at most {@link #MAX_DEPTH} levels. Every length is compared
 * with the bytes that remain ({@code len > remaining}) before anything is allocated, so no wire
 * length can cause an allocation larger than the input.
 *
 * <p>Every malformed input raises {@link DerException}; no other exception escapes for any input.
 * Offsets in exceptions are absolute positions in the array given to {@link #of(byte[])}.
 *
 * <p>Not thread-safe (a reader is a cursor); the input array must not change while it is read.
 */
public final class DerReader {

  /** Deepest nesting of constructed (and encapsulated) elements accepted. */
  public static final int MAX_DEPTH = 64;

  /** Longest BIT STRING accepted for {@link #readKerberosFlags()}, in content bytes. */
  public static final int MAX_FLAGS_BYTES = 32;

  /** Length of a KerberosTime / DER GeneralizedTime without fractions: YYYYMMDDHHMMSSZ. */
  private static final int TIME_LENGTH = 15;

  /** Reads one element (or one field's content) from a reader. */
  @FunctionalInterface
  public interface ElementReader<T> {
    /**
     * @param reader the reader positioned at the element
     * @return the decoded value; never null
     * @throws DerException when the element is malformed
     */
    T read(DerReader reader) throws DerException;
  }

  private final byte[] buf;
  private int pos;
  private final int end;
  private final int depth;

  private DerReader(byte[] buf, int pos, int end, int depth) {
    this.buf = buf;
    this.pos = pos;
    this.end = end;
    this.depth = depth;
  }

  /**
   * Creates a top-level reader over a whole array.
   *
   * @param der the encoding; not null; not copied, must not change while reading
   * @return the reader
   */
  public static DerReader of(byte[] der) {
    return new DerReader(der, 0, der.length, 0);
  }

  /**
   * Creates a top-level reader over part of an array.
   *
   * @param der the array; not null; not copied
   * @param offset first byte
   * @param length number of bytes
   * @return the reader
   * @throws IndexOutOfBoundsException when the range is outside the array (a caller bug)
   */
  public static DerReader of(byte[] der, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, der.length);
    return new DerReader(der, offset, offset + length, 0);
  }

  /**
   * Decodes a complete top-level PDU: reads one value and requires that no byte follows it.
   *
   * @param der the encoding; not null
   * @param reader reads the value
   * @param <T> the value type
   * @return the value
   * @throws DerException when the encoding is malformed or has trailing bytes
   */
  public static <T> T decode(byte[] der, ElementReader<T> reader) throws DerException {
    DerReader r = of(der);
    T value = reader.read(r);
    r.end();
    return value;
  }

  // ---------------------------------------------------------------- position

  /** @return whether bytes remain in this reader's range */
  public boolean hasRemaining() {
    return pos < end;
  }

  /** @return the number of bytes that remain in this reader's range */
  public int remaining() {
    return end - pos;
  }

  /** @return the absolute offset of the next byte, for {@link #rawSince(int)} and diagnostics */
  public int offset() {
    return pos;
  }

  /** @return the nesting depth of this reader (0 at the top level) */
  public int depth() {
    return depth;
  }

  /**
   * Copies the bytes read since an earlier {@link #offset()} of this reader: the exact encoding
   * of the elements in between, e.g. a KDC-REQ-BODY whose checksum must be verified.
   *
   * @param start an offset obtained from {@link #offset()} of this reader
   * @return a copy of the bytes from {@code start} to the current position
   * @throws IllegalArgumentException when {@code start} is not at or before the current position
   */
  public byte[] rawSince(int start) {
    if (start < 0 || start > pos) {
      throw new IllegalArgumentException("start " + start + " is after position " + pos);
    }
    return Arrays.copyOfRange(buf, start, pos);
  }

  /**
   * Requires that this reader is exhausted: the end of a SEQUENCE or of a top-level PDU.
   *
   * @throws DerException ({@link Reason#TRAILING_DATA}) when bytes remain
   */
  public void end() throws DerException {
    if (pos != end) {
      throw error(Reason.TRAILING_DATA, remaining() + " unexpected bytes");
    }
  }

  /**
   * Ends an extensible SEQUENCE: skips trailing elements with context tags numbered above the
   * last field the type defines (later protocol extensions, as MIT's decoder does), and rejects
   * anything else.
   *
   * @param lastDefinedTag the highest context tag number the type defines
   * @throws DerException when a remaining element is not such an extension, or is malformed
   */
  public void endExtensible(int lastDefinedTag) throws DerException {
    while (pos < end) {
      int tag = peekTag();
      if (DerTag.tagClass(tag) != DerTag.CLASS_CONTEXT || DerTag.number(tag) <= lastDefinedTag) {
        throw error(Reason.TRAILING_DATA, "unexpected " + DerTag.toString(tag));
      }
      skipElement();
    }
  }

  // ---------------------------------------------------------------- tags and structure

  /**
   * @return the tag of the next element, without consuming it
   * @throws DerException when no element follows or its identifier is malformed
   */
  public int peekTag() throws DerException {
    int save = pos;
    try {
      return readTag();
    } finally {
      pos = save;
    }
  }

  /**
   * @param tag a packed tag ({@link DerTag})
   * @return whether an element follows and has exactly this tag
   * @throws DerException when the next identifier is malformed
   */
  public boolean isNext(int tag) throws DerException {
    return pos < end && peekTag() == tag;
  }

  /**
   * Reads a constructed element with the given tag and returns a reader over its content.
   *
   * @param tag the expected packed tag; must be constructed
   * @return a child reader over the content
   * @throws DerException when the next element has another tag, is malformed, or nests too deep
   */
  public DerReader readConstructed(int tag) throws DerException {
    if (!DerTag.isConstructed(tag)) {
      throw new IllegalArgumentException("not a constructed tag: " + DerTag.toString(tag));
    }
    int len = expect(tag);
    return child(len);
  }

  /**
   * @return a reader over the content of the next SEQUENCE; see {@link #readConstructed}
   * @throws DerException when the next element is not a SEQUENCE, is malformed, or nests too deep
   */
  public DerReader readSequence() throws DerException {
    return readConstructed(DerTag.SEQUENCE);
  }

  /**
   * @param number the application tag number
   * @return a reader over the content of the next {@code [APPLICATION number]} element
   * @throws DerException on another tag or malformed input
   */
  public DerReader readApplication(int number) throws DerException {
    return readConstructed(DerTag.application(number));
  }

  /**
   * Reads a mandatory explicitly tagged field {@code [number]}.
   *
   * @param number the context tag number
   * @return a reader over the field's content (one element, to be read and then ended)
   * @throws DerException ({@link Reason#MISSING_FIELD}) when the field is absent, or on
   *     malformed input
   */
  public DerReader readExplicit(int number) throws DerException {
    DerReader field = readOptionalExplicit(number);
    if (field == null) {
      throw error(Reason.MISSING_FIELD, "missing field [" + number + "]");
    }
    return field;
  }

  /**
   * Reads an optional explicitly tagged field {@code [number]} if it is next.
   *
   * @param number the context tag number
   * @return a reader over the field's content, or null when the next element is another field
   * @throws DerException when the field is present but primitive, or the input is malformed
   */
  public @Nullable DerReader readOptionalExplicit(int number) throws DerException {
    if (pos >= end) {
      return null;
    }
    int tag = peekTag();
    if (tag == DerTag.context(number)) {
      return readConstructed(tag);
    }
    if (tag == DerTag.contextPrimitive(number)) {
      throw error(Reason.UNEXPECTED_TAG, "explicit field [" + number + "] is primitive");
    }
    return null;
  }

  /**
   * Reads a SEQUENCE OF: a SEQUENCE whose elements are each read by {@code element}.
   *
   * @param element reads one element from the sequence reader
   * @param maxCount most elements accepted
   * @param <T> the element type
   * @return the elements, unmodifiable
   * @throws DerException ({@link Reason#TOO_LARGE}) beyond {@code maxCount}, or on malformed input
   */
  public <T> List<T> readSequenceOf(ElementReader<T> element, int maxCount)
      throws DerException {
    DerReader seq = readSequence();
    List<T> out = new ArrayList<>();
    while (seq.hasRemaining()) {
      if (out.size() >= maxCount) {
        throw seq.error(Reason.TOO_LARGE, "more than " + maxCount + " elements");
      }
      out.add(element.read(seq));
    }
    return List.copyOf(out);
  }

  /**
   * Copies the next complete element (tag, length and content) and moves past it.
   *
   * @return the element's encoding
   * @throws DerException when no element follows or it is malformed
   */
  public byte[] readRawElement() throws DerException {
    int start = pos;
    skipElement();
    return Arrays.copyOfRange(buf, start, pos);
  }

  /**
   * Moves past the next element without interpreting its content.
   *
   * @throws DerException when no element follows or its header is malformed
   */
  public void skipElement() throws DerException {
    readTag();
    int len = readLength();
    pos += len;
  }

  // ---------------------------------------------------------------- primitives

  /**
   * Reads a primitive element's content.
   *
   * @param tag the expected packed tag; must be primitive
   * @return a copy of the content
   * @throws DerException on another tag or malformed input
   */
  public byte[] readPrimitive(int tag) throws DerException {
    if (DerTag.isConstructed(tag)) {
      throw new IllegalArgumentException("not a primitive tag: " + DerTag.toString(tag));
    }
    int len = expect(tag);
    byte[] out = Arrays.copyOfRange(buf, pos, pos + len);
    pos += len;
    return out;
  }

  /**
   * @return an INTEGER in the Kerberos {@code Int32} range
   * @throws DerException when malformed or out of range
   */
  public int readInt32() throws DerException {
    int at = pos;
    long v = readIntegerValue(DerTag.INTEGER);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new DerException(Reason.BAD_INTEGER, at, "value " + v + " outside Int32");
    }
    return (int) v;
  }

  /**
   * @return an INTEGER in the Kerberos {@code UInt32} range 0..2^32-1
   * @throws DerException when malformed or out of range
   */
  public long readUInt32() throws DerException {
    int at = pos;
    long v = readIntegerValue(DerTag.INTEGER);
    if (v < 0 || v > 0xFFFF_FFFFL) {
      throw new DerException(Reason.BAD_INTEGER, at, "value " + v + " outside UInt32");
    }
    return v;
  }

  /**
   * Reads a Kerberos {@code UInt32} the way RFC 4120 §5.2.4 asks receivers to: values that older
   * implementations sent as negative 32-bit numbers (nonces, sequence numbers, kvnos) are
   * accepted. The value is returned as encoded so that re-encoding is byte-identical; use
   * {@code (int) value} for the 32-bit pattern.
   *
   * @return a value in -2^31..2^32-1
   * @throws DerException when malformed or out of that range
   */
  public long readUInt32Lenient() throws DerException {
    int at = pos;
    long v = readIntegerValue(DerTag.INTEGER);
    if (v < Integer.MIN_VALUE || v > 0xFFFF_FFFFL) {
      throw new DerException(Reason.BAD_INTEGER, at, "value " + v + " outside UInt32");
    }
    return v;
  }

  /**
   * @return an INTEGER in the signed 64-bit range
   * @throws DerException when malformed or longer than 8 content bytes
   */
  public long readInt64() throws DerException {
    return readIntegerValue(DerTag.INTEGER);
  }

  /**
   * @return an ENUMERATED value in the 32-bit signed range
   * @throws DerException when malformed or out of range
   */
  public int readEnumerated() throws DerException {
    int at = pos;
    long v = readIntegerValue(DerTag.ENUMERATED);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new DerException(Reason.BAD_INTEGER, at, "ENUMERATED " + v + " out of range");
    }
    return (int) v;
  }

  /**
   * @return a DER BOOLEAN ({@code 00} false, {@code FF} true)
   * @throws DerException on any other content
   */
  public boolean readBoolean() throws DerException {
    int at = pos;
    int len = expect(DerTag.BOOLEAN);
    if (len != 1) {
      throw new DerException(Reason.BAD_BOOLEAN, at, "BOOLEAN of length " + len);
    }
    int b = buf[pos++] & 0xff;
    if (b != 0x00 && b != 0xff) {
      throw new DerException(Reason.BAD_BOOLEAN, at, "BOOLEAN value " + b + " is not DER");
    }
    return b == 0xff;
  }

  /**
   * Reads a NULL.
   *
   * @throws DerException when not an empty NULL
   */
  public void readNull() throws DerException {
    int at = pos;
    if (expect(DerTag.NULL) != 0) {
      throw new DerException(Reason.BAD_LENGTH, at, "NULL with content");
    }
  }

  /**
   * @return a copy of an OCTET STRING's content
   * @throws DerException on another tag or malformed input
   */
  public byte[] readOctetString() throws DerException {
    return readPrimitive(DerTag.OCTET_STRING);
  }

  /**
   * Opens an OCTET STRING whose content is itself DER (e.g. {@code ad-data}, {@code padata-value})
   * without copying it; the child reader counts one nesting level deeper than this one, so
   * encapsulation cannot bypass {@link #MAX_DEPTH}.
   *
   * @return a reader over the OCTET STRING's content
   * @throws DerException on another tag, malformed input or excessive depth
   */
  public DerReader readEncapsulatedOctetString() throws DerException {
    int len = expect(DerTag.OCTET_STRING);
    return child(len);
  }

  /**
   * Reads a GeneralString as Kerberos uses it ({@code KerberosString}, {@code Realm}) and decodes
   * it as UTF-8 strictly. Kerberos names are compared by their bytes; replacing malformed bytes
   * would let two different names decode to the same text, so invalid UTF-8 is rejected.
   *
   * @return the text
   * @throws DerException ({@link Reason#BAD_STRING}) on invalid UTF-8, or on malformed input
   */
  public String readKerberosString() throws DerException {
    return readUtf8(DerTag.GENERAL_STRING, false);
  }

  /**
   * Reads a GeneralString and decodes it as UTF-8, replacing malformed sequences with U+FFFD.
   * Only for display text that is never compared or re-encoded, such as KRB-ERROR
   * {@code e-text}, which some KDCs send in a local code page.
   *
   * @return the text
   * @throws DerException on malformed DER
   */
  public String readKerberosStringLenient() throws DerException {
    return readUtf8(DerTag.GENERAL_STRING, true);
  }

  /**
   * @return a UTF8String's text
   * @throws DerException on invalid UTF-8 or malformed input
   */
  public String readUtf8String() throws DerException {
    return readUtf8(DerTag.UTF8_STRING, false);
  }

  /**
   * @return an IA5String's text (bytes 0x00..0x7F only)
   * @throws DerException on a byte above 0x7F or malformed input
   */
  public String readIa5String() throws DerException {
    int at = pos;
    int len = expect(DerTag.IA5_STRING);
    for (int i = pos; i < pos + len; i++) {
      if (buf[i] < 0) {
        throw new DerException(Reason.BAD_STRING, at, "IA5String byte above 0x7F");
      }
    }
    String s = new String(buf, pos, len, StandardCharsets.US_ASCII);
    pos += len;
    return s;
  }

  /**
   * Reads a Kerberos time (RFC 4120 §5.2.3): a GeneralizedTime of exactly
   * {@code YYYYMMDDHHMMSSZ}, no fractions, UTC. Seconds 0..59 (no leap second).
   *
   * @return the instant
   * @throws DerException ({@link Reason#BAD_TIME}) on any other form or an invalid date
   */
  public Instant readKerberosTime() throws DerException {
    int at = pos;
    int len = expect(DerTag.GENERALIZED_TIME);
    if (len != TIME_LENGTH || buf[pos + 14] != 'Z') {
      throw new DerException(Reason.BAD_TIME, at, "KerberosTime must be YYYYMMDDHHMMSSZ");
    }
    int p = pos;
    int year = digits(p, 4, at);
    int month = digits(p + 4, 2, at);
    int day = digits(p + 6, 2, at);
    int hour = digits(p + 8, 2, at);
    int minute = digits(p + 10, 2, at);
    int second = digits(p + 12, 2, at);
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()
        || hour > 23 || minute > 59 || second > 59) {
      throw new DerException(Reason.BAD_TIME, at, "KerberosTime is not a valid date");
    }
    pos += len;
    return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
  }

  /**
   * Reads a BIT STRING (primitive, DER).
   *
   * @return the value
   * @throws DerException ({@link Reason#BAD_BIT_STRING}) on a bad unused-bits octet or non-zero
   *     unused bits, or on malformed input
   */
  public BitString readBitString() throws DerException {
    int at = pos;
    int len = expect(DerTag.BIT_STRING);
    int unused = checkBitString(len, at);
    BitString bits = new BitString(Arrays.copyOfRange(buf, pos + 1, pos + len), unused);
    pos += len;
    return bits;
  }

  /**
   * Reads Kerberos flags (RFC 4120 §5.2.8 {@code KerberosFlags}, e.g. TicketFlags, KDCOptions,
   * APOptions) into an int laid out as MIT's {@code krb5_flags}: bit 0 of the BIT STRING is
   * the int's most significant bit ({@code 0x80000000 >>> bit}). Any length up to
   * {@link #MAX_FLAGS_BYTES} is accepted; bits after the first 32 are dropped and missing bits
   * read as clear.
   *
   * @return the flags
   * @throws DerException on a malformed or over-long BIT STRING
   */
  public int readKerberosFlags() throws DerException {
    int at = pos;
    int len = expect(DerTag.BIT_STRING);
    if (len - 1 > MAX_FLAGS_BYTES) {
      throw new DerException(Reason.TOO_LARGE, at, "flags of " + (len - 1) + " bytes");
    }
    checkBitString(len, at);
    int flags = 0;
    for (int i = 0; i < 4; i++) {
      int b = i + 1 < len ? buf[pos + 1 + i] & 0xff : 0;
      flags = (flags << 8) | b;
    }
    pos += len;
    return flags;
  }

  /**
   * @return an OBJECT IDENTIFIER in dotted-decimal form
   * @throws DerException ({@link Reason#BAD_OID}) when the content is not a minimal complete OID
   */
  public String readObjectIdentifier() throws DerException {
    int at = pos;
    int len = expect(DerTag.OBJECT_IDENTIFIER);
    Optional<String> oid = OidCodec.decode(buf, pos, len);
    if (oid.isEmpty()) {
      throw new DerException(Reason.BAD_OID, at, "malformed OBJECT IDENTIFIER");
    }
    pos += len;
    return oid.get();
  }

  // ---------------------------------------------------------------- explicit fields

  /**
   * Reads a mandatory explicitly tagged field {@code [number]} holding exactly one element.
   *
   * @param number the context tag number
   * @param reader reads the field's element
   * @param <T> the value type
   * @return the value
   * @throws DerException when the field is missing, holds more than one element, or is malformed
   */
  public <T> T readField(int number, ElementReader<T> reader) throws DerException {
    DerReader field = readExplicit(number);
    T value = reader.read(field);
    field.end();
    return value;
  }

  /**
   * Reads an optional explicitly tagged field {@code [number]} holding exactly one element.
   *
   * @param number the context tag number
   * @param reader reads the field's element
   * @param <T> the value type
   * @return the value, or null when the field is absent
   * @throws DerException when the field holds more than one element or is malformed
   */
  public <T> @Nullable T readOptionalField(int number, ElementReader<T> reader)
      throws DerException {
    DerReader field = readOptionalExplicit(number);
    if (field == null) {
      return null;
    }
    T value = reader.read(field);
    field.end();
    return value;
  }

  // ---------------------------------------------------------------- internals

  private DerReader child(int len) throws DerException {
    if (depth >= MAX_DEPTH) {
      throw error(Reason.TOO_DEEP, "nesting deeper than " + MAX_DEPTH);
    }
    DerReader c = new DerReader(buf, pos, pos + len, depth + 1);
    pos += len;
    return c;
  }

  /** Reads a header, requires {@code tag}, returns the content length; pos at the content. */
  private int expect(int tag) throws DerException {
    int at = pos;
    int actual = readTag();
    if (actual != tag) {
      throw new DerException(Reason.UNEXPECTED_TAG, at,
          "expected " + DerTag.toString(tag) + ", found " + DerTag.toString(actual));
    }
    return readLength();
  }

  private int readTag() throws DerException {
    if (pos >= end) {
      throw error(Reason.TRUNCATED, "expected an element");
    }
    int at = pos;
    int b = buf[pos++] & 0xff;
    int tagClass = b >>> 6;
    boolean constructed = (b & 0x20) != 0;
    int number = b & 0x1f;
    if (number == 0x1f) {
      number = 0;
      boolean first = true;
      int c;
      do {
        if (pos >= end) {
          throw new DerException(Reason.TRUNCATED, at, "tag number ends early");
        }
        c = buf[pos++] & 0xff;
        if (first && c == 0x80) {
          throw new DerException(Reason.BAD_TAG, at, "tag number with leading zero bits");
        }
        first = false;
        number = (number << 7) | (c & 0x7f);
        if (number > DerTag.MAX_NUMBER) {
          throw new DerException(Reason.BAD_TAG, at, "tag number too large");
        }
      } while ((c & 0x80) != 0);
      if (number < 31) {
        throw new DerException(Reason.BAD_TAG, at, "tag number " + number + " in high form");
      }
    }
    return DerTag.of(tagClass, constructed, number);
  }

  private int readLength() throws DerException {
    if (pos >= end) {
      throw error(Reason.TRUNCATED, "expected a length");
    }
    int at = pos;
    int b = buf[pos++] & 0xff;
    int len;
    if (b < 0x80) {
      len = b;
    } else if (b == 0x80) {
      throw new DerException(Reason.BAD_LENGTH, at, "indefinite length");
    } else {
      int n = b & 0x7f;
      if (n > 4) {
        throw new DerException(Reason.BAD_LENGTH, at, n + " length octets");
      }
      if (n > end - pos) {
        throw new DerException(Reason.TRUNCATED, at, "length octets end early");
      }
      if (buf[pos] == 0) {
        throw new DerException(Reason.BAD_LENGTH, at, "non-minimal length (leading zero)");
      }
      long v = 0;
      for (int i = 0; i < n; i++) {
        v = (v << 8) | (buf[pos++] & 0xff);
      }
      if (v < 0x80) {
        throw new DerException(Reason.BAD_LENGTH, at, "non-minimal length " + v);
      }
      if (v > end - pos) {
        throw new DerException(Reason.TRUNCATED, at,
            "length " + v + " exceeds the " + (end - pos) + " bytes that remain");
      }
      len = (int) v;
    }
    if (len > end - pos) {
      throw new DerException(Reason.TRUNCATED, at,
          "length " + len + " exceeds the " + (end - pos) + " bytes that remain");
    }
    return len;
  }

  private long readIntegerValue(int tag) throws DerException {
    int at = pos;
    int len = expect(tag);
    if (len == 0) {
      throw new DerException(Reason.BAD_INTEGER, at, "empty INTEGER");
    }
    if (len > 1) {
      int b0 = buf[pos] & 0xff;
      int b1 = buf[pos + 1] & 0x80;
      if ((b0 == 0x00 && b1 == 0) || (b0 == 0xff && b1 != 0)) {
        throw new DerException(Reason.BAD_INTEGER, at, "non-minimal INTEGER");
      }
    }
    if (len > 8) {
      throw new DerException(Reason.BAD_INTEGER, at, "INTEGER of " + len + " bytes out of range");
    }
    long v = buf[pos]; // sign-extended first byte
    for (int i = 1; i < len; i++) {
      v = (v << 8) | (buf[pos + i] & 0xff);
    }
    pos += len;
    return v;
  }

  private int checkBitString(int len, int at) throws DerException {
    if (len < 1) {
      throw new DerException(Reason.BAD_BIT_STRING, at, "BIT STRING without unused-bits octet");
    }
    int unused = buf[pos] & 0xff;
    if (unused > 7 || (len == 1 && unused != 0)) {
      throw new DerException(Reason.BAD_BIT_STRING, at, "bad unused-bits octet " + unused);
    }
    if (len > 1 && (buf[pos + len - 1] & ((1 << unused) - 1)) != 0) {
      throw new DerException(Reason.BAD_BIT_STRING, at, "unused bits are not zero");
    }
    return unused;
  }

  private String readUtf8(int tag, boolean lenient) throws DerException {
    int at = pos;
    int len = expect(tag);
    boolean ascii = true;
    for (int i = pos; i < pos + len; i++) {
      if (buf[i] < 0) {
        ascii = false;
        break;
      }
    }
    String s;
    if (ascii) {
      s = new String(buf, pos, len, StandardCharsets.US_ASCII);
    } else if (lenient) {
      s = new String(buf, pos, len, StandardCharsets.UTF_8);
    } else {
      try {
        s = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(buf, pos, len))
            .toString();
      } catch (CharacterCodingException e) {
        throw new DerException(Reason.BAD_STRING, at, "string is not valid UTF-8");
      }
    }
    pos += len;
    return s;
  }

  private int digits(int p, int n, int at) throws DerException {
    int v = 0;
    for (int i = 0; i < n; i++) {
      int c = buf[p + i];
      if (c < '0' || c > '9') {
        throw new DerException(Reason.BAD_TIME, at, "KerberosTime has a non-digit");
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private DerException error(Reason reason, String detail) {
    return new DerException(reason, pos, detail);
  }
}

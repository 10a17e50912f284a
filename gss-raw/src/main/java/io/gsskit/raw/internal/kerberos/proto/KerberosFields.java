package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerException.Reason;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerTag;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.asn1.Hex;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Field-level helpers shared by the message types: explicit-field writers, the pvno and
 * msg-type checks of RFC 4120 §5, application-tag framing, and byte-array copies. Stateless.
 */
final class KerberosFields {

  /** The Kerberos protocol version number (pvno, tkt-vno, authenticator-vno). */
  static final int PVNO = 5;

  private KerberosFields() {}

  // ---------------------------------------------------------------- reading

  /**
   * Opens {@code [APPLICATION tag] SEQUENCE}. Another application tag is reported as
   * {@link Reason#WRONG_MESSAGE_TYPE} (e.g. an AP-REP handed to the AP-REQ decoder).
   */
  static DerReader openApplication(DerReader r, int tag) throws DerException {
    if (r.hasRemaining()) {
      int actual = r.peekTag();
      if (DerTag.tagClass(actual) == DerTag.CLASS_APPLICATION
          && actual != DerTag.application(tag)) {
        throw new DerException(Reason.WRONG_MESSAGE_TYPE, r.offset(),
            "expected [APPLICATION " + tag + "], found " + DerTag.toString(actual));
      }
    }
    DerReader app = r.readApplication(tag);
    DerReader seq = app.readSequence();
    app.end();
    return seq;
  }

  /** Reads a pvno-like field that must be 5. */
  static void readVersion(DerReader seq, int field) throws DerException {
    int at = seq.offset();
    int v = seq.readField(field, DerReader::readInt32);
    if (v != PVNO) {
      throw new DerException(Reason.BAD_VERSION, at, "protocol version " + v + ", expected 5");
    }
  }

  /** Reads a msg-type field that must equal {@code expected}. */
  static void readMessageType(DerReader seq, int field, int expected) throws DerException {
    int at = seq.offset();
    int t = seq.readField(field, DerReader::readInt32);
    if (t != expected) {
      throw new DerException(Reason.WRONG_MESSAGE_TYPE, at,
          "msg-type " + t + ", expected " + expected);
    }
  }

  // ---------------------------------------------------------------- writing

  static void writeVersion(DerWriter w, int field) {
    writeInt(w, field, PVNO);
  }

  static void writeInt(DerWriter w, int field, long value) {
    w.beginExplicit(field).writeInteger(value).end();
  }

  static void writeOptionalInt(DerWriter w, int field, @Nullable Number value) {
    if (value != null) {
      writeInt(w, field, value.longValue());
    }
  }

  static void writeString(DerWriter w, int field, String value) {
    w.beginExplicit(field).writeKerberosString(value).end();
  }

  static void writeOptionalString(DerWriter w, int field, @Nullable String value) {
    if (value != null) {
      writeString(w, field, value);
    }
  }

  static void writeTime(DerWriter w, int field, Instant value) {
    w.beginExplicit(field).writeKerberosTime(value).end();
  }

  static void writeOptionalTime(DerWriter w, int field, @Nullable Instant value) {
    if (value != null) {
      writeTime(w, field, value);
    }
  }

  static void writeOctets(DerWriter w, int field, byte[] value) {
    w.beginExplicit(field).writeOctetString(value).end();
  }

  static void writeOptionalOctets(DerWriter w, int field, byte @Nullable [] value) {
    if (value != null) {
      writeOctets(w, field, value);
    }
  }

  static void writeFlags(DerWriter w, int field, int flags) {
    w.beginExplicit(field).writeKerberosFlags(flags).end();
  }

  static void writeField(DerWriter w, int field, DerEncodable value) {
    w.beginExplicit(field);
    value.writeTo(w);
    w.end();
  }

  static void writeOptionalField(DerWriter w, int field,
      @Nullable DerEncodable value) {
    if (value != null) {
      writeField(w, field, value);
    }
  }

  static void writeSequenceOf(DerWriter w, int field,
      Iterable<? extends DerEncodable> values) {
    w.beginExplicit(field).beginSequence();
    for (DerEncodable v : values) {
      v.writeTo(w);
    }
    w.end().end();
  }

  static void writeOptionalSequenceOf(DerWriter w, int field,
      @Nullable Iterable<? extends DerEncodable> values) {
    if (values != null) {
      writeSequenceOf(w, field, values);
    }
  }

  // ---------------------------------------------------------------- bytes

  static byte[] copy(byte[] b) {
    return b.clone();
  }

  static byte @Nullable [] copyOrNull(byte @Nullable [] b) {
    return b == null ? null : b.clone();
  }

  static String describe(byte @Nullable [] b) {
    if (b == null) {
      return "null";
    }
    return b.length <= 32 ? Hex.of(b)
        : Hex.of(Arrays.copyOf(b, 32)) + "…(" + b.length + " bytes)";
  }
}

package io.gsskit.raw.internal.kerberos.kdc;

import java.util.OptionalInt;

/**
 * Reads just the {@code error-code} of a KRB-ERROR, enough for the transport to see
 * KRB_ERR_RESPONSE_TOO_BIG (52) before the real message decoder exists on this path. Bounded: it
 * looks at the outer tag, the SEQUENCE and at most the first seven fields, checks every length
 * against the bytes that remain and allocates nothing. Anything unexpected yields empty.
 *
 * <pre>
 * KRB-ERROR ::= [APPLICATION 30] SEQUENCE {        -- RFC 4120 §5.9.1
 *   pvno [0] INTEGER, msg-type [1] INTEGER, ctime [2] KerberosTime OPTIONAL,
 *   cusec [3] Microseconds OPTIONAL, stime [4] KerberosTime, susec [5] Microseconds,
 *   error-code [6] Int32, ... }
 * </pre>
 *
 * <p>To be replaced by the project's DER decoder once the transport and the message types meet.
 */
final class KrbErrorCodeReader {

  /** [APPLICATION 30], constructed. */
  static final int KRB_ERROR_TAG = 0x7e;
  /** [APPLICATION 11] AS-REP, constructed. */
  static final int AS_REP_TAG = 0x6b;
  /** [APPLICATION 13] TGS-REP, constructed. */
  static final int TGS_REP_TAG = 0x6d;

  private static final int ERROR_CODE_FIELD = 0xa6;
  private static final int MAX_FIELDS = 7;

  private KrbErrorCodeReader() {}

  /**
   * @param msg a candidate KRB-ERROR
   * @return its error-code, or empty when {@code msg} is not a well-formed KRB-ERROR prefix
   */
  static OptionalInt errorCode(byte[] msg) {
    int[] pos = {0};
    if (msg.length < 2 || (msg[0] & 0xff) != KRB_ERROR_TAG) {
      return OptionalInt.empty();
    }
    pos[0] = 1;
    int outer = readLength(msg, pos, msg.length);
    if (outer < 0) {
      return OptionalInt.empty();
    }
    int end = pos[0] + outer;
    if (pos[0] >= end || (msg[pos[0]] & 0xff) != 0x30) {
      return OptionalInt.empty();
    }
    pos[0]++;
    int seqLen = readLength(msg, pos, end);
    if (seqLen < 0) {
      return OptionalInt.empty();
    }
    int seqEnd = pos[0] + seqLen;
    for (int field = 0; field < MAX_FIELDS && pos[0] < seqEnd; field++) {
      int tag = msg[pos[0]] & 0xff;
      pos[0]++;
      int len = readLength(msg, pos, seqEnd);
      if (len < 0) {
        return OptionalInt.empty();
      }
      if (tag == ERROR_CODE_FIELD) {
        return readInt32(msg, pos[0], pos[0] + len);
      }
      if (tag < 0xa0 || tag > ERROR_CODE_FIELD) {
        return OptionalInt.empty();
      }
      pos[0] += len;
    }
    return OptionalInt.empty();
  }

  /**
   * Reads a definite DER length at {@code pos[0]} and advances past it.
   *
   * @return the length, or -1 when malformed or longer than what remains before {@code limit}
   */
  private static int readLength(byte[] b, int[] pos, int limit) {
    if (pos[0] >= limit) {
      return -1;
    }
    int first = b[pos[0]++] & 0xff;
    int len;
    if (first < 0x80) {
      len = first;
    } else {
      int n = first & 0x7f;
      if (n == 0 || n > 3 || n > limit - pos[0]) {
        return -1;
      }
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (b[pos[0]++] & 0xff);
      }
    }
    if (len > limit - pos[0]) {
      return -1;
    }
    return len;
  }

  /** An INTEGER of 1..4 content bytes filling exactly [from, to). */
  private static OptionalInt readInt32(byte[] b, int from, int to) {
    int[] pos = {from};
    if (pos[0] >= to || (b[pos[0]] & 0xff) != 0x02) {
      return OptionalInt.empty();
    }
    pos[0]++;
    int len = readLength(b, pos, to);
    if (len < 1 || len > 4 || pos[0] + len != to) {
      return OptionalInt.empty();
    }
    int v = b[pos[0]]; // sign-extended first byte
    for (int i = 1; i < len; i++) {
      v = (v << 8) | (b[pos[0] + i] & 0xff);
    }
    return OptionalInt.of(v);
  }
}

package io.gsskit.raw.internal.kerberos.kdc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A tiny DER writer for building test messages by hand (X.690 §8, definite lengths). Test-only;
 * the product's codec lives in {@code internal.asn1}.
 */
final class TestDer {

  private TestDer() {}

  static byte[] tlv(int tag, byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      content.writeBytes(p);
    }
    byte[] c = content.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    writeLength(out, c.length);
    out.writeBytes(c);
    return out.toByteArray();
  }

  static void writeLength(ByteArrayOutputStream out, int len) {
    if (len < 0x80) {
      out.write(len);
    } else if (len < 0x100) {
      out.write(0x81);
      out.write(len);
    } else if (len < 0x10000) {
      out.write(0x82);
      out.write(len >> 8);
      out.write(len);
    } else {
      out.write(0x83);
      out.write(len >> 16);
      out.write(len >> 8);
      out.write(len);
    }
  }

  static byte[] seq(byte[]... parts) {
    return tlv(0x30, parts);
  }

  /** [n] EXPLICIT, constructed context tag. */
  static byte[] ctx(int n, byte[]... parts) {
    return tlv(0xa0 + n, parts);
  }

  static byte[] app(int n, byte[]... parts) {
    return tlv(0x60 + n, parts);
  }

  static byte[] integer(long v) {
    // minimal two's complement
    int len = 1;
    while (len < 8 && (v < -(1L << (8 * len - 1)) || v >= (1L << (8 * len - 1)))) {
      len++;
    }
    byte[] b = new byte[len];
    for (int i = 0; i < len; i++) {
      b[len - 1 - i] = (byte) (v >>> (8 * i));
    }
    return tlv(0x02, b);
  }

  static byte[] generalString(String s) {
    return tlv(0x1b, s.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] generalizedTime(String s) {
    return tlv(0x18, s.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] octets(byte[] b) {
    return tlv(0x04, b);
  }

  static byte[] bitString32(int bits) {
    return tlv(0x03, new byte[] {0, (byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits});
  }

  static byte[] principalName(int type, String... components) {
    byte[][] comps = new byte[components.length][];
    for (int i = 0; i < components.length; i++) {
      comps[i] = generalString(components[i]);
    }
    return seq(ctx(0, integer(type)), ctx(1, seq(comps)));
  }

  /**
   * A minimal AS-REQ (RFC 4120 §5.4.1) for {@code client@realm} asking for {@code
   * krbtgt/realm@realm}, with an optional PA-DATA of an unassigned type to make it larger.
   */
  static byte[] asReq(String client, String realm, int nonce, int paddingBytes) {
    byte[] body =
        seq(
            ctx(0, bitString32(0x40000000)), // forwardable (RFC 4120 §5.4.1 KDCOptions bit 1)
            ctx(1, principalName(1, client)),
            ctx(2, generalString(realm)),
            ctx(3, principalName(2, "krbtgt", realm)),
            ctx(5, generalizedTime("20370913024805Z")),
            ctx(7, integer(nonce)),
            ctx(8, seq(integer(18), integer(17))));
    byte[] kdcReq;
    if (paddingBytes > 0) {
      byte[] pad = new byte[paddingBytes];
      java.util.Arrays.fill(pad, (byte) 0x41);
      // PA-DATA padata-type 1234 is unassigned; KDCs ignore unknown padata
      byte[] padata = seq(seq(ctx(1, integer(1234)), ctx(2, octets(pad))));
      kdcReq = seq(ctx(1, integer(5)), ctx(2, integer(10)), ctx(3, padata), ctx(4, body));
    } else {
      kdcReq = seq(ctx(1, integer(5)), ctx(2, integer(10)), ctx(4, body));
    }
    return app(10, kdcReq);
  }

  /** A KRB-ERROR (RFC 4120 §5.9.1) with the given code, hand-built. */
  static byte[] krbError(int code, String realm, boolean withCtime) {
    byte[] ctime = withCtime ? concat(ctx(2, generalizedTime("20240101000000Z")), ctx(3, integer(5))) : new byte[0];
    return app(
        30,
        seq(
            ctx(0, integer(5)),
            ctx(1, integer(30)),
            ctime,
            ctx(4, generalizedTime("20240101000000Z")),
            ctx(5, integer(0)),
            ctx(6, integer(code)),
            ctx(9, generalString(realm)),
            ctx(10, principalName(2, "krbtgt", realm))));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}

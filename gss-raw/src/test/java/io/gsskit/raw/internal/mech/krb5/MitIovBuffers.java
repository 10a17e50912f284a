package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_DATA;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_HEADER;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_MIC_TOKEN;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_PADDING;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_STREAM;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_TRAILER;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.GssStatus;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.testsupport.MitGssPeer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * IOV buffer lists of the MIT interop tests, in GSSKit's form ({@link IovBuffer}) and in the
 * {@code bufs=} form of {@link MitGssPeer}'s {@code wrap_iov}/{@code unwrap_iov} requests
 * ({@code type:base64,...}, {@code -} empty, {@code alloc} for a buffer the library allocates).
 * Message layouts are strings: {@code D} DATA, {@code S} SIGN_ONLY, lower case empty.
 */
final class MitIovBuffers {

  private MitIovBuffers() {}

  /** One buffer of a layout; a null value means "allocate". */
  record Buf(int type, byte @Nullable [] value) {}

  /** @return random buffers for {@code layout}, each non-empty one of 1 to {@code maxLen} bytes */
  static List<Buf> message(String layout, Random r, int maxLen) {
    List<Buf> bufs = new ArrayList<>();
    for (char c : layout.toCharArray()) {
      byte[] v = new byte[Character.isUpperCase(c) ? 1 + r.nextInt(maxLen) : 0];
      r.nextBytes(v);
      bufs.add(new Buf(Character.toUpperCase(c) == 'D' ? GSS_IOV_BUFFER_TYPE_DATA
          : GSS_IOV_BUFFER_TYPE_SIGN_ONLY, v));
    }
    return bufs;
  }

  private static String name(int type) {
    return switch (type) {
      case GSS_IOV_BUFFER_TYPE_HEADER -> "header";
      case GSS_IOV_BUFFER_TYPE_DATA -> "data";
      case GSS_IOV_BUFFER_TYPE_SIGN_ONLY -> "sign_only";
      case GSS_IOV_BUFFER_TYPE_PADDING -> "padding";
      case GSS_IOV_BUFFER_TYPE_TRAILER -> "trailer";
      case GSS_IOV_BUFFER_TYPE_STREAM -> "stream";
      case GSS_IOV_BUFFER_TYPE_MIC_TOKEN -> "mic_token";
      default -> throw new IllegalArgumentException("type " + type);
    };
  }

  private static int type(String name) {
    return switch (name) {
      case "header" -> GSS_IOV_BUFFER_TYPE_HEADER;
      case "data" -> GSS_IOV_BUFFER_TYPE_DATA;
      case "sign_only" -> GSS_IOV_BUFFER_TYPE_SIGN_ONLY;
      case "padding" -> GSS_IOV_BUFFER_TYPE_PADDING;
      case "trailer" -> GSS_IOV_BUFFER_TYPE_TRAILER;
      case "stream" -> GSS_IOV_BUFFER_TYPE_STREAM;
      case "mic_token" -> GSS_IOV_BUFFER_TYPE_MIC_TOKEN;
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** @return {@code b} in base64, {@code -} when empty */
  static String b64(byte[] b) {
    return b.length == 0 ? "-" : Base64.getEncoder().encodeToString(b);
  }

  /** @return the script's {@code bufs=} value; a null value is "alloc" */
  static String bufs(List<Buf> bufs) {
    List<String> words = new ArrayList<>();
    for (Buf b : bufs) {
      words.add(name(b.type()) + ":" + (b.value() == null ? "alloc" : b64(b.value())));
    }
    return String.join(",", words);
  }

  /** @return the buffers of a {@code bufs=} value */
  static List<Buf> parse(String bufs) {
    List<Buf> out = new ArrayList<>();
    for (String w : bufs.split(",")) {
      int colon = w.indexOf(':');
      String v = w.substring(colon + 1);
      out.add(new Buf(type(w.substring(0, colon)),
          v.equals("-") ? new byte[0] : Base64.getDecoder().decode(v)));
    }
    return out;
  }

  /** @return the buffers of the peer's IOV answer {@code r} */
  static List<Buf> parse(MitGssPeer.Reply r) {
    return parse(r.fields().get("bufs"));
  }

  /** @return the values of the buffers of the peer's IOV answer {@code r}, in request order */
  static List<byte[]> valuesOf(MitGssPeer.Reply r) {
    List<byte[]> out = new ArrayList<>();
    for (Buf b : parse(r)) {
      out.add(b.value());
    }
    return out;
  }

  /** @return HEADER first, then the message, then PADDING and TRAILER if wanted */
  static List<Buf> framed(List<Buf> msg, boolean padding, boolean trailer) {
    List<Buf> b = new ArrayList<>();
    b.add(new Buf(GSS_IOV_BUFFER_TYPE_HEADER, null));
    b.addAll(msg);
    if (padding) {
      b.add(new Buf(GSS_IOV_BUFFER_TYPE_PADDING, null));
    }
    if (trailer) {
      b.add(new Buf(GSS_IOV_BUFFER_TYPE_TRAILER, null));
    }
    return b;
  }

  /** @return the token the wrapped buffers form: all but SIGN_ONLY, concatenated */
  static byte[] token(List<Buf> wrapped) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (Buf b : wrapped) {
      if (b.type() != GSS_IOV_BUFFER_TYPE_SIGN_ONLY) {
        o.write(b.value(), 0, b.value().length);
      }
    }
    return o.toByteArray();
  }

  /** @return GSSKit buffers for {@code bufs} (copies; null values with the ALLOCATE flag) */
  static IovBuffer[] iov(List<Buf> bufs) {
    IovBuffer[] iov = new IovBuffer[bufs.size()];
    for (int i = 0; i < iov.length; i++) {
      Buf b = bufs.get(i);
      iov[i] = b.value() == null ? new IovBuffer(b.type() | GSS_IOV_BUFFER_FLAG_ALLOCATE)
          : new IovBuffer(b.type(), b.value().clone());
    }
    return iov;
  }

  /** @return the types and current values of GSSKit buffers */
  static List<Buf> values(IovBuffer[] iov) {
    List<Buf> out = new ArrayList<>();
    for (IovBuffer b : iov) {
      out.add(new Buf(b.bufferType(), b.toByteArray()));
    }
    return out;
  }

  /** @return the DATA values of {@code bufs}, concatenated */
  static byte[] data(List<Buf> bufs) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (Buf b : bufs) {
      if (b.type() == GSS_IOV_BUFFER_TYPE_DATA) {
        o.write(b.value(), 0, b.value().length);
      }
    }
    return o.toByteArray();
  }

  /** @return a copy of {@code bufs} with a bit of the first non-empty SIGN_ONLY flipped, or null */
  static @Nullable List<Buf> tamperedSignOnly(List<Buf> bufs) {
    List<Buf> out = new ArrayList<>();
    boolean done = false;
    for (Buf b : bufs) {
      if (!done && b.type() == GSS_IOV_BUFFER_TYPE_SIGN_ONLY && b.value().length > 0) {
        byte[] v = b.value().clone();
        v[v.length / 2] ^= 0x10;
        out.add(new Buf(b.type(), v));
        done = true;
      } else {
        out.add(b);
      }
    }
    return done ? out : null;
  }

  /** @return {@code msg} with DATA replaced by one STREAM first and empty or "alloc" DATA */
  static List<Buf> streamLayout(List<Buf> msg, byte[] token, boolean allocData) {
    List<Buf> out = new ArrayList<>();
    out.add(new Buf(GSS_IOV_BUFFER_TYPE_STREAM, token));
    for (Buf b : msg) {
      out.add(b.type() == GSS_IOV_BUFFER_TYPE_DATA
          ? new Buf(GSS_IOV_BUFFER_TYPE_DATA, allocData ? null : new byte[0]) : b);
    }
    return out;
  }

  /**
   * MIT's {@code gss_unwrap_iov} on buffers GSSKit wrapped: with one bit of SIGN_ONLY data
   * flipped (when there is any) it fails with BAD_SIG; as wrapped it succeeds with the expected
   * protection and DATA.
   *
   * @param peer the MIT peer
   * @param id its context
   * @param wrapped GSSKit's wrapped buffers
   * @param sealed whether MIT must report confidentiality
   * @param expected the DATA MIT must return, concatenated
   * @param what the case, for the assertion messages
   */
  static void assertMitUnwrapsIov(MitGssPeer peer, String id, List<Buf> wrapped, boolean sealed,
      byte[] expected, String what) {
    List<Buf> bad = tamperedSignOnly(wrapped);
    if (bad != null) {
      MitGssPeer.Reply no = peer.call("unwrap_iov", "ctx", id, "bufs", bufs(bad));
      assertThat(no.ok()).as(what + ": " + no).isFalse();
      assertThat(no.major()).as(what + ": " + no).isEqualTo(GssStatus.GSS_S_BAD_SIG);
    }
    MitGssPeer.Reply u = peer.require("unwrap_iov", "ctx", id, "bufs", bufs(wrapped));
    assertThat(u.number("conf")).as(what).isEqualTo(sealed ? 1 : 0);
    assertThat(data(parse(u))).as(what).isEqualTo(expected);
  }

  /** @return how many DATA buffers {@code msg} has */
  static long dataCount(List<Buf> msg) {
    return msg.stream().filter(b -> b.type() == GSS_IOV_BUFFER_TYPE_DATA).count();
  }
}

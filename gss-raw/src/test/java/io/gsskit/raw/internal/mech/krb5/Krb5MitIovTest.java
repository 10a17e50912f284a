package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_FLAG_ALLOCATE;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_DATA;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_HEADER;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_PADDING;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_SIGN_ONLY;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_STREAM;
import static io.gsskit.raw.ext.Iov.GSS_IOV_BUFFER_TYPE_TRAILER;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.testsupport.MitGssPeer;
import io.gsskit.raw.testsupport.MitRealm;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IOV and AEAD wrap tokens with SIGN_ONLY (associated) data against MIT krb5's own
 * libgssapi_krb5 ({@link MitGssPeer}), the judge of the wire format: MIT {@code gss_wrap_iov}
 * → GSSKit {@code unwrapIov} (separate buffers and STREAM) and GSSKit {@code wrapIov} → MIT
 * {@code gss_unwrap_iov} (separate buffers and STREAM), with SIGN_ONLY before, after and between
 * DATA buffers, empty buffers, confidentiality on and off, with and without a TRAILER buffer;
 * plus {@code gss_wrap_aead}/{@code gss_unwrap_aead} both ways; and tampered SIGN_ONLY data
 * rejected by both sides.
 *
 * <p>One MIT realm serves all six enctypes: each service principal has a key of one enctype
 * only and the client's enctype list puts aes256-cts-hmac-sha1-96 (which MIT's KDC assumes every
 * service supports) last, so the session key — and with it the subkeys that protect the tokens — is of
 * the service's enctype; the test checks that through the SSPI session-key inquiry.
 */
class Krb5MitIovTest {

  /** Client preference order; see the class doc. */
  private static final List<String> ENCTYPES = List.of("camellia256-cts-cmac",
      "aes256-cts-hmac-sha384-192", "aes128-cts-hmac-sha256-128", "camellia128-cts-cmac",
      "aes128-cts-hmac-sha1-96", "aes256-cts-hmac-sha1-96");
  private static final Map<String, Integer> NUMBERS = Map.of("camellia256-cts-cmac", 26,
      "aes256-cts-hmac-sha384-192", 20, "aes128-cts-hmac-sha256-128", 19,
      "camellia128-cts-cmac", 25, "aes128-cts-hmac-sha1-96", 17, "aes256-cts-hmac-sha1-96", 18);
  private static final int FLAGS = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG
      | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_REPLAY_FLAG;
  /**
   * Layouts: D = DATA, S = SIGN_ONLY, lower case = empty. Without any DATA buffer MIT (and
   * GSSKit) do not encrypt.
   */
  private static final List<String> LAYOUTS = List.of("SD", "DS", "SDS", "DSD", "SDSDS", "D",
      "sD", "Ds", "dS", "SdS", "DDS", "sdS", "S", "SS", "d");
  private static final long SEED = Long.getLong("gsskit.seed", 4121L);

  private static MitRealm mit;
  private static MitGssPeer peer;
  private static Glue glue;
  private static CredHandle acceptor;

  static List<String> enctypes() {
    return ENCTYPES;
  }

  @BeforeAll
  static void start() throws Exception {
    mit = MitRealm.start("MIT.TEST", ENCTYPES);
    String alice = mit.addPrincipal("alice", "alice-pw");
    Path keytab = mit.workDir().resolve("services.keytab");
    for (String e : ENCTYPES) {
      String service = mit.addRandKeyPrincipal("host/" + host(e));
      mit.ktadd(keytab, service, e).requireSuccess();
    }
    Path ccache = mit.workDir().resolve("alice.ccache");
    mit.kinitPassword(alice, "alice-pw", "FILE:" + ccache);
    Map<String, String> env = new HashMap<>(mit.environment());
    env.put("KRB5CCNAME", "FILE:" + ccache);
    env.put("KRB5_KTNAME", "FILE:" + keytab);
    peer = MitGssPeer.start(env);
    env.put("KRB5RCACHETYPE", "memory");
    glue = Krb5Fixture.glue(new Krb5Settings(Environment.of(env, 1000, 1000, "tester"),
        Clock.systemUTC(), new SecureRandom(), Krb5Config.load(List.of(mit.krb5Conf()))));
    acceptor = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
  }

  @AfterAll
  static void stop() {
    if (peer != null) {
      peer.close();
    }
    if (mit != null) {
      mit.close();
    }
  }

  private static String host(String enctype) {
    return "e" + NUMBERS.get(enctype) + ".mit.test";
  }

  /** MIT initiator (peer context {@code id}) to GSSKit's acceptor; returns GSSKit's context. */
  private static ContextHandle establish(String id, String enctype) {
    byte[] target = MitGssPeer.utf8("host@" + host(enctype));
    MitGssPeer.Reply apReq = peer.require("init", "ctx", id, "name", target, "flags", FLAGS);
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref ctx = new ContextHandle.Ref();
    Buffer out = new Buffer();
    int major = glue.contexts.acceptSecContext(minor, ctx, acceptor, apReq.bytes("token"), null,
        null, null, out, null, null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(peer.require("init", "ctx", id, "name", target, "flags", FLAGS, "token",
        out.value()).number("complete")).isEqualTo(1);
    // The key protecting the tokens is of the service's enctype.
    BufferSet key = new BufferSet();
    major = glue.contexts.inquireSecContextByOid(minor, ctx.get(),
        Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, key);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    byte[] oid = key.get(1);
    assertThat(oid[oid.length - 1]).as("token key enctype").isEqualTo(
        (byte) (int) NUMBERS.get(enctype));
    return ctx.get();
  }

  /** One buffer of a layout. */
  private record Buf(int type, byte[] value) {}

  private static List<Buf> message(String layout, Random r) {
    List<Buf> bufs = new ArrayList<>();
    for (char c : layout.toCharArray()) {
      byte[] v = new byte[Character.isUpperCase(c) ? 1 + r.nextInt(40) : 0];
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
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** The script's {@code bufs=} value; a null value is "alloc". */
  private static String bufs(List<Buf> bufs) {
    List<String> words = new ArrayList<>();
    for (Buf b : bufs) {
      String v = b.value() == null ? "alloc" : b.value().length == 0 ? "-"
          : Base64.getEncoder().encodeToString(b.value());
      words.add(name(b.type()) + ":" + v);
    }
    return String.join(",", words);
  }

  private static List<Buf> parse(String bufs) {
    List<Buf> out = new ArrayList<>();
    for (String w : bufs.split(",")) {
      int colon = w.indexOf(':');
      String v = w.substring(colon + 1);
      out.add(new Buf(type(w.substring(0, colon)),
          v.equals("-") ? new byte[0] : Base64.getDecoder().decode(v)));
    }
    return out;
  }

  /** The layout framed for wrapping: HEADER first, PADDING and TRAILER last if wanted. */
  private static List<Buf> framed(List<Buf> msg, boolean trailer) {
    List<Buf> b = new ArrayList<>();
    b.add(new Buf(GSS_IOV_BUFFER_TYPE_HEADER, null));
    b.addAll(msg);
    if (trailer) {
      b.add(new Buf(GSS_IOV_BUFFER_TYPE_PADDING, null));
      b.add(new Buf(GSS_IOV_BUFFER_TYPE_TRAILER, null));
    }
    return b;
  }

  private static byte[] token(List<Buf> wrapped) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (Buf b : wrapped) {
      if (b.type() != GSS_IOV_BUFFER_TYPE_SIGN_ONLY) {
        o.write(b.value(), 0, b.value().length);
      }
    }
    return o.toByteArray();
  }

  private static IovBuffer[] iov(List<Buf> bufs) {
    IovBuffer[] iov = new IovBuffer[bufs.size()];
    for (int i = 0; i < iov.length; i++) {
      Buf b = bufs.get(i);
      iov[i] = b.value() == null ? new IovBuffer(b.type() | GSS_IOV_BUFFER_FLAG_ALLOCATE)
          : new IovBuffer(b.type(), b.value().clone());
    }
    return iov;
  }

  private static List<Buf> values(IovBuffer[] iov) {
    List<Buf> out = new ArrayList<>();
    for (IovBuffer b : iov) {
      out.add(new Buf(b.bufferType(), b.toByteArray()));
    }
    return out;
  }

  /** The DATA values of {@code bufs}, concatenated. */
  private static byte[] data(List<Buf> bufs) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    for (Buf b : bufs) {
      if (b.type() == GSS_IOV_BUFFER_TYPE_DATA) {
        o.write(b.value(), 0, b.value().length);
      }
    }
    return o.toByteArray();
  }

  /** A copy of {@code bufs} with one bit of the first non-empty SIGN_ONLY flipped, or null. */
  private static List<Buf> tamperedSignOnly(List<Buf> bufs) {
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

  /** {@code msg} with DATA replaced by one STREAM + one DATA at the first DATA position. */
  private static List<Buf> streamLayout(List<Buf> msg, byte[] token, boolean allocData) {
    List<Buf> out = new ArrayList<>();
    out.add(new Buf(GSS_IOV_BUFFER_TYPE_STREAM, token));
    for (Buf b : msg) {
      if (b.type() == GSS_IOV_BUFFER_TYPE_DATA) {
        out.add(new Buf(GSS_IOV_BUFFER_TYPE_DATA, allocData ? null : new byte[0]));
      } else {
        out.add(b);
      }
    }
    return out;
  }

  private static long dataCount(List<Buf> msg) {
    return msg.stream().filter(b -> b.type() == GSS_IOV_BUFFER_TYPE_DATA).count();
  }

  private static int unwrapIov(ContextHandle ctx, IovBuffer[] iov, BooleanHolder cs) {
    MinorStatus minor = new MinorStatus();
    return glue.messages.unwrapIov(minor, ctx, cs, new IntHolder(), iov);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enctypes")
  void mitWrapIovToGsskitUnwrapIov(String enctype) {
    String id = "m2g-" + enctype;
    ContextHandle ctx = establish(id, enctype);
    Random r = new Random(SEED + enctype.hashCode());
    for (String layout : LAYOUTS) {
      for (boolean conf : new boolean[] {true, false}) {
        for (boolean trailer : new boolean[] {true, false}) {
          String what = enctype + " " + layout + " conf " + conf + " trailer " + trailer;
          List<Buf> msg = message(layout, r);
          boolean sealed = conf && dataCount(msg) > 0;
          MitGssPeer.Reply w = peer.require("wrap_iov", "ctx", id, "conf", conf ? 1 : 0, "bufs",
              bufs(framed(msg, trailer)));
          assertThat(w.number("conf")).as(what).isEqualTo(sealed ? 1 : 0);
          List<Buf> wrapped = parse(w.fields().get("bufs"));
          // tampered SIGN_ONLY: BAD_SIG, DATA untouched, and the token still unwraps afterwards
          List<Buf> bad = tamperedSignOnly(wrapped);
          if (bad != null) {
            IovBuffer[] iov = iov(bad);
            assertThat(unwrapIov(ctx, iov, new BooleanHolder())).as(what)
                .isEqualTo(GssStatus.GSS_S_BAD_SIG);
            assertThat(data(values(iov))).as(what).isEqualTo(data(wrapped));
          }
          IovBuffer[] iov = iov(wrapped);
          BooleanHolder cs = new BooleanHolder();
          assertThat(unwrapIov(ctx, iov, cs)).as(what).isEqualTo(GssStatus.GSS_S_COMPLETE);
          assertThat(cs.get()).as(what).isEqualTo(sealed);
          assertThat(data(values(iov))).as(what).isEqualTo(data(msg));
          if (dataCount(msg) == 1) {
            // the same layout as one STREAM: a second MIT token (replay detection is on)
            List<Buf> again = parse(peer.require("wrap_iov", "ctx", id, "conf", conf ? 1 : 0,
                "bufs", bufs(framed(msg, trailer))).fields().get("bufs"));
            IovBuffer[] s = iov(streamLayout(msg, token(again), false));
            assertThat(unwrapIov(ctx, s, cs)).as(what + " stream")
                .isEqualTo(GssStatus.GSS_S_COMPLETE);
            assertThat(data(values(s))).as(what + " stream").isEqualTo(data(msg));
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enctypes")
  void gsskitWrapIovToMitUnwrapIov(String enctype) {
    String id = "g2m-" + enctype;
    ContextHandle ctx = establish(id, enctype);
    Random r = new Random(SEED + 1 + enctype.hashCode());
    for (String layout : LAYOUTS) {
      for (boolean conf : new boolean[] {true, false}) {
        for (boolean trailer : new boolean[] {true, false}) {
          String what = enctype + " " + layout + " conf " + conf + " trailer " + trailer;
          List<Buf> msg = message(layout, r);
          IovBuffer[] iov = iov(framed(msg, trailer));
          MinorStatus minor = new MinorStatus();
          BooleanHolder cs = new BooleanHolder();
          int major = glue.messages.wrapIov(minor, ctx, conf, 0, cs, iov);
          assertThat(major).as(what + ": " + glue.status.describe(major, minor))
              .isEqualTo(GssStatus.GSS_S_COMPLETE);
          boolean sealed = conf && dataCount(msg) > 0;
          assertThat(cs.get()).as(what).isEqualTo(sealed);
          List<Buf> wrapped = values(iov);
          List<Buf> bad = tamperedSignOnly(wrapped);
          if (bad != null) {
            MitGssPeer.Reply no = peer.call("unwrap_iov", "ctx", id, "bufs", bufs(bad));
            assertThat(no.ok()).as(what + ": " + no).isFalse();
            assertThat(no.major()).as(what + ": " + no).isEqualTo(GssStatus.GSS_S_BAD_SIG);
          }
          MitGssPeer.Reply u = peer.require("unwrap_iov", "ctx", id, "bufs", bufs(wrapped));
          assertThat(u.number("conf")).as(what).isEqualTo(sealed ? 1 : 0);
          assertThat(data(parse(u.fields().get("bufs")))).as(what).isEqualTo(data(msg));
          if (dataCount(msg) == 1) {
            IovBuffer[] again = iov(framed(msg, trailer));
            assertThat(glue.messages.wrapIov(minor, ctx, conf, 0, cs, again)).as(what)
                .isEqualTo(GssStatus.GSS_S_COMPLETE);
            MitGssPeer.Reply s = peer.require("unwrap_iov", "ctx", id, "bufs",
                bufs(streamLayout(msg, token(values(again)), true)));
            List<Buf> got = parse(s.fields().get("bufs"));
            assertThat(data(got)).as(what + " stream").isEqualTo(data(msg));
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enctypes")
  void aeadBothWays(String enctype) {
    String id = "aead-" + enctype;
    ContextHandle ctx = establish(id, enctype);
    Random r = new Random(SEED + 2 + enctype.hashCode());
    for (int assocLen : new int[] {-1, 0, 1, 16, 100}) {
      for (boolean conf : new boolean[] {true, false}) {
        String what = enctype + " assoc " + assocLen + " conf " + conf;
        byte[] msg = new byte[r.nextInt(200)];
        r.nextBytes(msg);
        byte[] assoc = assocLen < 0 ? null : new byte[assocLen];
        if (assoc != null) {
          r.nextBytes(assoc);
        }
        // MIT -> GSSKit
        List<Object> args = new ArrayList<>(List.of("ctx", id, "msg", msg, "conf", conf ? 1 : 0));
        if (assoc != null) {
          args.addAll(List.of("assoc", assoc));
        }
        MitGssPeer.Reply w = peer.require("wrap_aead", args.toArray());
        assertThat(w.number("conf")).as(what).isEqualTo(conf ? 1 : 0);
        MinorStatus minor = new MinorStatus();
        Buffer out = new Buffer();
        BooleanHolder cs = new BooleanHolder();
        if (assoc != null && assoc.length > 0) {
          byte[] wrong = assoc.clone();
          wrong[0] ^= 1;
          assertThat(glue.messages.unwrapAead(minor, ctx, w.bytes("token"), wrong, out, cs, null))
              .as(what).isEqualTo(GssStatus.GSS_S_BAD_SIG);
        }
        int major = glue.messages.unwrapAead(minor, ctx, w.bytes("token"), assoc, out, cs, null);
        assertThat(major).as(what + ": " + glue.status.describe(major, minor))
            .isEqualTo(GssStatus.GSS_S_COMPLETE);
        assertThat(out.value()).as(what).isEqualTo(msg);
        assertThat(cs.get()).as(what).isEqualTo(conf);
        // GSSKit -> MIT
        Buffer tok = new Buffer();
        major = glue.messages.wrapAead(minor, ctx, conf, 0, assoc, msg, cs, tok);
        assertThat(major).as(what + ": " + glue.status.describe(major, minor))
            .isEqualTo(GssStatus.GSS_S_COMPLETE);
        List<Object> uargs = new ArrayList<>(List.of("ctx", id, "token", tok.value()));
        if (assoc != null && assoc.length > 0) {
          byte[] wrong = assoc.clone();
          wrong[assoc.length - 1] ^= (byte) 0x80;
          List<Object> bad = new ArrayList<>(uargs);
          bad.addAll(List.of("assoc", wrong));
          MitGssPeer.Reply no = peer.call("unwrap_aead", bad.toArray());
          assertThat(no.ok()).as(what + ": " + no).isFalse();
          assertThat(no.major()).as(what + ": " + no).isEqualTo(GssStatus.GSS_S_BAD_SIG);
        }
        if (assoc != null) {
          uargs.addAll(List.of("assoc", assoc));
        }
        MitGssPeer.Reply u = peer.require("unwrap_aead", uargs.toArray());
        assertThat(u.bytes("msg")).as(what).isEqualTo(msg);
        assertThat(u.number("conf")).as(what).isEqualTo(conf ? 1 : 0);
      }
    }
  }
}

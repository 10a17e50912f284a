package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.testsupport.MitGssPeer;
import io.gsskit.raw.testsupport.MitPkinit;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Anonymous Kerberos (RFC 8062) with real anonymous tickets: an MIT KDC with anonymous PKINIT
 * ({@link MitPkinit}, {@code kinit -n}) and MIT's GSS library as the other peer
 * ({@link MitGssPeer}).
 *
 * <p>Facts measured on MIT krb5 1.20 (and read in its {@code init_sec_context.c} and
 * {@code accept_sec_context.c}): MIT's krb5 mechanism never returns {@code GSS_C_ANON_FLAG} —
 * the initiator masks it out of the request, the acceptor takes no such flag from the checksum —
 * but its acceptor reports the anonymous client {@code WELLKNOWN/ANONYMOUS@WELLKNOWN:ANONYMOUS}
 * with the name type {@code GSS_C_NT_ANONYMOUS}; asked for ANON with a named credential, its
 * initiator authenticates under that name (no error, no flag); {@code gss_acquire_cred} for the
 * anonymous name fails unless the ccache holds anonymous tickets. GSSKit reports the same names
 * and behaves the same, and in addition sets {@code GSS_C_ANON_FLAG} (RFC 2743 §1.2.5
 * {@code anon_state}) on both sides exactly when the client is the anonymous principal (the
 * initiator only when ANON was requested).
 */
class Krb5AnonymousMitTest {

  private static final String REALM = "ANON.TEST";
  private static final String ENCTYPE = "aes256-cts-hmac-sha1-96";
  private static final String TARGET = "host@server.anon.test";
  private static final String ANONYMOUS = "WELLKNOWN/ANONYMOUS@WELLKNOWN:ANONYMOUS";
  private static final int FLAGS = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_ANON_FLAG;

  static MitPkinit pkinit;
  static MitInterop fx;
  static Path anonCcache;
  static Path aliceCcache;

  @BeforeAll
  static void start() {
    pkinit = MitPkinit.create(REALM);
    fx = MitInterop.realm(ENCTYPE).named(REALM).krb5Conf(pkinit.krb5Conf())
        .kdcConf(pkinit.kdcConf()).service("host/server.anon.test").start();
    anonCcache = fx.realm().workDir().resolve("anon.ccache");
    pkinit.kinitAnonymous(fx.realm(), "FILE:" + anonCcache);
    aliceCcache = fx.ccache();
  }

  @AfterAll
  static void stop() {
    if (fx != null) {
      fx.close();
    }
    if (pkinit != null) {
      pkinit.close();
    }
  }

  /** The MIT environment with {@code ccache} as the default ccache. */
  private static Map<String, String> env(Path ccache) {
    Map<String, String> env = fx.peerEnv();
    env.put("KRB5CCNAME", "FILE:" + ccache);
    return env;
  }

  private static Glue glue(Path ccache) throws Exception {
    return fx.glue(env(ccache));
  }

  private record Accepted(int flags, String name, String nameType, byte[] token) {}

  private static Accepted gsskitAccept(Glue g, byte[] token) {
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref ctx = new ContextHandle.Ref();
    NameHandle.Ref src = new NameHandle.Ref();
    Buffer out = new Buffer();
    IntHolder flags = new IntHolder();
    int major = g.contexts.acceptSecContext(minor, ctx, Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT,
        Map.of()), token, null, src, null, out, flags, null, null);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    StringHolder text = new StringHolder();
    OidHolder type = new OidHolder();
    assertThat(g.names.displayName(minor, src.get(), text, type))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    return new Accepted(flags.get(), text.get(), type.get().toString(), out.value());
  }

  /** A GSSKit initiator's first step; returns the AP-REQ and the flags it reported. */
  private static byte[] gsskitInit(Glue g, CredHandle cred, ContextHandle.Ref ctx,
      IntHolder retFlags) {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    NameHandle target = Krb5Fixture.name(g, TARGET, Gss.GSS_C_NT_HOSTBASED_SERVICE);
    int major = g.contexts.initSecContext(minor, cred, ctx, target, Gss.GSS_MECH_KRB5, FLAGS, 0,
        null, null, null, out, retFlags, null);
    assertThat(major).as(g.status.describe(major, minor))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    return out.value();
  }

  private static void gsskitFinish(Glue g, CredHandle cred, ContextHandle.Ref ctx, byte[] apRep,
      IntHolder retFlags) {
    MinorStatus minor = new MinorStatus();
    NameHandle target = Krb5Fixture.name(g, TARGET, Gss.GSS_C_NT_HOSTBASED_SERVICE);
    int major = g.contexts.initSecContext(minor, cred, ctx, target, Gss.GSS_MECH_KRB5, FLAGS, 0,
        null, apRep, null, new Buffer(), retFlags, null);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
  }

  private static CredHandle acquire(Glue g, NameHandle name, int expected) {
    MinorStatus minor = new MinorStatus();
    CredHandle.Ref ref = new CredHandle.Ref();
    int major = g.creds.acquireCredFrom(minor, name, 0, null, Gss.GSS_C_INITIATE, Map.of(), ref,
        null, null);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(expected);
    return ref.get();
  }

  @Test
  void gsskitAnonymousInitiatorToGsskitAndMitAcceptors() throws Exception {
    Glue g = glue(anonCcache);
    NameHandle anon = Krb5Fixture.name(g, "", Gss.GSS_C_NT_ANONYMOUS);
    CredHandle cred = acquire(g, anon, GssStatus.GSS_S_COMPLETE);

    ContextHandle.Ref ictx = new ContextHandle.Ref();
    IntHolder iflags = new IntHolder();
    Accepted a = gsskitAccept(g, gsskitInit(g, cred, ictx, iflags));
    assertThat(a.name).isEqualTo(ANONYMOUS);
    assertThat(a.nameType).isEqualTo(Gss.GSS_C_NT_ANONYMOUS.toString());
    assertThat(a.flags & Gss.GSS_C_ANON_FLAG).isNotZero();
    gsskitFinish(g, cred, ictx, a.token, iflags);
    assertThat(iflags.get() & Gss.GSS_C_ANON_FLAG).isNotZero();

    try (MitGssPeer peer = MitGssPeer.start(env(anonCcache))) {
      ContextHandle.Ref jctx = new ContextHandle.Ref();
      MitGssPeer.Reply m = peer.require("accept", "ctx", "a", "token",
          gsskitInit(g, cred, jctx, new IntHolder()));
      assertThat(m.text("initiator")).isEqualTo(ANONYMOUS);
      assertThat(m.fields().get("initiator_type")).isEqualTo(Gss.GSS_C_NT_ANONYMOUS.toString());
      assertThat(m.number("flags") & Gss.GSS_C_ANON_FLAG).as("MIT 1.20 sets no ANON flag")
          .isZero();
      gsskitFinish(g, cred, jctx, m.bytes("token"), new IntHolder());
      // The anonymous ticket's flags carry the anonymous bit (RFC 8062 §4, bit 16), on MIT's
      // side as on ours.
      long tktFlags = peer.require("tkt_flags", "ctx", "a").number("flags");
      assertThat(tktFlags & 0x8000).isNotZero();
    }
  }

  @Test
  void mitAnonymousInitiatorToGsskitAcceptor() throws Exception {
    Glue g = glue(anonCcache);
    try (MitGssPeer peer = MitGssPeer.start(env(anonCcache))) {
      MitGssPeer.Reply t = peer.require("init", "ctx", "i", "name", MitGssPeer.utf8(TARGET),
          "flags", FLAGS);
      assertThat(t.number("flags") & Gss.GSS_C_ANON_FLAG).as("MIT 1.20 masks ANON out")
          .isZero();
      Accepted a = gsskitAccept(g, t.bytes("token"));
      assertThat(a.name).isEqualTo(ANONYMOUS);
      assertThat(a.nameType).isEqualTo(Gss.GSS_C_NT_ANONYMOUS.toString());
      assertThat(a.flags & Gss.GSS_C_ANON_FLAG).isNotZero();
      assertThat(peer.require("init", "ctx", "i", "name", MitGssPeer.utf8(TARGET), "flags",
          FLAGS, "token", a.token).number("complete")).isEqualTo(1);
    }
  }

  @Test
  void anonWithANamedCredentialAuthenticatesUnderTheNameAsMit() throws Exception {
    Glue g = glue(aliceCcache);
    // The anonymous name does not select alice's ccache (MIT: "Can't find client principal
    // WELLKNOWN/ANONYMOUS@WELLKNOWN:ANONYMOUS in cache collection").
    acquire(g, Krb5Fixture.name(g, "", Gss.GSS_C_NT_ANONYMOUS), GssStatus.GSS_S_NO_CRED);
    CredHandle cred = Krb5Fixture.cred(g, Gss.GSS_C_INITIATE, Map.of());
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    IntHolder iflags = new IntHolder();
    Accepted a = gsskitAccept(g, gsskitInit(g, cred, ictx, iflags));
    assertThat(a.name).isEqualTo("alice@" + REALM);
    assertThat(a.flags & Gss.GSS_C_ANON_FLAG).isZero();
    assertThat(iflags.get() & Gss.GSS_C_ANON_FLAG).isZero();
    try (MitGssPeer peer = MitGssPeer.start(env(aliceCcache))) {
      MitGssPeer.Reply t = peer.require("init", "ctx", "i", "name", MitGssPeer.utf8(TARGET),
          "flags", FLAGS);
      assertThat(t.number("flags") & Gss.GSS_C_ANON_FLAG).isZero();
      Accepted m = gsskitAccept(g, t.bytes("token"));
      assertThat(m.name).isEqualTo("alice@" + REALM);
      assertThat(m.flags & Gss.GSS_C_ANON_FLAG).isZero();
      MitGssPeer.Reply fail = peer.call("acquire", "cred", "x", "usage", "initiate", "name",
          MitGssPeer.utf8(""), "name_type", "anonymous");
      assertThat(fail.ok()).isFalse();
      assertThat(fail.major()).isEqualTo(GssStatus.GSS_S_NO_CRED);
    }
  }
}

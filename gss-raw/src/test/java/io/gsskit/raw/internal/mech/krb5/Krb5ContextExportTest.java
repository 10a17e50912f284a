package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationDataEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code gss_export_sec_context} / {@code gss_import_sec_context} for krb5: an exported context
 * continues in a fresh mechglue ("another process") with its keys and sequence state, and hostile
 * import tokens only ever give {@code GSS_S_DEFECTIVE_TOKEN}.
 */
class Krb5ContextExportTest {

  static Krb5Fixture fx;
  static Glue glue;

  @BeforeAll
  static void start() throws Exception {
    fx = new Krb5Fixture();
    glue = fx.glue();
  }

  @AfterAll
  static void stop() throws Exception {
    fx.close();
  }

  private static byte[] export(Glue g, ContextHandle c) {
    ContextHandle.Ref ref = ContextHandle.Ref.of(c);
    MinorStatus minor = new MinorStatus();
    Buffer tok = new Buffer();
    int major = g.contexts.exportSecContext(minor, ref, tok);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(ref.get()).isNull();
    return tok.value();
  }

  private static ContextHandle importCtx(Glue g, byte[] token) {
    ContextHandle.Ref ref = new ContextHandle.Ref();
    MinorStatus minor = new MinorStatus();
    int major = g.contexts.importSecContext(minor, token, ref);
    assertThat(major).as(g.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return ref.get();
  }

  @Test
  void exportedContextsContinueInAFreshMechglueBothWays() throws Exception {
    Krb5MessagesTest.Pair p = Krb5MessagesTest.establish(glue, fx.service, Krb5MessagesTest.ALL);
    byte[] msg = "before export".getBytes(StandardCharsets.UTF_8);
    byte[] oldFromInit = null;
    for (int i = 0; i < 5; i++) {
      oldFromInit = Krb5MessagesTest.wrap(glue, p.init(), true, msg);
      Krb5MessagesTest.unwrap(glue, p.acc(), oldFromInit, true);
      Krb5MessagesTest.unwrap(glue, p.init(), Krb5MessagesTest.wrap(glue, p.acc(), false, msg),
          false);
    }
    byte[] ti = export(glue, p.init());
    byte[] ta = export(glue, p.acc());
    // the exported handles are gone
    assertThat(GssStatus.routineError(glue.messages.wrap(new MinorStatus(), p.init(), true, 0,
        msg, null, new Buffer()))).isEqualTo(GssStatus.GSS_S_NO_CONTEXT);

    Glue other = Krb5Fixture.glue(fx.settings(fx.env(), Clock.systemUTC()));
    ContextHandle ii = importCtx(other, ti);
    ContextHandle aa = importCtx(other, ta);
    byte[] after = "after import".getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 3; i++) {
      assertThat(Krb5MessagesTest.unwrap(other, aa, Krb5MessagesTest.wrap(other, ii, true, after),
          true)).isEqualTo(after);
      assertThat(Krb5MessagesTest.unwrap(other, ii, Krb5MessagesTest.wrap(other, aa, true, after),
          true)).isEqualTo(after);
      MinorStatus minor = new MinorStatus();
      assertThat(Krb5MessagesTest.verify(other, ii, after, Krb5MessagesTest.mic(other, aa, after),
          minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    }
    // the receive window survived: the last pre-export token is a duplicate
    MinorStatus minor = new MinorStatus();
    int major = other.messages.unwrap(minor, aa, oldFromInit, new Buffer(), new BooleanHolder(),
        new IntHolder());
    assertThat(major & (GssStatus.GSS_S_DUPLICATE_TOKEN | GssStatus.GSS_S_OLD_TOKEN)).isNotZero();

    // names, role, flags
    NameHandle.Ref src = new NameHandle.Ref();
    NameHandle.Ref targ = new NameHandle.Ref();
    IntHolder flags = new IntHolder();
    BooleanHolder local = new BooleanHolder();
    BooleanHolder open = new BooleanHolder();
    assertThat(other.contexts.inquireContext(minor, ii, src, targ, new IntHolder(),
        new OidHolder(), flags, local, open)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    StringHolder s = new StringHolder();
    other.names.displayName(minor, src.get(), s, new OidHolder());
    assertThat(s.get()).isEqualTo(fx.alice);
    other.names.displayName(minor, targ.get(), s, new OidHolder());
    assertThat(s.get()).isEqualTo(fx.service);
    assertThat(local.get()).isTrue();
    assertThat(open.get()).isTrue();
    assertThat(flags.get() & Krb5MessagesTest.ALL).isEqualTo(Krb5MessagesTest.ALL);
  }

  @Test
  void incompleteContextsAreNotExported() {
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    ContextHandle.Ref half = new ContextHandle.Ref();
    Krb5Fixture.init(glue, half, target, Gss.GSS_C_MUTUAL_FLAG, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    MinorStatus minor = new MinorStatus();
    int major = glue.contexts.exportSecContext(minor, half, new Buffer());
    assertThat(GssStatus.isError(major)).isTrue();
    assertThat(half.get()).isNotNull();
  }

  /** The mechanism's own token (without the mechglue header) of an established acceptor. */
  private static byte[] mechToken(Krb5Mechanism mech) {
    Krb5MessagesTest.Pair p = Krb5MessagesTest.establish(glue, fx.service, Krb5MessagesTest.ALL);
    byte[] glueToken = export(glue, p.acc());
    Holder<MechContext> h = new Holder<>();
    byte[] bare = bareFrom(glueToken);
    assertThat(mech.importSecContext(new MinorStatus(), bare, h))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    return bare;
  }

  /** Strips the mechglue header: 4-byte OID length, OID, then the mechanism token. */
  private static byte[] bareFrom(byte[] glueToken) {
    int oidLen = ((glueToken[0] & 0xFF) << 24) | ((glueToken[1] & 0xFF) << 16)
        | ((glueToken[2] & 0xFF) << 8) | (glueToken[3] & 0xFF);
    return Arrays.copyOfRange(glueToken, 4 + oidLen, glueToken.length);
  }

  private static void assertDefined(Krb5Mechanism mech, byte[] token, String what) {
    MinorStatus minor = new MinorStatus();
    Holder<MechContext> h = new Holder<>();
    int major;
    try {
      major = mech.importSecContext(minor, token, h);
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": import threw " + e, e);
    }
    assertThat(major).as(what).isIn(GssStatus.GSS_S_COMPLETE, GssStatus.GSS_S_DEFECTIVE_TOKEN);
    if (major == GssStatus.GSS_S_COMPLETE) {
      assertThat(h.get()).as(what).isNotNull();
      // an imported context never throws on use either
      Buffer out = new Buffer();
      int m = mech.wrap(new MinorStatus(), h.get(), true, 0, new byte[5], new BooleanHolder(),
          out);
      assertThat(GssStatus.isError(m) && GssStatus.routineError(m) != GssStatus.GSS_S_FAILURE
          && GssStatus.routineError(m) != GssStatus.GSS_S_CONTEXT_EXPIRED
          && GssStatus.routineError(m) != GssStatus.GSS_S_NO_CONTEXT).as(what).isFalse();
      h.get().release();
    } else {
      assertThat(h.get()).as(what).isNull();
    }
  }

  @Test
  void hostileImportTokensGiveOnlyDefinedStatuses() throws Exception {
    Krb5Mechanism mech = new Krb5Mechanism(fx.settings(fx.env(), Clock.systemUTC()));
    byte[] good = mechToken(mech);
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    String s = " (seed " + seed + ")";
    for (int i = 0; i < good.length; i++) {
      assertDefined(mech, Arrays.copyOf(good, i), "truncated at " + i + s);
      byte[] flip = good.clone();
      flip[i] ^= (byte) (1 << rnd.nextInt(8));
      assertDefined(mech, flip, "bit flip at " + i + s);
      byte[] ff = good.clone();
      ff[i] = (byte) 0xFF;
      assertDefined(mech, ff, "0xFF at " + i + s);
    }
    byte[] trailing = Arrays.copyOf(good, good.length + 1);
    MinorStatus minor = new MinorStatus();
    assertThat(mech.importSecContext(minor, trailing, new Holder<>()))
        .isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    assertThat(Krb5Minor.describe(minor.value())).contains("trailing");
    assertThat(mech.importSecContext(minor, new byte[Krb5ContextExport.MAX_TOKEN + 1],
        new Holder<>())).isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    for (int i = 0; i < 2000; i++) {
      byte[] r = new byte[rnd.nextInt(300)];
      rnd.nextBytes(r);
      if (r.length > 6 && rnd.nextBoolean()) {
        System.arraycopy(good, 0, r, 0, 6); // get past magic and version
      }
      assertDefined(mech, r, "random #" + i + s);
    }
  }

  /** An imported (open, with an engine) acceptor context to re-encode with chosen fields. */
  private static Krb5Context openAcceptor(Krb5Mechanism mech) {
    Holder<MechContext> h = new Holder<>();
    assertThat(mech.importSecContext(new MinorStatus(), mechToken(mech), h))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    return (Krb5Context) h.get();
  }

  private static final byte[] MARKER = {0x7A, 0x7A, 0x7A, 0x7A, 0, 0, 0, 3};

  private static List<AuthorizationDataEntry> sampleAuthz() {
    return List.of(new AuthorizationDataEntry(0x7A7A7A7A, new byte[] {1, 2, 3}),
        new AuthorizationDataEntry(1, new byte[] {0x30, 0x00}),
        new AuthorizationDataEntry(-17, new byte[0]),
        new AuthorizationDataEntry(128, new byte[300]));
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("marker not found");
  }

  @Test
  void version3CarriesAuthtimeAndAuthorizationData() throws Exception {
    Krb5Mechanism mech = new Krb5Mechanism(fx.settings(fx.env(), Clock.systemUTC()));
    Krb5Context ctx = openAcceptor(mech);
    ctx.authtime = Instant.ofEpochSecond(1_700_000_123L);
    ctx.authorizationData = sampleAuthz();
    byte[] token = Krb5ContextExport.encode(ctx);
    assertThat(token[4]).as("version").isEqualTo((byte) 3);
    assertThat(token[6]).as("phase: established").isZero();
    Krb5Context back = Krb5ContextExport.decode(token);
    assertThat(back.authtime()).isEqualTo(ctx.authtime());
    assertThat(back.authorizationData()).isEqualTo(ctx.authorizationData());
    assertThat(back.isOpen()).isTrue();
    back.release();
    // without authtime (never so for contexts established here, but the field is optional)
    ctx.authtime = null;
    ctx.authorizationData = List.of();
    back = Krb5ContextExport.decode(Krb5ContextExport.encode(ctx));
    assertThat(back.authtime()).isNull();
    assertThat(back.authorizationData()).isEmpty();
    back.release();
    ctx.release();
  }

  @Test
  void anEngineWhoseDceStyleDiffersFromTheContextIsRefused() throws Exception {
    Krb5Mechanism mech = new Krb5Mechanism(fx.settings(fx.env(), Clock.systemUTC()));
    Krb5Context ctx = openAcceptor(mech);
    try {
      assertThat(ctx.isDce()).isFalse();
      assertThat(ctx.protector().dceStyle()).isFalse();
      Krb5ContextExport.decode(Krb5ContextExport.encode(ctx)).release(); // control
      // the context now claims DCE style; its (non-DCE) engine is exported unchanged
      ctx.flags |= Gss.GSS_C_DCE_STYLE;
      byte[] crafted = Krb5ContextExport.encode(ctx);
      assertThatThrownBy(() -> Krb5ContextExport.decode(crafted))
          .isInstanceOf(Krb5ContextExport.Defect.class)
          .hasMessageContaining("does not match");
      MinorStatus minor = new MinorStatus();
      Holder<MechContext> h = new Holder<>();
      assertThat(mech.importSecContext(minor, crafted, h))
          .isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
      assertThat(h.get()).isNull();
    } finally {
      ctx.flags &= ~Gss.GSS_C_DCE_STYLE;
      ctx.release();
    }
  }

  @Test
  void hostileVersion3TokensWithAuthorizationDataGiveOnlyDefinedStatuses() throws Exception {
    Krb5Mechanism mech = new Krb5Mechanism(fx.settings(fx.env(), Clock.systemUTC()));
    Krb5Context ctx = openAcceptor(mech);
    ctx.authtime = Instant.ofEpochSecond(1_700_000_123L);
    ctx.authorizationData = sampleAuthz();
    byte[] good = Krb5ContextExport.encode(ctx);
    ctx.release();
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    String s = " (seed " + seed + ")";
    for (int i = 0; i < good.length; i++) {
      assertDefined(mech, Arrays.copyOf(good, i), "truncated at " + i + s);
      byte[] flip = good.clone();
      flip[i] ^= (byte) (1 << rnd.nextInt(8));
      assertDefined(mech, flip, "bit flip at " + i + s);
      byte[] ff = good.clone();
      ff[i] = (byte) 0xFF;
      assertDefined(mech, ff, "0xFF at " + i + s);
    }
    MinorStatus minor = new MinorStatus();
    assertThat(mech.importSecContext(minor, Arrays.copyOf(good, good.length + 1),
        new Holder<>())).isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    int entry = indexOf(good, MARKER); // the first element: count just before it
    int count = entry - 2;
    int presence = count - 9;
    assertThat(good[presence]).isEqualTo((byte) 1);
    for (int len : new int[] {-1, Integer.MAX_VALUE, Krb5ContextExport.MAX_AUTHZ_BYTES + 1,
        good.length, 0x10000 - 1}) {
      byte[] bad = good.clone();
      putInt(bad, entry + 4, len);
      assertThat(mech.importSecContext(minor, bad, new Holder<>())).as("length " + len)
          .isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    }
    for (int n : new int[] {Krb5ContextExport.MAX_AUTHZ_ELEMENTS + 1, 0xFFFF, 3}) {
      byte[] bad = good.clone();
      bad[count] = (byte) (n >>> 8);
      bad[count + 1] = (byte) n;
      assertThat(mech.importSecContext(minor, bad, new Holder<>())).as("count " + n)
          .isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    }
    byte[] bad = good.clone();
    bad[presence] = 2;
    assertThat(mech.importSecContext(minor, bad, new Holder<>()))
        .isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    bad = good.clone();
    bad[presence + 1] = (byte) 0x80; // negative authtime
    assertThat(mech.importSecContext(minor, bad, new Holder<>()))
        .isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    bad = good.clone();
    bad[6] = 1; // phase 1 on an acceptor
    assertThat(mech.importSecContext(minor, bad, new Holder<>()))
        .isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
  }

  @Test
  void authorizationDataBeyondTheCapsIsNotExported() throws Exception {
    Krb5Mechanism mech = new Krb5Mechanism(fx.settings(fx.env(), Clock.systemUTC()));
    // exactly at both caps: exported and imported intact
    Krb5Context ctx = openAcceptor(mech);
    int n = Krb5ContextExport.MAX_AUTHZ_ELEMENTS;
    List<AuthorizationDataEntry> atCap = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      atCap.add(new AuthorizationDataEntry(i, new byte[Krb5ContextExport.MAX_AUTHZ_BYTES / n]));
    }
    ctx.authorizationData = List.copyOf(atCap);
    Buffer tok = new Buffer();
    MinorStatus minor = new MinorStatus();
    assertThat(mech.exportSecContext(minor, ctx, tok)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(tok.value().length).isLessThanOrEqualTo(Krb5ContextExport.MAX_TOKEN);
    Holder<MechContext> h = new Holder<>();
    assertThat(mech.importSecContext(minor, tok.value(), h)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(((Krb5Context) h.get()).authorizationData()).isEqualTo(atCap);
    h.get().release();
    // one element or one byte more: GSS_S_UNAVAILABLE, the context stays usable
    List<List<AuthorizationDataEntry>> over = new ArrayList<>();
    List<AuthorizationDataEntry> tooMany = new ArrayList<>(atCap);
    tooMany.add(new AuthorizationDataEntry(7, new byte[0]));
    over.add(tooMany);
    List<AuthorizationDataEntry> tooLong = new ArrayList<>(atCap);
    tooLong.set(0, new AuthorizationDataEntry(0, new byte[Krb5ContextExport.MAX_AUTHZ_BYTES / n
        + 1]));
    over.add(tooLong);
    for (List<AuthorizationDataEntry> ad : over) {
      Krb5Context c = openAcceptor(mech);
      c.authorizationData = List.copyOf(ad);
      assertThat(mech.exportSecContext(minor, c, new Buffer()))
          .isEqualTo(GssStatus.GSS_S_UNAVAILABLE);
      assertThat(Krb5Minor.describe(minor.value())).contains("at most");
      assertThat(mech.wrap(new MinorStatus(), c, true, 0, new byte[3], new BooleanHolder(),
          new Buffer())).isEqualTo(GssStatus.GSS_S_COMPLETE);
      c.release();
    }
  }

  private static void putInt(byte[] b, int off, int v) {
    b[off] = (byte) (v >>> 24);
    b[off + 1] = (byte) (v >>> 16);
    b[off + 2] = (byte) (v >>> 8);
    b[off + 3] = (byte) v;
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Arrays;
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
}

package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.ChannelBindings;
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
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GSSKit initiator against GSSKit acceptor with tickets from the embedded Kerby KDC. */
class Krb5EstablishTest {

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

  private record Result(int major, MinorStatus minor, byte[] out, int flags, NameHandle src,
      ContextHandle ctx) {}

  private static Result accept(CredHandle cred, byte[] token, ChannelBindings cb) {
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref ctx = new ContextHandle.Ref();
    NameHandle.Ref src = new NameHandle.Ref();
    Buffer out = new Buffer();
    IntHolder flags = new IntHolder();
    int major = glue.contexts.acceptSecContext(minor, ctx, cred, token, cb, src, null, out,
        flags, null, null);
    return new Result(major, minor, out.value(), flags.get(), src.get(), ctx.get());
  }

  private static String display(NameHandle n) {
    StringHolder s = new StringHolder();
    glue.names.displayName(new MinorStatus(), n, s, new OidHolder());
    return s.get();
  }

  @Test
  void mutualAuthenticationWithHostbasedName() {
    NameHandle target = Krb5Fixture.name(glue, "HTTP@" + Krb5Fixture.HOST,
        Gss.GSS_C_NT_HOSTBASED_SERVICE);
    NameHandle.Ref mn = new NameHandle.Ref();
    assertThat(glue.names.canonicalizeName(new MinorStatus(), target, Gss.GSS_MECH_KRB5, mn))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(display(mn.get())).isEqualTo(fx.service);
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    int req = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_REPLAY_FLAG | Gss.GSS_C_SEQUENCE_FLAG;
    byte[] apReq = Krb5Fixture.init(glue, ictx, target, req, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    Result r = accept(acc, apReq, null);
    assertThat(r.major).as(glue.status.describe(r.major, r.minor))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(display(r.src)).isEqualTo(fx.alice);
    assertThat(r.flags & req).isEqualTo(req);
    assertThat(r.out).isNotEmpty();
    byte[] last = Krb5Fixture.init(glue, ictx, target, req, r.out, GssStatus.GSS_S_COMPLETE);
    assertThat(last).isEmpty();

    // inquire both sides
    for (ContextHandle c : new ContextHandle[] {ictx.get(), r.ctx}) {
      NameHandle.Ref s = new NameHandle.Ref();
      NameHandle.Ref t = new NameHandle.Ref();
      IntHolder life = new IntHolder();
      IntHolder fl = new IntHolder();
      BooleanHolder local = new BooleanHolder();
      BooleanHolder open = new BooleanHolder();
      OidHolder mech = new OidHolder();
      assertThat(glue.contexts.inquireContext(new MinorStatus(), c, s, t, life, mech, fl, local,
          open)).isEqualTo(GssStatus.GSS_S_COMPLETE);
      assertThat(display(s.get())).isEqualTo(fx.alice);
      assertThat(display(t.get())).isEqualTo(fx.service);
      assertThat(open.get()).isTrue();
      assertThat(local.get()).isEqualTo(c == ictx.get());
      assertThat(mech.get()).isEqualTo(Gss.GSS_MECH_KRB5);
      assertThat(life.get()).isPositive();
      assertThat(fl.get() & (Gss.GSS_C_PROT_READY_FLAG | Gss.GSS_C_TRANS_FLAG | req))
          .isEqualTo(Gss.GSS_C_PROT_READY_FLAG | Gss.GSS_C_TRANS_FLAG | req);
    }
    // both sides agree on the session key
    var ik = new io.gsskit.raw.BufferSet();
    var ak = new io.gsskit.raw.BufferSet();
    assertThat(glue.contexts.inquireSecContextByOid(new MinorStatus(), ictx.get(),
        io.gsskit.raw.ext.Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, ik))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(glue.contexts.inquireSecContextByOid(new MinorStatus(), r.ctx,
        io.gsskit.raw.ext.Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, ak))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(ik.get(0)).isEqualTo(ak.get(0));
    assertThat(ik.get(1)).isEqualTo(ak.get(1));
  }

  @Test
  void withoutMutualTheFirstTokenCompletesBothSides() {
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    byte[] apReq = Krb5Fixture.init(glue, ictx, target, Gss.GSS_C_CONF_FLAG, null,
        GssStatus.GSS_S_COMPLETE);
    Result r = accept(acc, apReq, null);
    assertThat(r.major).as(glue.status.describe(r.major, r.minor))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(r.out).isEmpty();
    assertThat(r.flags & Gss.GSS_C_MUTUAL_FLAG).isZero();
  }

  @Test
  void replayedApReqIsADuplicateWithAnErrorToken() {
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    byte[] apReq = Krb5Fixture.init(glue, new ContextHandle.Ref(), target, 0, null,
        GssStatus.GSS_S_COMPLETE);
    Result first = accept(acc, apReq, null);
    assertThat(first.major).as(glue.status.describe(first.major, first.minor))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    Result again = accept(acc, apReq, null);
    // RFC 2743 §2.2.2 / DESIGN §9: a fatal, bare DUPLICATE_TOKEN (as MIT), not FAILURE|DUPLICATE
    assertThat(again.major).isEqualTo(GssStatus.GSS_S_DUPLICATE_TOKEN);
    assertThat(again.minor.mechStatus())
        .isEqualTo(io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode.KRB_AP_ERR_REPEAT
            .mitCode());
    assertThat(glue.status.describe(again.major, again.minor)).contains("replayed");
    assertThat(again.out).isNotEmpty();
    assertThat(again.ctx).isNull();
  }

  @Test
  void initiatorTurnsAnErrorTokenIntoTheMinorStatus() {
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    byte[] apReq = Krb5Fixture.init(glue, ictx, target, Gss.GSS_C_MUTUAL_FLAG, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    assertThat(accept(acc, apReq, null).major).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Result again = accept(acc, apReq, null);
    MinorStatus minor = new MinorStatus();
    int major = glue.contexts.initSecContext(minor, null, ictx, target, Gss.GSS_MECH_KRB5,
        Gss.GSS_C_MUTUAL_FLAG, 0, null, again.out, null, new Buffer(), null, null);
    assertThat(major).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(minor.mechStatus())
        .isEqualTo(io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode.KRB_AP_ERR_REPEAT
            .mitCode());
    assertThat(glue.status.describe(major, minor)).contains("KRB_AP_ERR_REPEAT");
  }

  @Test
  void channelBindingsMatchMismatchAndAbsent() {
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    ChannelBindings cb = ChannelBindings.ofApplicationData(
        "tls-server-end-point:abc".getBytes(StandardCharsets.US_ASCII));
    ChannelBindings other = ChannelBindings.ofApplicationData(
        "tls-server-end-point:xyz".getBytes(StandardCharsets.US_ASCII));

    byte[] t1 = initWith(target, cb);
    Result ok = accept(acc, t1, cb);
    assertThat(ok.major).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(ok.flags & Gss.GSS_C_CHANNEL_BOUND_FLAG).isNotZero();

    Result bad = accept(acc, initWith(target, cb), other);
    assertThat(bad.major).isEqualTo(GssStatus.GSS_S_BAD_BINDINGS);
    assertThat(bad.out).isNotEmpty();

    // acceptor without bindings accepts any; initiator without bindings sends zeros
    assertThat(accept(acc, initWith(target, cb), null).major)
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    Result none = accept(acc, initWith(target, null), cb);
    assertThat(none.major).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(none.flags & Gss.GSS_C_CHANNEL_BOUND_FLAG).isZero();
  }

  private static byte[] initWith(NameHandle target, ChannelBindings cb) {
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    int major = glue.contexts.initSecContext(minor, null, new ContextHandle.Ref(), target,
        Gss.GSS_MECH_KRB5, 0, 0, cb, null, null, out, null, null);
    assertThat(major).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return out.value();
  }
}

package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.keytab.Keytabs;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptor failures: wrong kvno/enctype facts, clock skew both ways, hostile tokens. */
class Krb5AcceptorFailuresTest {

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

  private static byte[] apReq(Glue g, int flags, ContextHandle.Ref ctx) {
    NameHandle target = Krb5Fixture.name(g, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    return Krb5Fixture.init(g, ctx, target, flags, null,
        (flags & Gss.GSS_C_MUTUAL_FLAG) != 0 ? GssStatus.GSS_S_CONTINUE_NEEDED
            : GssStatus.GSS_S_COMPLETE);
  }

  private static int accept(Glue g, CredHandle cred, byte[] token, MinorStatus minor,
      Buffer out) {
    return g.contexts.acceptSecContext(minor, new ContextHandle.Ref(), cred, token, null, null,
        null, out, null, null, null);
  }

  @Test
  void wrongKvnoNamesBothVersions() throws Exception {
    // A keytab with the service key under kvno 7 instead of the real one.
    var real = Keytabs.resolve("FILE:" + fx.keytab).entries();
    var moved = Keytabs.resolve("FILE:" + fx.dir.resolve("kvno7.keytab"));
    for (var e : real) {
      moved.add(new io.gsskit.raw.internal.kerberos.keytab.KeytabEntry(e.principal(),
          e.timestamp(), 7, e.key()));
    }
    CredHandle cred = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT,
        Map.of("keytab", "FILE:" + fx.dir.resolve("kvno7.keytab")));
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    int major = accept(glue, cred, apReq(glue, 0, new ContextHandle.Ref()), minor, out);
    assertThat(major).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(minor.mechStatus()).isEqualTo(KerberosErrorCode.KRB_AP_ERR_BADKEYVER.mitCode());
    assertThat(glue.status.describe(major, minor)).contains("has kvno 7 for " + fx.service)
        .contains("ticket needs kvno " + real.get(0).kvno());
    assertThat(out.value()).isNotEmpty();
  }

  @Test
  void missingEnctypeNamesTheEnctypes() throws Exception {
    var real = Keytabs.resolve("FILE:" + fx.keytab).entries();
    var partial = Keytabs.resolve("FILE:" + fx.dir.resolve("aes128only.keytab"));
    for (var e : real) {
      if (e.enctype() == 17) {
        partial.add(e);
      }
    }
    CredHandle cred = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT,
        Map.of("keytab", "FILE:" + fx.dir.resolve("aes128only.keytab")));
    MinorStatus minor = new MinorStatus();
    int major = accept(glue, cred, apReq(glue, 0, new ContextHandle.Ref()), minor, new Buffer());
    assertThat(major).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(minor.mechStatus()).isEqualTo(KerberosErrorCode.KRB_AP_ERR_NOKEY.mitCode());
    assertThat(glue.status.describe(major, minor)).contains("has no aes256-cts-hmac-sha1-96 key")
        .contains("aes128-cts-hmac-sha1-96");
  }

  @Test
  void clockSkewGivesAnErrorTokenTheInitiatorUnderstands() throws Exception {
    // The initiator's clock is 10 minutes ahead of the acceptor's.
    Glue ahead = fx.glue(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    byte[] token = apReq(ahead, Gss.GSS_C_MUTUAL_FLAG, ictx);
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    int major = accept(glue, Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of()), token, minor,
        out);
    assertThat(major).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(minor.mechStatus()).isEqualTo(KerberosErrorCode.KRB_AP_ERR_SKEW.mitCode());
    assertThat(glue.status.describe(major, minor)).contains("Clock skew too great");
    MinorStatus im = new MinorStatus();
    NameHandle target = Krb5Fixture.name(ahead, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    int imajor = ahead.contexts.initSecContext(im, null, ictx, target, Gss.GSS_MECH_KRB5,
        Gss.GSS_C_MUTUAL_FLAG, 0, null, out.value(), null, new Buffer(), null, null);
    assertThat(imajor).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(im.mechStatus()).isEqualTo(KerberosErrorCode.KRB_AP_ERR_SKEW.mitCode());
  }

  @Test
  void truncatedAndFlippedApReqGiveOnlyDefinedStatuses() {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    CredHandle cred = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of("rcache", "none:"));
    byte[] good = apReq(glue, Gss.GSS_C_MUTUAL_FLAG, new ContextHandle.Ref());
    for (int n = 0; n < good.length; n++) {
      byte[] t = java.util.Arrays.copyOf(good, n);
      int major = accept(glue, cred, t, new MinorStatus(), new Buffer());
      assertThat(GssStatus.isError(major)).as("truncated at " + n).isTrue();
      assertDefined(major, "truncated at " + n);
    }
    for (int i = 0; i < 400; i++) {
      byte[] t = good.clone();
      int pos = rnd.nextInt(t.length);
      t[pos] ^= (byte) (1 << rnd.nextInt(8));
      int major = accept(glue, cred, t, new MinorStatus(), new Buffer());
      assertDefined(major, "seed " + seed + " flip at " + pos);
    }
  }

  @Test
  void truncatedAndFlippedApRepGiveOnlyDefinedStatuses() {
    long seed = System.nanoTime();
    Random rnd = new Random(seed);
    CredHandle cred = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of("rcache", "none:"));
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    for (int i = 0; i < 60; i++) {
      ContextHandle.Ref ictx = new ContextHandle.Ref();
      byte[] req = apReq(glue, Gss.GSS_C_MUTUAL_FLAG, ictx);
      Buffer rep = new Buffer();
      assertThat(accept(glue, cred, req, new MinorStatus(), rep))
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
      byte[] t = rep.value();
      String what;
      if (i % 2 == 0) {
        int n = rnd.nextInt(t.length);
        t = java.util.Arrays.copyOf(t, n);
        what = "seed " + seed + " AP-REP truncated at " + n;
      } else {
        int pos = rnd.nextInt(t.length);
        t[pos] ^= (byte) (1 << rnd.nextInt(8));
        what = "seed " + seed + " AP-REP flip at " + pos;
      }
      int major = glue.contexts.initSecContext(new MinorStatus(), null, ictx, target,
          Gss.GSS_MECH_KRB5, Gss.GSS_C_MUTUAL_FLAG, 0, null, t, null, new Buffer(), null, null);
      assertDefined(major, what);
    }
  }

  static void assertDefined(int major, String what) {
    int routine = GssStatus.routineError(major);
    assertThat(routine == 0 || routine == GssStatus.GSS_S_DEFECTIVE_TOKEN
        || routine == GssStatus.GSS_S_BAD_SIG || routine == GssStatus.GSS_S_FAILURE
        || routine == GssStatus.GSS_S_BAD_MECH || routine == GssStatus.GSS_S_NO_CRED)
        .as(what + ": major 0x" + Integer.toHexString(major)).isTrue();
    assertThat(GssStatus.callingError(major)).as(what).isZero();
  }
}

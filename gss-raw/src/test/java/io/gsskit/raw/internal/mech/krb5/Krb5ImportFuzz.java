package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/**
 * importSecContext of the krb5 mechanism on raw bytes, called directly (not through the glue):
 * only {@code GSS_S_COMPLETE} or {@code GSS_S_DEFECTIVE_TOKEN}, never an exception, and an
 * imported context survives per-message calls without throwing.
 */
class Krb5ImportFuzz {

  private static final Krb5Mechanism MECH = mechanism();

  private static Krb5Mechanism mechanism() {
    try {
      return new Krb5Mechanism(new Krb5Settings(Environment.of(Map.of(), 1, 1, "fuzz"),
          Clock.systemUTC(), new SecureRandom(),
          Krb5Config.parse("[libdefaults]\n default_realm = FUZZ.TEST\n", "fuzz")));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @org.junit.jupiter.api.Test
  void theValidSeedImports() throws Exception {
    byte[] seed;
    try (var in = Krb5ImportFuzz.class.getResourceAsStream(
        "Krb5ImportFuzzInputs/importSecContext/acceptor-session-key")) {
      seed = in.readAllBytes();
    }
    Holder<MechContext> out = new Holder<>();
    assertThat(MECH.importSecContext(new MinorStatus(), seed, out))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    Buffer tok = new Buffer();
    assertThat(MECH.wrap(new MinorStatus(), out.get(), true, 0, new byte[3],
        new BooleanHolder(), tok)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    out.get().release();
  }

  @org.junit.jupiter.api.Test
  void everyVersionsSeedImports() throws Exception {
    for (String name : new String[] {"v1-dce-initiator", "v2-dce-partial-initiator",
        "v2-dce-partial-acceptor", "v3-acceptor-authz"}) {
      byte[] seed;
      try (var in = Krb5ImportFuzz.class.getResourceAsStream(
          "Krb5ImportFuzzInputs/importSecContext/" + name)) {
        seed = in.readAllBytes();
      }
      Holder<MechContext> out = new Holder<>();
      MinorStatus minor = new MinorStatus();
      assertThat(MECH.importSecContext(minor, seed, out)).as(name + ": "
          + Krb5Minor.describe(minor.value())).isEqualTo(GssStatus.GSS_S_COMPLETE);
      Krb5Context ctx = (Krb5Context) out.get();
      assertThat(ctx.authtime() != null).as(name).isEqualTo(name.startsWith("v3"));
      if (name.startsWith("v3")) {
        assertThat(ctx.authorizationData()).extracting(e -> e.adType()).containsExactly(1, 128);
      }
      ctx.release();
    }
  }

  @FuzzTest
  void importSecContext(byte[] data) {
    MinorStatus minor = new MinorStatus();
    Holder<MechContext> out = new Holder<>();
    int major = MECH.importSecContext(minor, data, out);
    assertThat(major).isIn(GssStatus.GSS_S_COMPLETE, GssStatus.GSS_S_DEFECTIVE_TOKEN);
    MechContext ctx = out.get();
    if (major == GssStatus.GSS_S_COMPLETE) {
      assertThat(ctx).isNotNull();
      MECH.wrap(minor, ctx, true, 0, new byte[3], new BooleanHolder(), new Buffer());
      MECH.unwrap(minor, ctx, data, new Buffer(), new BooleanHolder(), new IntHolder());
      MECH.pseudoRandom(minor, ctx, 0, data, 16, new Buffer());
      ctx.release();
    } else {
      assertThat(ctx).isNull();
    }
  }
}

package io.gsskit.raw.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.spi.Exchange;
import io.gsskit.raw.spi.PskBetaProvider;
import io.gsskit.raw.spi.PskGammaProvider;
import io.gsskit.raw.spi.TestOids;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a mechanism OID, the first init call picks the default and the context keeps it. */
class DefaultMechanismTest {

  @Test
  void firstCallPicksTheDefaultAndLaterCallsCannotSwitch() {
    Glue glue = new Glue(MechRegistry.of(List.of(new PskGammaProvider(), new PskBetaProvider())));
    MinorStatus minor = new MinorStatus();
    CredHandle.Ref cred = new CredHandle.Ref();
    glue.creds.acquireCredFrom(minor, null, 0, null, Gss.GSS_C_INITIATE,
        Map.of("psk", Exchange.PSK), cred, null, null);
    NameHandle.Ref target = new NameHandle.Ref();
    glue.names.importName(minor, "s@h".getBytes(), Gss.GSS_C_NT_HOSTBASED_SERVICE, target);
    ContextHandle.Ref ctx = new ContextHandle.Ref();
    OidHolder actual = new OidHolder();
    assertThat(glue.contexts.initSecContext(minor, cred.orElseThrow(), ctx,
        target.orElseThrow(), null, 0, 0, null, null, actual, new Buffer(), null, null))
        .isEqualTo(GssStatus.GSS_S_CONTINUE_NEEDED);
    assertThat(actual.get()).isEqualTo(TestOids.GAMMA);
    assertThat(glue.contexts.initSecContext(minor, cred.orElseThrow(), ctx,
        target.orElseThrow(), TestOids.BETA, 0, 0, null, new byte[] {2}, actual, new Buffer(),
        null, null)).isEqualTo(GssStatus.GSS_S_BAD_MECH);
    assertThat(glue.status.describe(GssStatus.GSS_S_BAD_MECH, minor))
        .contains("belongs to a different mechanism");
    // A credential without an element for the selected mechanism gives NO_CRED.
    CredHandle.Ref betaOnly = new CredHandle.Ref();
    glue.creds.acquireCredFrom(minor, null, 0, OidSet.of(TestOids.BETA), Gss.GSS_C_INITIATE,
        Map.of("psk", Exchange.PSK), betaOnly, null, null);
    assertThat(glue.contexts.initSecContext(minor, betaOnly.orElseThrow(),
        new ContextHandle.Ref(), target.orElseThrow(), null, 0, 0, null, null, null,
        new Buffer(), null, null)).isEqualTo(GssStatus.GSS_S_NO_CRED);
    ctx.close();
  }

  @Test
  void noMechanismsAtAll() {
    Glue empty = new Glue(MechRegistry.of(List.of()));
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref target = new NameHandle.Ref();
    empty.names.importName(minor, "x".getBytes(), null, target);
    int major = empty.contexts.initSecContext(minor, null, new ContextHandle.Ref(),
        target.orElseThrow(), null, 0, 0, null, null, null, new Buffer(), null, null);
    assertThat(major).isEqualTo(GssStatus.GSS_S_BAD_MECH);
    assertThat(empty.status.describe(major, minor)).endsWith("No GSS-API mechanism is available");
  }
}

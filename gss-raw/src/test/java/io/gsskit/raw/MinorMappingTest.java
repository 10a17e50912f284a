package io.gsskit.raw;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.spi.TestOids;
import org.junit.jupiter.api.Test;

/**
 * Two mechanisms (PSK "beta" and "gamma") report the same minor code; the mechglue keeps them
 * apart and {@link Gss#displayStatus} maps each back to its own mechanism.
 */
class MinorMappingTest {

  private static MinorStatus failAcquire(Oid mech) {
    MinorStatus minor = new MinorStatus();
    assertThat(Gss.acquireCred(minor, null, 0, OidSet.of(mech), Gss.GSS_C_INITIATE,
        new CredHandle.Ref(), null, null)).isEqualTo(GSS_S_NO_CRED);
    return minor;
  }

  @Test
  void collidingCodesGetDistinctValuesAndDisplayTheirOwnText() {
    MinorStatus beta = failAcquire(TestOids.BETA);
    MinorStatus gamma = failAcquire(TestOids.GAMMA);
    assertThat(beta.mechStatus()).isEqualTo(2).isEqualTo(gamma.mechStatus());
    assertThat(beta.value()).isNotEqualTo(gamma.value());
    assertThat(beta.mech()).isEqualTo(TestOids.BETA);
    assertThat(gamma.mech()).isEqualTo(TestOids.GAMMA);
    // Stable: the same (mechanism, code) maps to the same value every time.
    assertThat(failAcquire(TestOids.GAMMA).value()).isEqualTo(gamma.value());

    IntHolder ctx = new IntHolder();
    StringHolder text = new StringHolder();
    assertThat(Gss.displayStatus(new MinorStatus(), gamma.value(), Gss.GSS_C_MECH_CODE, null,
        ctx, text)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(text.get()).isEqualTo("gamma: no shared secret in the credential store");
    assertThat(ctx.get()).isZero();
    Gss.displayStatus(new MinorStatus(), beta.value(), Gss.GSS_C_MECH_CODE, TestOids.GAMMA, ctx,
        text);
    assertThat(text.get()).startsWith("beta:"); // the mapping wins over the OID hint
    assertThat(Gss.displayStatus(GSS_S_NO_CRED, beta)).isEqualTo(
        "No credentials were supplied, or the credentials were unavailable or inaccessible: "
            + "beta: no shared secret in the credential store");
  }

  @Test
  void mechglueCodesHaveNoMechanismAndTheirOwnText() {
    MinorStatus minor = new MinorStatus();
    assertThat(Gss.importName(minor, new byte[] {4, 1, 0}, Gss.GSS_C_NT_EXPORT_NAME,
        new NameHandle.Ref())).isEqualTo(GSS_S_BAD_NAME);
    assertThat(minor.mech()).isNull();
    assertThat(Gss.displayStatus(GSS_S_BAD_NAME, minor)).isEqualTo(
        "An invalid name was supplied: Malformed exported name token (RFC 2743 section 3.2)");
  }
}

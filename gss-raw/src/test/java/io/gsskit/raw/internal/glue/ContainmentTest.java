package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_CONTINUE_NEEDED;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidHolder;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.internal.token.ExportedNameToken;
import io.gsskit.raw.internal.token.GlueContextToken;
import io.gsskit.raw.internal.token.InitialContextToken;
import io.gsskit.raw.spi.PskBetaProvider;
import io.gsskit.raw.spi.TestOids;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A mechanism that throws is contained (GSS_S_FAILURE, a minor status naming the mechanism and
 * the exception, registry intact); a mechanism that never finishes is capped at 64 legs.
 */
class ContainmentTest {

  private final Glue glue = new Glue(MechRegistry.of(List.of(new ThrowingMechanismProvider(),
      new EndlessMechanismProvider(), new PskBetaProvider())));

  private NameHandle name(String text) {
    NameHandle.Ref n = new NameHandle.Ref();
    assertThat(glue.names.importName(new MinorStatus(), text.getBytes(), Gss.GSS_C_NT_USER_NAME,
        n)).isEqualTo(GSS_S_COMPLETE);
    return n.orElseThrow();
  }

  private String describe(int major, MinorStatus minor) {
    return glue.status.describe(major, minor);
  }

  @Test
  void everyDispatchedCallIsContained() {
    var oid = ThrowingMechanismProvider.OID;
    List<Function<MinorStatus, Integer>> calls = List.of(
        m -> glue.names.canonicalizeName(m, name("x"), oid, new NameHandle.Ref()),
        m -> glue.creds.acquireCred(m, null, 0, OidSet.of(oid), 0, new CredHandle.Ref(), null,
            null),
        m -> glue.creds.acquireCredFrom(m, null, 0, OidSet.of(oid), 0, java.util.Map.of(),
            new CredHandle.Ref(), null, null),
        m -> glue.contexts.initSecContext(m, null, new ContextHandle.Ref(), name("t"), oid, 0, 0,
            null, null, null, new Buffer(), null, null),
        m -> glue.contexts.acceptSecContext(m, new ContextHandle.Ref(), null,
            InitialContextToken.encode(oid, new byte[] {1}), null, null, null, new Buffer(),
            null, null, null),
        m -> glue.contexts.importSecContext(m, GlueContextToken.encode(oid, new byte[] {1}),
            new ContextHandle.Ref()),
        m -> glue.names.importName(m, ExportedNameToken.encode(false, oid, new byte[] {1}),
            Gss.GSS_C_NT_EXPORT_NAME, new NameHandle.Ref()),
        m -> glue.names.inquireNamesForMech(m, oid, new OidSetHolder()),
        m -> glue.info.inquireAttrsForMech(m, oid, new OidSetHolder(), null),
        m -> glue.info.inquireSaslnameForMech(m, oid, null, null, null),
        m -> glue.contexts.queryMechanismInfo(m, oid, new Buffer()),
        m -> glue.contexts.queryMetaData(m, oid, null, new ContextHandle.Ref(), null, 0,
            new Buffer()));
    for (Function<MinorStatus, Integer> call : calls) {
      MinorStatus minor = new MinorStatus();
      int major = call.apply(minor);
      assertThat(major).as(describe(major, minor)).isEqualTo(GSS_S_FAILURE);
      assertThat(minor.mech()).isNull();
      assertThat(describe(major, minor))
          .contains("Mechanism thrower (" + oid + ") threw java.lang.IllegalStateException");
    }
    // The registry and the other mechanisms are unaffected.
    OidSetHolder mechs = new OidSetHolder();
    assertThat(glue.info.indicateMechs(new MinorStatus(), mechs)).isEqualTo(GSS_S_COMPLETE);
    assertThat(mechs.get().asList()).contains(oid, TestOids.BETA);
    NameHandle.Ref mn = new NameHandle.Ref();
    assertThat(glue.names.canonicalizeName(new MinorStatus(), name("alice"), TestOids.BETA, mn))
        .isEqualTo(GSS_S_COMPLETE);
    StringHolder text = new StringHolder();
    glue.names.displayName(new MinorStatus(), mn.orElseThrow(), text, new OidHolder());
    assertThat(text.get()).isEqualTo("alice");
    // indicate_mechs_by_attrs skips the throwing mechanism without failing.
    assertThat(glue.info.indicateMechsByAttrs(new MinorStatus(), null, null, null, mechs))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(mechs.get().asList()).doesNotContain(oid).contains(TestOids.BETA);
  }

  @Test
  void endlessContextIsFailedAfterSixtyFourLegsAndDeleted() {
    ContextHandle.Ref ctx = new ContextHandle.Ref();
    NameHandle target = name("t");
    int released = EndlessMechanismProvider.RELEASED.get();
    for (int leg = 1; leg <= ContextCalls.MAX_LEGS; leg++) {
      MinorStatus m = new MinorStatus();
      assertThat(glue.contexts.initSecContext(m, null, ctx, target,
          EndlessMechanismProvider.OID, 0, 0, null, new byte[] {1}, null, new Buffer(), null,
          null)).as("leg %d", leg).isEqualTo(GSS_S_CONTINUE_NEEDED);
    }
    ContextHandle h = ctx.orElseThrow();
    MinorStatus minor = new MinorStatus();
    int major = glue.contexts.initSecContext(minor, null, ctx, target,
        EndlessMechanismProvider.OID, 0, 0, null, new byte[] {1}, null, new Buffer(), null,
        null);
    assertThat(major).isEqualTo(GSS_S_FAILURE);
    assertThat(describe(major, minor)).endsWith("Context establishment exceeded 64 legs");
    assertThat(ctx.isEmpty()).isTrue();
    assertThat(h.isReleased()).isTrue();
    assertThat(EndlessMechanismProvider.RELEASED.get()).isEqualTo(released + 1);
  }
}

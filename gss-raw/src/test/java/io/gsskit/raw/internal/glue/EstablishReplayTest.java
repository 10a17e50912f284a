package io.gsskit.raw.internal.glue;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_CONTINUE_NEEDED;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CONTEXT;
import static io.gsskit.raw.GssStatus.GSS_S_OLD_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.internal.token.InitialContextToken;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 2743 §2.2.2: a bare supplementary DUPLICATE_TOKEN/OLD_TOKEN from an establishment leg means
 * the context did not establish. The glue returns the status as-is (no GSS_S_FAILURE added), keeps
 * the error token, never publishes a new context and leaves an existing handle deletable.
 */
class EstablishReplayTest {

  private final Glue glue = new Glue(MechRegistry.of(List.of(new ReplayingMechanismProvider())));

  private NameHandle name() {
    NameHandle.Ref n = new NameHandle.Ref();
    assertThat(glue.names.importName(new MinorStatus(), "t".getBytes(), Gss.GSS_C_NT_USER_NAME,
        n)).isEqualTo(GSS_S_COMPLETE);
    return n.orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(chars = {'d', 'o'})
  void acceptReplayIsReturnedBareAndNoContextIsPublished(char what) {
    int released = ReplayingMechanismProvider.RELEASED.get();
    ContextHandle.Ref ctx = new ContextHandle.Ref();
    NameHandle.Ref src = new NameHandle.Ref();
    Buffer out = new Buffer();
    int major = glue.contexts.acceptSecContext(new MinorStatus(), ctx, null,
        InitialContextToken.encode(ReplayingMechanismProvider.OID, new byte[] {(byte) what}),
        null, src, null, out, null, null, null);
    assertThat(major).isEqualTo(what == 'd' ? GSS_S_DUPLICATE_TOKEN : GSS_S_OLD_TOKEN);
    assertThat(out.value()).containsExactly('E');
    assertThat(ctx.isEmpty()).isTrue();
    assertThat(src.isEmpty()).isTrue();
    assertThat(ReplayingMechanismProvider.RELEASED.get()).isEqualTo(released + 1);
  }

  @Test
  void initReplayOnASecondLegLeavesTheHandleDeletable() {
    int released = ReplayingMechanismProvider.RELEASED.get();
    ContextHandle.Ref ctx = new ContextHandle.Ref();
    NameHandle t = name();
    assertThat(glue.contexts.initSecContext(new MinorStatus(), null, ctx, t,
        ReplayingMechanismProvider.OID, 0, 0, null, null, null, new Buffer(), null, null))
        .isEqualTo(GSS_S_CONTINUE_NEEDED);
    ContextHandle h = ctx.orElseThrow();
    Buffer out = new Buffer();
    int major = glue.contexts.initSecContext(new MinorStatus(), null, ctx, t,
        ReplayingMechanismProvider.OID, 0, 0, null, new byte[] {'d'}, null, out, null, null);
    assertThat(major).isEqualTo(GSS_S_DUPLICATE_TOKEN);
    assertThat(out.value()).containsExactly('E');
    assertThat(ctx.orElseThrow()).isSameAs(h);
    assertThat(h.isReleased()).isFalse();
    assertThat(glue.contexts.deleteSecContext(new MinorStatus(), ctx, null))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(ReplayingMechanismProvider.RELEASED.get()).isEqualTo(released + 1);
    assertThat(glue.contexts.deleteSecContext(new MinorStatus(), new ContextHandle.Ref(), null))
        .isEqualTo(GSS_S_NO_CONTEXT);
  }

  @Test
  void duplicateWithContinueNeededIsNotFatal() {
    ContextHandle.Ref ctx = new ContextHandle.Ref();
    int major = glue.contexts.acceptSecContext(new MinorStatus(), ctx, null,
        InitialContextToken.encode(ReplayingMechanismProvider.OID, new byte[] {'c'}), null,
        null, null, new Buffer(), null, null, null);
    assertThat(major).isEqualTo(GSS_S_CONTINUE_NEEDED | GSS_S_DUPLICATE_TOKEN);
    assertThat(ctx.isEmpty()).isFalse();
    assertThat(glue.contexts.deleteSecContext(new MinorStatus(), ctx, null))
        .isEqualTo(GSS_S_COMPLETE);
  }

  @Test
  void establishFailedPredicate() {
    assertThat(ContextCalls.establishFailed(GSS_S_COMPLETE)).isFalse();
    assertThat(ContextCalls.establishFailed(GSS_S_CONTINUE_NEEDED)).isFalse();
    assertThat(ContextCalls.establishFailed(GSS_S_DUPLICATE_TOKEN)).isTrue();
    assertThat(ContextCalls.establishFailed(GSS_S_OLD_TOKEN)).isTrue();
    assertThat(ContextCalls.establishFailed(io.gsskit.raw.GssStatus.GSS_S_FAILURE)).isTrue();
  }
}

package io.gsskit.raw.spi;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.Inquiry;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The NegoEx hooks as a NegoEx implementation calls them through {@link Gss}: mechanism info,
 * metadata that creates the context before establishment, and the NEGOEX_KEY inquiries.
 */
class NegoExHooksTest {

  private static final io.gsskit.raw.Oid MECH = TestOids.GAMMA;

  @Test
  void metadataCreatesTheContextThatEstablishmentThenUses() {
    MinorStatus minor = new MinorStatus();
    Buffer scheme = new Buffer();
    assertThat(Gss.queryMechanismInfo(minor, MECH, scheme)).isEqualTo(GSS_S_COMPLETE);
    assertThat(scheme.value()).hasSize(16);

    Buffer meta = new Buffer();
    ContextHandle.Ref acceptorSide = new ContextHandle.Ref();
    assertThat(Gss.queryMetaData(minor, MECH, null, acceptorSide, null, 0, meta))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(acceptorSide.isEmpty()).isTrue(); // no context needed to produce metadata
    assertThat(new String(meta.value(), StandardCharsets.UTF_8)).isEqualTo("meta:gamma");

    Exchange x = new Exchange();
    assertThat(Gss.exchangeMetaData(minor, MECH, null, x.initiator, Exchange.service("h@h"), 0,
        meta.value())).isEqualTo(GSS_S_COMPLETE);
    assertThat(x.initiator.isEmpty()).isFalse(); // the mechanism created the context
    int major = x.run(Exchange.cred(MECH, 1, "alice", Exchange.PSK),
        Exchange.cred(MECH, 2, null, Exchange.PSK), Exchange.service("h@h"), MECH, 0, null,
        null);
    assertThat(major).as(Gss.displayStatus(major, x.minor)).isEqualTo(GSS_S_COMPLETE);

    BufferSet out = new BufferSet();
    BufferSet in = new BufferSet();
    assertThat(Gss.inquireSecContextByOid(minor, x.initiator.orElseThrow(),
        Inquiry.GSS_C_INQ_NEGOEX_KEY, out)).isEqualTo(GSS_S_COMPLETE);
    assertThat(Gss.inquireSecContextByOid(minor, x.acceptor.orElseThrow(),
        Inquiry.GSS_C_INQ_NEGOEX_VERIFY_KEY, in)).isEqualTo(GSS_S_COMPLETE);
    assertThat(out.get(0)).isEqualTo(in.get(0)); // initiator's outgoing = acceptor's incoming
    assertThat(out.get(1)).containsExactly(18, 0, 0, 0);
    // A context of another mechanism cannot be passed to the metadata calls.
    assertThat(Gss.queryMetaData(minor, TestOids.BETA, null, x.initiator, null, 0, meta))
        .isEqualTo(GssStatus.GSS_S_BAD_MECH);
    x.close();
  }
}

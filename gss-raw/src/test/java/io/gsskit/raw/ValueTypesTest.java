package io.gsskit.raw;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.ext.Iov;
import io.gsskit.raw.ext.IovBuffer;
import io.gsskit.raw.ext.Rfc5587;
import io.gsskit.raw.spi.Exchange;
import io.gsskit.raw.spi.TestOids;
import org.junit.jupiter.api.Test;

/** OID sets, channel bindings, buffers, holders and handle references. */
class ValueTypesTest {

  private static final Oid A = Oid.of("1.2.3");
  private static final Oid B = Oid.of("1.2.4");

  @Test
  void oidSetsAreImmutableOrderedAndCompareAsSets() {
    OidSet empty = OidSet.empty();
    OidSet a = empty.with(A);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(a.with(A)).isSameAs(a);
    OidSet ab = a.with(B);
    assertThat(ab.asList()).containsExactly(A, B);
    assertThat(OidSet.of(B, A, B)).isEqualTo(ab).hasSameHashCodeAs(ab);
    assertThat(OidSet.builder().add(B).addAll(ab).build().asList()).containsExactly(B, A);
    assertThat(ab.toString()).isEqualTo("{1.2.3, 1.2.4}");

    MinorStatus m = new MinorStatus();
    OidSetHolder h = new OidSetHolder();
    assertThat(Gss.createEmptyOidSet(m, h)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Gss.addOidSetMember(m, A, h);
    Gss.addOidSetMember(m, A, h);
    Gss.addOidSetMember(m, B, h);
    assertThat(h.get()).isEqualTo(ab);
    BooleanHolder present = new BooleanHolder();
    Gss.testOidSetMember(m, B, h.get(), present);
    assertThat(present.get()).isTrue();
    Gss.releaseOidSet(m, h);
    assertThat(h.get()).isNull();
  }

  @Test
  void channelBindingsCopyTheirArrays() {
    byte[] data = {1, 2};
    ChannelBindings cb = new ChannelBindings(ChannelBindings.GSS_C_AF_INET, new byte[] {127, 0,
        0, 1}, ChannelBindings.GSS_C_AF_NULLADDR, null, data);
    data[0] = 9;
    assertThat(cb.applicationData()).containsExactly(1, 2);
    assertThat(cb.acceptorAddress()).isEmpty();
    assertThat(cb).isEqualTo(new ChannelBindings(2, new byte[] {127, 0, 0, 1}, 255, null,
        new byte[] {1, 2}));
    assertThat(cb.toString()).doesNotContain("127");
  }

  @Test
  void buffersZeroOnRelease() {
    byte[] secret = {5, 6, 7};
    Buffer b = new Buffer();
    b.set(secret);
    assertThat(b.toString()).isEqualTo("Buffer[3 bytes]");
    Gss.releaseBuffer(new MinorStatus(), b);
    assertThat(secret).containsOnly(0);
    assertThat(b.isEmpty()).isTrue();
    BufferSet s = new BufferSet();
    byte[] k = {1};
    s.add(k);
    s.release();
    assertThat(k).containsOnly(0);
    assertThat(s.size()).isZero();

    IovBuffer caller = new IovBuffer(Iov.GSS_IOV_BUFFER_TYPE_DATA, secret.clone());
    caller.release(); // caller-owned: untouched
    assertThat(caller.length()).isEqualTo(3);
  }

  @Test
  void refsReleaseWhatTheyHold() {
    CredHandle c = Exchange.cred(TestOids.BETA, Gss.GSS_C_INITIATE, "alice", Exchange.PSK);
    assertThat(c.toString()).contains("beta").doesNotContain(Exchange.PSK);
    try (CredHandle.Ref r = CredHandle.Ref.of(c)) {
      assertThat(r.isEmpty()).isFalse();
    }
    assertThat(c.isReleased()).isTrue();
    Exchange x = Exchange.establish(TestOids.BETA);
    ContextHandle h = x.acceptor.orElseThrow();
    assertThat(h.toString()).contains("beta");
    h.close();
    assertThat(h.isReleased()).isTrue();
    h.close(); // idempotent
    x.close();
    assertThat(x.initiator.isEmpty()).isTrue();
  }

  @Test
  void mechanismAttributesAndSaslNames() {
    MinorStatus m = new MinorStatus();
    StringHolder name = new StringHolder();
    StringHolder shortDesc = new StringHolder();
    assertThat(Gss.displayMechAttr(m, Rfc5587.GSS_C_MA_MECH_CONCRETE, name, shortDesc, null))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(name.get()).isEqualTo("GSS_C_MA_MECH_CONCRETE");
    assertThat(shortDesc.get()).isEqualTo("concrete-mech");
    assertThat(Gss.displayMechAttr(m, A, name, null, null))
        .isEqualTo(GssStatus.GSS_S_BAD_MECH_ATTR);
    assertThat(Oid.of("1.3.6.1.5.5.13.27")).isEqualTo(Rfc5587.GSS_C_MA_CTX_TRANS);

    OidSetHolder mechs = new OidSetHolder();
    assertThat(Gss.indicateMechsByAttrs(m, OidSet.of(Rfc5587.GSS_C_MA_WRAP),
        OidSet.of(Rfc5587.GSS_C_MA_DEPRECATED), OidSet.of(Rfc5587.GSS_C_MA_PFS), mechs))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(mechs.get().asList()).contains(TestOids.BETA, TestOids.GAMMA)
        .doesNotContain(TestOids.MINIMAL, TestOids.BARE);
    assertThat(Gss.indicateMechsByAttrs(m, null, OidSet.of(Rfc5587.GSS_C_MA_WRAP), null,
        mechs)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(mechs.get().asList()).contains(TestOids.MINIMAL).doesNotContain(TestOids.BETA);
    OidSetHolder glue = new OidSetHolder();
    Gss.inquireAttrsForMech(m, null, glue, null);
    assertThat(glue.get()).isEqualTo(OidSet.of(Rfc5587.GSS_C_MA_MECH_GLUE));

    StringHolder sasl = new StringHolder();
    assertThat(Gss.inquireSaslnameForMech(m, TestOids.GAMMA, sasl, null, null))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(sasl.get()).isEqualTo("GS2-PSK-GAMMA");
    OidHolder mech = new OidHolder();
    assertThat(Gss.inquireMechForSaslname(m, "GS2-PSK-GAMMA", mech))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(mech.get()).isEqualTo(TestOids.GAMMA);
  }

  @Test
  void encapsulateAndDecapsulate() {
    Buffer framed = new Buffer();
    assertThat(Gss.encapsulateToken(new byte[] {1, 2}, Gss.GSS_MECH_SPNEGO, framed))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    Buffer inner = new Buffer();
    assertThat(Gss.decapsulateToken(framed.value(), Gss.GSS_MECH_SPNEGO, inner))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(inner.value()).containsExactly(1, 2);
    assertThat(Gss.decapsulateToken(framed.value(), Gss.GSS_MECH_KRB5, inner))
        .isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
    assertThat(Gss.decapsulateToken(new byte[] {0x60}, Gss.GSS_MECH_KRB5, inner))
        .isEqualTo(GssStatus.GSS_S_DEFECTIVE_TOKEN);
  }

  @Test
  void mechanismOidConstants() {
    assertThat(Gss.GSS_MECH_KRB5.toString()).isEqualTo("1.2.840.113554.1.2.2");
    assertThat(Gss.GSS_MECH_KRB5_MS.toString()).isEqualTo("1.2.840.48018.1.2.2");
    assertThat(Gss.GSS_MECH_SPNEGO.toString()).isEqualTo("1.3.6.1.5.5.2");
    assertThat(Gss.GSS_MECH_NEGOEX.toString()).isEqualTo("1.3.6.1.4.1.311.2.2.30");
    assertThat(Gss.GSS_C_NT_HOSTBASED_SERVICE.toString()).isEqualTo("1.2.840.113554.1.2.1.4");
    assertThat(Gss.GSS_C_NT_EXPORT_NAME.toString()).isEqualTo("1.3.6.1.5.6.4");
    assertThat(Gss.GSS_C_NT_COMPOSITE_EXPORT.toString()).isEqualTo("1.3.6.1.5.6.6");
    assertThat(Gss.GSS_C_DELEG_POLICY_FLAG).isEqualTo(32768);
    assertThat(Gss.GSS_C_INDEFINITE).isEqualTo(0xffffffff);
  }
}

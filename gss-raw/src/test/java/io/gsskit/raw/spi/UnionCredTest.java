package io.gsskit.raw.spi;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_MECH;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static io.gsskit.raw.GssStatus.GSS_S_DUPLICATE_ELEMENT;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;
import static io.gsskit.raw.GssStatus.GSS_S_UNAVAILABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.internal.token.GlueCredToken;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Union credentials: one element per mechanism, add_cred built from acquire, export/import. */
class UnionCredTest {

  private static final Map<String, String> STORE = Map.of("psk", Exchange.PSK);

  @Test
  void acquiresOneElementPerMechanismThatSucceeds() {
    MinorStatus minor = new MinorStatus();
    CredHandle.Ref cred = new CredHandle.Ref();
    OidSetHolder actual = new OidSetHolder();
    IntHolder time = new IntHolder();
    assertThat(Gss.acquireCredFrom(minor, null, 0, OidSet.of(TestOids.BETA, TestOids.GAMMA,
        TestOids.BARE), Gss.GSS_C_BOTH, STORE, cred, actual, time)).isEqualTo(GSS_S_COMPLETE);
    assertThat(actual.get()).isEqualTo(OidSet.of(TestOids.BETA, TestOids.GAMMA));
    assertThat(time.get()).isEqualTo(Gss.GSS_C_INDEFINITE);
    // Every registered mechanism when no set is given; failures are skipped.
    CredHandle.Ref all = new CredHandle.Ref();
    assertThat(Gss.acquireCredFrom(minor, null, 0, null, Gss.GSS_C_BOTH, STORE, all, actual,
        null)).isEqualTo(GSS_S_COMPLETE);
    assertThat(actual.get().asList()).contains(TestOids.ALPHA, TestOids.BETA, TestOids.GAMMA)
        .doesNotContain(TestOids.BARE, TestOids.MINIMAL);
    // Without a store only the minimal mechanism can acquire anything.
    CredHandle.Ref plain = new CredHandle.Ref();
    assertThat(Gss.acquireCred(minor, null, 0, null, Gss.GSS_C_BOTH, plain, actual, null))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(actual.get().asList()).contains(TestOids.MINIMAL).doesNotContain(TestOids.BETA);
    // When every mechanism fails, the last failure is reported.
    assertThat(Gss.acquireCred(minor, null, 0, OidSet.of(TestOids.BETA, TestOids.GAMMA),
        Gss.GSS_C_BOTH, new CredHandle.Ref(), null, null)).isEqualTo(GSS_S_NO_CRED);
    assertThat(minor.mech()).isEqualTo(TestOids.GAMMA);
    assertThat(Gss.acquireCred(minor, null, 0, OidSet.of(io.gsskit.raw.Oid.of("1.2.3.4")),
        0, new CredHandle.Ref(), null, null)).isEqualTo(GSS_S_BAD_MECH);
    assertThat(Gss.acquireCred(minor, null, 0, null, 7, new CredHandle.Ref(), null, null))
        .isEqualTo(GssStatus.GSS_S_CALL_BAD_STRUCTURE);
    cred.close();
    all.close();
    plain.close();
  }

  @Test
  void addCredInPlaceOrIntoANewCredentialSharingElements() {
    CredHandle base = Exchange.cred(TestOids.BETA, Gss.GSS_C_INITIATE, "alice", Exchange.PSK);
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref alice = new NameHandle.Ref();
    Gss.importName(minor, "alice", Gss.GSS_C_NT_USER_NAME, alice);
    OidSetHolder mechs = new OidSetHolder();
    assertThat(Gss.addCredFrom(minor, base, alice.get(), TestOids.GAMMA, Gss.GSS_C_INITIATE, 0,
        0, STORE, null, mechs, null, null)).isEqualTo(GSS_S_COMPLETE);
    assertThat(mechs.get()).isEqualTo(OidSet.of(TestOids.BETA, TestOids.GAMMA));
    assertThat(Gss.addCredFrom(minor, base, null, TestOids.BETA, Gss.GSS_C_INITIATE, 0, 0,
        STORE, null, null, null, null)).isEqualTo(GSS_S_DUPLICATE_ELEMENT);
    CredHandle.Ref bigger = new CredHandle.Ref();
    assertThat(Gss.addCredFrom(minor, base, null, TestOids.ALPHA, Gss.GSS_C_INITIATE, 0, 0,
        STORE, bigger, mechs, null, null)).isEqualTo(GSS_S_COMPLETE);
    assertThat(mechs.get().size()).isEqualTo(3);
    Gss.inquireCred(minor, base, null, null, null, mechs);
    assertThat(mechs.get().size()).isEqualTo(2);
    // Releasing the new credential must not zero the elements the old one still uses.
    bigger.close();
    Exchange x = new Exchange();
    assertThat(x.run(base, Exchange.cred(TestOids.GAMMA, 2, null, Exchange.PSK),
        Exchange.service("h@h"), TestOids.GAMMA, 0, null, null)).isEqualTo(GSS_S_COMPLETE);
    x.close();
    // add_cred with neither input nor output is a calling error.
    assertThat(Gss.addCred(minor, null, null, TestOids.BETA, 0, 0, 0, null, null, null, null))
        .isEqualTo(GssStatus.GSS_S_CALL_INACCESSIBLE_WRITE | GSS_S_NO_CRED);
    base.close();
  }

  @Test
  void releaseZeroesTheSecretAndInvalidatesTheHandle() {
    CredHandle c = Exchange.cred(TestOids.BETA, Gss.GSS_C_INITIATE, "alice", Exchange.PSK);
    PskCred inner = PskMechanism.lastCred;
    assertThat(inner).isNotNull();
    assertThat(inner.released).isFalse();
    CredHandle.Ref ref = CredHandle.Ref.of(c);
    assertThat(Gss.releaseCred(new MinorStatus(), ref)).isEqualTo(GSS_S_COMPLETE);
    assertThat(ref.isEmpty()).isTrue();
    assertThat(inner.released).isTrue();
    assertThat(inner.psk).containsOnly(0);
    assertThat(Gss.inquireCred(new MinorStatus(), c, null, null, null, null) & GSS_S_NO_CRED)
        .isEqualTo(GSS_S_NO_CRED);
  }

  @Test
  void inquireDescribesTheElements() {
    CredHandle c = Exchange.cred(TestOids.GAMMA, Gss.GSS_C_ACCEPT, "host/h", Exchange.PSK);
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref name = new NameHandle.Ref();
    IntHolder usage = new IntHolder();
    IntHolder life = new IntHolder();
    assertThat(Gss.inquireCred(minor, c, name, life, usage, null)).isEqualTo(GSS_S_COMPLETE);
    StringHolder text = new StringHolder();
    Gss.displayName(minor, name.orElseThrow(), text, null);
    assertThat(text.get()).isEqualTo("host/h");
    assertThat(usage.get()).isEqualTo(Gss.GSS_C_ACCEPT);
    assertThat(life.get()).isEqualTo(Gss.GSS_C_INDEFINITE);
    IntHolder acc = new IntHolder();
    assertThat(Gss.inquireCredByMech(minor, c, TestOids.GAMMA, null, null, acc, usage))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(Gss.inquireCredByMech(minor, c, TestOids.BETA, null, null, acc, usage))
        .isEqualTo(GSS_S_NO_CRED);
    c.close();
  }

  @Test
  void exportedCredentialsRoundTrip() throws Exception {
    CredHandle.Ref c = new CredHandle.Ref();
    MinorStatus minor = new MinorStatus();
    Gss.acquireCredFrom(minor, null, 0, OidSet.of(TestOids.BETA, TestOids.GAMMA),
        Gss.GSS_C_INITIATE, STORE, c, null, null);
    Buffer token = new Buffer();
    assertThat(Gss.exportCred(minor, c.orElseThrow(), token)).isEqualTo(GSS_S_COMPLETE);
    assertThat(GlueCredToken.parse(token.value()).elements())
        .extracting(GlueCredToken.Element::mech).containsExactly(TestOids.BETA, TestOids.GAMMA);
    CredHandle.Ref back = new CredHandle.Ref();
    assertThat(Gss.importCred(minor, token.value(), back)).isEqualTo(GSS_S_COMPLETE);
    Exchange x = new Exchange();
    assertThat(x.run(back.orElseThrow(), Exchange.cred(TestOids.BETA, 2, null, Exchange.PSK),
        Exchange.service("h@h"), TestOids.BETA, 0, null, null)).isEqualTo(GSS_S_COMPLETE);
    x.close();
    byte[] unknown = GlueCredToken.parse(token.value()).elements().get(0).mechToken();
    assertThat(Gss.importCred(minor, io.gsskit.raw.spi.GlueTokens.cred(Map.of(
        io.gsskit.raw.Oid.of("1.2.3.4"), unknown)), new CredHandle.Ref())).isEqualTo(GSS_S_BAD_MECH);
    assertThat(Gss.importCred(minor, new byte[] {0, 0, 0}, new CredHandle.Ref()))
        .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    byte[] truncatedInner = io.gsskit.raw.spi.GlueTokens.cred(Map.of(TestOids.BETA,
        new byte[] {1, 0}));
    assertThat(Gss.importCred(minor, truncatedInner, new CredHandle.Ref()))
        .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    assertThat(Gss.displayStatus(GSS_S_DEFECTIVE_TOKEN, minor)).contains("beta: malformed");
  }

  @Test
  void storeCredWithoutAStoreIsUnavailableForPsk() {
    CredHandle c = Exchange.cred(TestOids.BETA, Gss.GSS_C_INITIATE, "alice", Exchange.PSK);
    assertThat(Gss.storeCred(new MinorStatus(), c, Gss.GSS_C_INITIATE, null, true, true, null,
        null)).isEqualTo(GSS_S_UNAVAILABLE);
    assertThat(Gss.storeCred(new MinorStatus(), c, Gss.GSS_C_INITIATE, TestOids.GAMMA, true,
        true, null, null)).isEqualTo(GSS_S_NO_CRED);
    c.close();
  }
}

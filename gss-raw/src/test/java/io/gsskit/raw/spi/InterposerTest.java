package io.gsskit.raw.spi;

import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_DEFECTIVE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.BooleanHolder;
import io.gsskit.raw.Buffer;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.OidSetHolder;
import io.gsskit.raw.StringHolder;
import io.gsskit.raw.internal.token.ExportedNameToken;
import io.gsskit.raw.internal.token.GlueContextToken;
import io.gsskit.raw.internal.token.GlueCredToken;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The test interposer in front of PSK mechanism "alpha": calls for alpha go to it, it reaches
 * the original through the concatenated OID, and export/import of contexts, names and
 * credentials round-trips through the mechglue token formats.
 */
class InterposerTest {

  private static final Oid ALPHA = TestOids.ALPHA;
  private static final Oid CONCAT = TestOids.INTERPOSER.concat(ALPHA);
  private static final byte[] MSG = "through the interposer".getBytes(StandardCharsets.UTF_8);

  @Test
  void establishmentAndMessagesGoThroughTheInterposer() {
    int init = PskInterposer.calls("initSecContext");
    int accept = PskInterposer.calls("acceptSecContext");
    int wrap = PskInterposer.calls("wrap");
    try (Exchange x = Exchange.establish(ALPHA)) {
      assertThat(PskInterposer.calls("initSecContext")).isEqualTo(init + 2);
      assertThat(PskInterposer.calls("acceptSecContext")).isEqualTo(accept + 2);
      assertThat(x.acceptedMech.get()).isEqualTo(ALPHA);
      MinorStatus minor = new MinorStatus();
      Buffer token = new Buffer();
      assertThat(Gss.wrap(minor, x.initiator.orElseThrow(), true, 0, MSG, null, token))
          .isEqualTo(GSS_S_COMPLETE);
      Buffer out = new Buffer();
      assertThat(Gss.unwrap(minor, x.acceptor.orElseThrow(), token.value(), out, null, null))
          .isEqualTo(GSS_S_COMPLETE);
      assertThat(out.value()).isEqualTo(MSG);
      assertThat(PskInterposer.calls("wrap")).isEqualTo(wrap + 1);
      StringHolder src = new StringHolder();
      Gss.displayName(minor, x.srcName.orElseThrow(), src, null);
      assertThat(src.get()).isEqualTo("alice");
    }
  }

  @Test
  void exportedContextsRoundTripThroughTheConcatenatedOid() {
    try (Exchange x = Exchange.establish(ALPHA)) {
      MinorStatus minor = new MinorStatus();
      Buffer sealed = new Buffer();
      Gss.wrap(minor, x.acceptor.orElseThrow(), true, 0, MSG, null, sealed);
      Buffer token = new Buffer();
      assertThat(Gss.exportSecContext(minor, x.initiator, token)).isEqualTo(GSS_S_COMPLETE);
      GlueContextToken outer = parseContext(token.value());
      assertThat(outer.mech()).isEqualTo(ALPHA); // public OID outside
      byte[] mechToken = outer.mechToken();
      assertThat(Arrays.copyOf(mechToken, 4)).isEqualTo(PskInterposer.CTX_MAGIC);
      GlueContextToken inner = parseContext(Arrays.copyOfRange(mechToken, 4, mechToken.length));
      assertThat(inner.mech()).isEqualTo(CONCAT); // the interposer's re-entry token
      assertThat(HexFormat.of().formatHex(mechToken, 4, 8))
          .isEqualTo(String.format("%08x", CONCAT.contentLength()));

      int imports = PskInterposer.calls("importSecContext");
      ContextHandle.Ref back = new ContextHandle.Ref();
      assertThat(Gss.importSecContext(minor, token.value(), back)).isEqualTo(GSS_S_COMPLETE);
      assertThat(PskInterposer.calls("importSecContext")).isEqualTo(imports + 1);
      Buffer out = new Buffer();
      assertThat(Gss.unwrap(minor, back.orElseThrow(), sealed.value(), out, null, null))
          .isEqualTo(GSS_S_COMPLETE);
      assertThat(out.value()).isEqualTo(MSG);
      // A token for the interposer without its magic is refused by the interposer.
      byte[] bare = GlueContextToken.encode(ALPHA, inner.mechToken());
      assertThat(Gss.importSecContext(minor, bare, new ContextHandle.Ref()))
          .isEqualTo(GSS_S_DEFECTIVE_TOKEN);
      back.close();
    }
  }

  private static GlueContextToken parseContext(byte[] b) {
    try {
      return GlueContextToken.parse(b);
    } catch (io.gsskit.raw.internal.token.TokenException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void exportedNamesCarryThePublicOidAndReimportThroughTheInterposer() throws Exception {
    MinorStatus minor = new MinorStatus();
    NameHandle.Ref plain = new NameHandle.Ref();
    Gss.importName(minor, "alice", Gss.GSS_C_NT_USER_NAME, plain);
    NameHandle.Ref mn = new NameHandle.Ref();
    assertThat(Gss.canonicalizeName(minor, plain.orElseThrow(), ALPHA, mn))
        .isEqualTo(GSS_S_COMPLETE);
    Buffer exported = new Buffer();
    assertThat(Gss.exportName(minor, mn.orElseThrow(), exported)).isEqualTo(GSS_S_COMPLETE);
    ExportedNameToken t = ExportedNameToken.parse(exported.value());
    assertThat(t.mech()).isEqualTo(ALPHA);
    assertThat(new String(t.name(), StandardCharsets.UTF_8)).isEqualTo("alice");

    int imports = PskInterposer.calls("importName");
    NameHandle.Ref back = new NameHandle.Ref();
    assertThat(Gss.importName(minor, exported.value(), Gss.GSS_C_NT_EXPORT_NAME, back))
        .isEqualTo(GSS_S_COMPLETE);
    // Once for the interposer; its re-entry with the plain OID reached the original directly.
    assertThat(PskInterposer.calls("importName")).isEqualTo(imports + 1);
    BooleanHolder equal = new BooleanHolder();
    assertThat(Gss.compareName(minor, back.orElseThrow(), mn.orElseThrow(), equal))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(equal.get()).isTrue();
    Buffer again = new Buffer();
    Gss.exportName(minor, back.orElseThrow(), again);
    assertThat(again.value()).isEqualTo(exported.value());

    // The same name exported through the concatenated OID reaches the original directly.
    byte[] viaConcat = GlueTokens.name(CONCAT, t.name());
    NameHandle.Ref direct = new NameHandle.Ref();
    assertThat(Gss.importName(minor, viaConcat, Gss.GSS_C_NT_EXPORT_NAME, direct))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(PskInterposer.calls("importName")).isEqualTo(imports + 1);
    StringHolder text = new StringHolder();
    Gss.displayName(minor, direct.orElseThrow(), text, null);
    assertThat(text.get()).isEqualTo("alice");
  }

  @Test
  void exportedCredentialsRoundTripAndStillWork() throws Exception {
    CredHandle cred = Exchange.cred(ALPHA, Gss.GSS_C_INITIATE, "alice", Exchange.PSK);
    MinorStatus minor = new MinorStatus();
    Buffer token = new Buffer();
    assertThat(Gss.exportCred(minor, cred, token)).isEqualTo(GSS_S_COMPLETE);
    GlueCredToken outer = GlueCredToken.parse(token.value());
    assertThat(outer.elements()).singleElement().extracting(GlueCredToken.Element::mech)
        .isEqualTo(ALPHA);
    byte[] mt = outer.elements().get(0).mechToken();
    assertThat(Arrays.copyOf(mt, 4)).isEqualTo(PskInterposer.CRED_MAGIC);
    GlueCredToken inner = GlueCredToken.parse(Arrays.copyOfRange(mt, 4, mt.length));
    assertThat(inner.elements().get(0).mech()).isEqualTo(CONCAT);

    CredHandle.Ref back = new CredHandle.Ref();
    assertThat(Gss.importCred(minor, token.value(), back)).isEqualTo(GSS_S_COMPLETE);
    Exchange x = new Exchange();
    int major = x.run(back.orElseThrow(),
        Exchange.cred(ALPHA, Gss.GSS_C_ACCEPT, null, Exchange.PSK),
        Exchange.service("host@h"), ALPHA, 0, null, null);
    assertThat(major).as(Gss.displayStatus(major, x.minor)).isEqualTo(GSS_S_COMPLETE);
    x.close();
    back.close();
    cred.close();
  }

  @Test
  void applicationsMayUseTheConcatenatedOidToBypassTheInterposer() {
    int acquires = PskInterposer.calls("acquireCredFrom");
    CredHandle init = Exchange.cred(CONCAT, Gss.GSS_C_INITIATE, "bob", Exchange.PSK);
    CredHandle acc = Exchange.cred(CONCAT, Gss.GSS_C_ACCEPT, null, Exchange.PSK);
    assertThat(PskInterposer.calls("acquireCredFrom")).isEqualTo(acquires);
    MinorStatus minor = new MinorStatus();
    OidSetHolder mechs = new OidSetHolder();
    Gss.inquireCred(minor, init, null, null, null, mechs);
    assertThat(mechs.get()).isEqualTo(OidSet.of(CONCAT));
    int inits = PskInterposer.calls("initSecContext");
    Exchange x = new Exchange();
    assertThat(x.run(init, acc, Exchange.service("h@h"), CONCAT, 0, null, null))
        .isEqualTo(GSS_S_COMPLETE);
    assertThat(PskInterposer.calls("initSecContext")).isEqualTo(inits);
    x.close();
  }

  @Test
  void minorCodesPassThroughTheInterposerAndDisplayTheOriginalText() {
    Exchange x = new Exchange();
    int major = x.run(Exchange.cred(ALPHA, 1, "alice", Exchange.PSK),
        Exchange.cred(ALPHA, 2, null, HexFormat.of().formatHex(new byte[32])),
        Exchange.service("host@h"), ALPHA, 0, null, null);
    assertThat(major).isEqualTo(GSS_S_DEFECTIVE_TOKEN);
    assertThat(x.minor.mech()).isEqualTo(ALPHA);
    assertThat(Gss.displayStatus(major, x.minor)).endsWith("interposed: alpha: bad MAC");
    x.close();
  }

  @Test
  void credentialStoresReachTheOriginal() throws Exception {
    java.nio.file.Path file = java.nio.file.Files.createTempFile("psk", ".hex");
    java.nio.file.Files.delete(file);
    CredHandle cred = Exchange.cred(ALPHA, Gss.GSS_C_INITIATE, "alice", Exchange.PSK);
    MinorStatus minor = new MinorStatus();
    OidSetHolder stored = new OidSetHolder();
    assertThat(Gss.storeCredInto(minor, cred, Gss.GSS_C_INITIATE, null, false, false,
        Map.of("psk_file", file.toString()), stored, null)).isEqualTo(GSS_S_COMPLETE);
    assertThat(stored.get()).isEqualTo(OidSet.of(ALPHA));
    assertThat(java.nio.file.Files.readString(file)).isEqualTo(Exchange.PSK);
    java.nio.file.Files.delete(file);
    cred.close();
  }
}

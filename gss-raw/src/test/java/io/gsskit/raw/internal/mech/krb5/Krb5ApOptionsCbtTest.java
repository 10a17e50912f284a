package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.ChannelBindings;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.ccache.Credential;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.config.Environment;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.iana.ApOption;
import io.gsskit.raw.internal.kerberos.iana.FlagBits;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.proto.ApReq;
import io.gsskit.raw.internal.kerberos.proto.Authenticator;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationData;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationDataEntry;
import io.gsskit.raw.internal.kerberos.proto.Checksum;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.GssChecksumBody;
import io.gsskit.raw.internal.kerberos.proto.Ticket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * KERB_AP_OPTIONS_CBT ({@link ApOptionsCbt}) on GSSKit's acceptor, with authenticators built
 * here around the ccache's service ticket (Kerby KDC), and on GSSKit's initiator with
 * {@code client_aware_channel_bindings}. The same rules are checked against MIT's library in
 * {@code Krb5ApOptionsCbtMitTest}.
 */
class Krb5ApOptionsCbtTest {

  static final byte[] CB = "tls-server-end-point:cbt".getBytes(StandardCharsets.UTF_8);
  static final byte[] CBT = {0x00, 0x40, 0x00, 0x00};

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

  static AuthorizationData ifRelevant(AuthorizationDataEntry... inner) {
    return new AuthorizationData(List.of(new AuthorizationDataEntry(1,
        new AuthorizationData(List.of(inner)).encode())));
  }

  static AuthorizationDataEntry apOptions(byte[] value) {
    return new AuthorizationDataEntry(143, value);
  }

  /** What an acceptor answered. */
  record Answer(int major, int minor, int flags, byte[] token) {}

  /**
   * Accepts a hand-built AP-REQ (the ccache's service ticket, mutual) whose authenticator has
   * {@code ad}, a 0x8003 checksum over {@code initiatorCb} (zero hash when null) or, when
   * {@code withChecksum} is false, no checksum.
   */
  static Answer accept(@Nullable AuthorizationData ad, boolean withChecksum,
      byte @Nullable [] initiatorCb, byte @Nullable [] acceptorCb) throws Exception {
    Credential st = CredentialCaches.resolve("FILE:" + fx.ccache).credentials().stream()
        .filter(c -> !c.isConfigEntry() && c.server().toString().equals(fx.service))
        .findFirst().orElseThrow();
    KerberosKey session = KerberosKey.of(st.key());
    Instant now = Instant.now();
    byte[] bnd = initiatorCb == null ? new byte[GssChecksumBody.BND_LENGTH]
        : ChannelBindingHash.of(ChannelBindings.ofApplicationData(initiatorCb));
    GssChecksumBody body = new GssChecksumBody(bnd,
        Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_CONF_FLAG, 0, null, List.of());
    Authenticator auth = new Authenticator(st.client().realm(), st.client().name(),
        withChecksum ? new Checksum(Checksum.GSS_CHECKSUM_TYPE, body.encode()) : null,
        now.getNano() / 1000, now.truncatedTo(ChronoUnit.SECONDS), null, 7L, ad);
    byte[] enc = KerberosCrypto.encrypt(session, KeyUsage.AP_REQ_AUTH, auth.encode());
    ApReq apReq = new ApReq(FlagBits.mask(ApOption.MUTUAL_REQUIRED), Ticket.decode(st.ticket()),
        new EncryptedData(session.keyType(), null, enc));
    byte[] token = Krb5Tokens.frame(Gss.GSS_MECH_KRB5, Krb5Tokens.AP_REQ, apReq.encode());
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    IntHolder flags = new IntHolder();
    int major = glue.contexts.acceptSecContext(minor, new ContextHandle.Ref(), acc, token,
        acceptorCb == null ? null : ChannelBindings.ofApplicationData(acceptorCb), null, null,
        out, flags, null, null);
    return new Answer(major, minor.value(), flags.get(),
        out.value() == null ? new byte[0] : out.value());
  }

  @Test
  void assertedCbtRequiresMatchingBindingsWhenTheAcceptorHasSome() throws Exception {
    AuthorizationData cbt = ifRelevant(apOptions(CBT));
    byte[] other = "other".getBytes(StandardCharsets.UTF_8);
    // MIT's t_bindings.py matrix with a CBT-aware client: (initiator, acceptor) -> result.
    assertThat(accept(cbt, true, null, null).major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(accept(cbt, true, CB, null).major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Answer both = accept(cbt, true, CB, CB);
    assertThat(both.major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(both.flags() & Gss.GSS_C_CHANNEL_BOUND_FLAG).isNotZero();
    Answer none = accept(cbt, true, null, CB);
    assertThat(none.major()).isEqualTo(GssStatus.GSS_S_BAD_BINDINGS);
    assertThat(Krb5Minor.describe(none.minor())).contains("KERB_AP_OPTIONS_CBT");
    assertThat(none.token()).as("an error token for the mutual initiator").isNotEmpty();
    assertThat(accept(cbt, true, other, CB).major()).isEqualTo(GssStatus.GSS_S_BAD_BINDINGS);
    // Without a checksum there are no bindings to match (MIT checks CBT anyway).
    assertThat(accept(cbt, false, null, CB).major()).isEqualTo(GssStatus.GSS_S_BAD_BINDINGS);
    assertThat(accept(cbt, false, null, null).major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    // Without the assertion a missing hash is fine (RFC 4121, MIT 1.19's CHANNEL_BOUND rules).
    Answer plain = accept(null, true, null, CB);
    assertThat(plain.major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(plain.flags() & Gss.GSS_C_CHANNEL_BOUND_FLAG).isZero();
  }

  @Test
  void theElementIsFoundAtTopLevelAndInNestedContainersAndOnlyTheCbtBitCounts()
      throws Exception {
    // top level
    assertThat(accept(new AuthorizationData(List.of(apOptions(CBT))), true, null, CB).major())
        .isEqualTo(GssStatus.GSS_S_BAD_BINDINGS);
    // AD-IF-RELEVANT inside AD-IF-RELEVANT, after another element
    AuthorizationData nested = new AuthorizationData(List.of(new AuthorizationDataEntry(1,
        new AuthorizationData(List.of(new AuthorizationDataEntry(129, new byte[] {0x30, 0}),
            new AuthorizationDataEntry(1, new AuthorizationData(List.of(apOptions(CBT)))
                .encode()))).encode())));
    assertThat(accept(nested, true, null, CB).major()).isEqualTo(GssStatus.GSS_S_BAD_BINDINGS);
    // other option bits, little-endian: 0x00004000 only
    for (byte[] v : new byte[][] {{0x40, 0, 0, 0}, {0, 0, 0x40, 0}, {(byte) 0xFF, (byte) 0xBF,
        (byte) 0xFF, (byte) 0xFF}, {0, 0, 0, 0}}) {
      assertThat(accept(ifRelevant(apOptions(v)), true, null, CB).major())
          .isEqualTo(GssStatus.GSS_S_COMPLETE);
    }
    assertThat(accept(ifRelevant(apOptions(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
        (byte) 0xFF})), true, null, CB).major()).isEqualTo(GssStatus.GSS_S_BAD_BINDINGS);
  }

  @Test
  void malformedApOptionsFailAsMit() throws Exception {
    for (AuthorizationData ad : List.of(ifRelevant(apOptions(new byte[3])),
        ifRelevant(apOptions(new byte[5])), ifRelevant(apOptions(CBT), apOptions(CBT)),
        new AuthorizationData(List.of(apOptions(CBT), new AuthorizationDataEntry(1,
            new AuthorizationData(List.of(apOptions(new byte[4]))).encode()))))) {
      // even without acceptor bindings (MIT's check_cbt runs first)
      Answer a = accept(ad, true, null, null);
      assertThat(a.major()).as(ad.toString()).isEqualTo(GssStatus.GSS_S_FAILURE);
      assertThat(a.minor()).isEqualTo(KerberosErrorCode.KRB_AP_ERR_MSG_TYPE.mitCode());
    }
    Answer broken = accept(new AuthorizationData(List.of(new AuthorizationDataEntry(1,
        new byte[] {0x30, 0x05, 0x02}))), true, null, null);
    assertThat(broken.major()).isEqualTo(GssStatus.GSS_S_FAILURE);
  }

  @Test
  void theFinderIsTotalOverRandomAuthorizationData() {
    long seed = new Random().nextLong();
    Random rnd = new Random(seed);
    for (int i = 0; i < 3000; i++) {
      AuthorizationData ad = randomAd(rnd, 0);
      try {
        ApOptionsCbt.asserted(ad);
      } catch (AuthenticatorDataInvalid e) {
        assertThat(e.minorCode).as("seed " + seed).isNotZero();
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + ad, e);
      }
    }
    // nesting deeper than the container cap is a defined failure
    AuthorizationData deep = new AuthorizationData(List.of(apOptions(CBT)));
    for (int d = 0; d < 12; d++) {
      deep = new AuthorizationData(List.of(new AuthorizationDataEntry(1, deep.encode())));
    }
    AuthorizationData tooDeep = deep;
    assertThatThrownBy(() -> ApOptionsCbt.asserted(tooDeep))
        .isInstanceOf(AuthenticatorDataInvalid.class);
  }

  private static AuthorizationData randomAd(Random rnd, int depth) {
    List<AuthorizationDataEntry> entries = new ArrayList<>();
    int n = rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      int pick = rnd.nextInt(5);
      if (pick == 0 && depth < 10) {
        entries.add(new AuthorizationDataEntry(1, randomAd(rnd, depth + 1).encode()));
      } else if (pick == 1) {
        byte[] junk = new byte[rnd.nextInt(8)];
        rnd.nextBytes(junk);
        entries.add(new AuthorizationDataEntry(1, junk));
      } else if (pick == 2) {
        byte[] v = new byte[rnd.nextInt(3) == 0 ? rnd.nextInt(7) : 4];
        rnd.nextBytes(v);
        entries.add(apOptions(v));
      } else {
        byte[] v = new byte[rnd.nextInt(6)];
        rnd.nextBytes(v);
        entries.add(new AuthorizationDataEntry(rnd.nextInt(300) - 20, v));
      }
    }
    return new AuthorizationData(entries);
  }

  @Test
  void clientAwareChannelBindingsMakesGsskitsInitiatorAssertCbt() throws Exception {
    Path aware = fx.dir.resolve("aware.conf");
    Files.writeString(aware, "[libdefaults]\n client_aware_channel_bindings = true\n");
    Glue g = Krb5Fixture.glue(new Krb5Settings(Environment.of(fx.env(), 1000, 1000, "tester"),
        Clock.systemUTC(), new SecureRandom(), Krb5Config.load(List.of(aware, fx.krb5Conf))));
    NameHandle target = Krb5Fixture.name(g, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    CredHandle acc = Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT, Map.of());
    for (byte[] initiatorCb : new byte[][] {null, CB}) {
      for (byte[] acceptorCb : new byte[][] {null, CB}) {
        MinorStatus minor = new MinorStatus();
        Buffer tok = new Buffer();
        int major = g.contexts.initSecContext(minor, null, new ContextHandle.Ref(), target,
            Gss.GSS_MECH_KRB5, 0, 0, initiatorCb == null ? null
                : ChannelBindings.ofApplicationData(initiatorCb), null, null, tok, null, null);
        assertThat(major).isEqualTo(GssStatus.GSS_S_COMPLETE);
        ContextHandle.Ref actx = new ContextHandle.Ref();
        major = g.contexts.acceptSecContext(minor, actx, acc, tok.value(),
            acceptorCb == null ? null : ChannelBindings.ofApplicationData(acceptorCb), null, null,
            new Buffer(), null, null, null);
        String what = "initiator cb " + (initiatorCb != null) + ", acceptor cb "
            + (acceptorCb != null);
        if (initiatorCb == null && acceptorCb != null) {
          assertThat(major).as(what).isEqualTo(GssStatus.GSS_S_BAD_BINDINGS);
          continue;
        }
        assertThat(major).as(what).isEqualTo(GssStatus.GSS_S_COMPLETE);
        // the element, as MIT's initiator sends it (Krb5ApOptionsCbtMitTest compares the bytes)
        List<byte[]> ad = Krb5InquiryTest.inquireOk(g, actx.get(),
            io.gsskit.raw.ext.Krb5Inquiry.authzDataOid(1)).asList();
        assertThat(ad).hasSize(1);
        assertThat(AuthorizationData.decode(ad.get(0)).entries())
            .containsExactly(apOptions(CBT));
      }
    }
    // without the relation (the fixture's krb5.conf) no element is sent
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    byte[] tok = Krb5Fixture.init(glue, ictx, Krb5Fixture.name(glue, fx.service,
        Gss.GSS_KRB5_NT_PRINCIPAL_NAME), 0, null, GssStatus.GSS_S_COMPLETE);
    MinorStatus minor = new MinorStatus();
    assertThat(glue.contexts.acceptSecContext(minor, new ContextHandle.Ref(),
        Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of()), tok,
        ChannelBindings.ofApplicationData(CB), null, null, new Buffer(), null, null, null))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
  }
}

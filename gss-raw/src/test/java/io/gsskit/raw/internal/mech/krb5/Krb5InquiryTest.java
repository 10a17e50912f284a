package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.ext.Krb5Inquiry;
import io.gsskit.raw.internal.glue.Glue;
import io.gsskit.raw.internal.kerberos.ccache.Credential;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.crypto.KerberosCrypto;
import io.gsskit.raw.internal.kerberos.crypto.KerberosKey;
import io.gsskit.raw.internal.kerberos.crypto.KeyUsage;
import io.gsskit.raw.internal.kerberos.proto.ApReq;
import io.gsskit.raw.internal.kerberos.proto.Authenticator;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationData;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationDataEntry;
import io.gsskit.raw.internal.kerberos.proto.Checksum;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.GssChecksumBody;
import io.gsskit.raw.internal.kerberos.proto.Ticket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kerberos {@code inquire_sec_context_by_oid} inquiries of {@link Krb5Inquiry} (ticket
 * flags, authtime, authorization data by ad-type) on contexts established with tickets from the
 * embedded Kerby KDC; authenticator authorization data come from a hand-built AP-REQ. The same
 * inquiries are compared with MIT's library in {@code Krb5InquiryMitTest}.
 */
class Krb5InquiryTest {

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

  static int inquire(Glue g, ContextHandle ctx, Oid oid, BufferSet out, MinorStatus minor) {
    return g.contexts.inquireSecContextByOid(minor, ctx, oid, out);
  }

  static BufferSet inquireOk(Glue g, ContextHandle ctx, Oid oid) {
    MinorStatus minor = new MinorStatus();
    BufferSet out = new BufferSet();
    int major = inquire(g, ctx, oid, out, minor);
    assertThat(major).as(oid + ": " + g.status.describe(major, minor))
        .isEqualTo(GssStatus.GSS_S_COMPLETE);
    return out;
  }

  private static Credential serviceTicket() throws Exception {
    return CredentialCaches.resolve("FILE:" + fx.ccache).credentials().stream()
        .filter(c -> !c.isConfigEntry() && c.server().toString().equals(fx.service))
        .findFirst().orElseThrow();
  }

  @Test
  void ticketFlagsAndAuthtimeOnBothSidesMatchTheTicket() throws Exception {
    NameHandle target = Krb5Fixture.name(glue, "HTTP@" + Krb5Fixture.HOST,
        Gss.GSS_C_NT_HOSTBASED_SERVICE);
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    byte[] apReq = Krb5Fixture.init(glue, ictx, target, Gss.GSS_C_MUTUAL_FLAG, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    // MIT: not established yet, no answer.
    MinorStatus minor = new MinorStatus();
    assertThat(inquire(glue, ictx.get(), Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID,
        new BufferSet(), minor)).isEqualTo(GssStatus.GSS_S_NO_CONTEXT);
    ContextHandle.Ref actx = new ContextHandle.Ref();
    Buffer out = new Buffer();
    int major = glue.contexts.acceptSecContext(minor, actx, acc, apReq, null, null, null, out,
        null, null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Krb5Fixture.init(glue, ictx, target, Gss.GSS_C_MUTUAL_FLAG, out.value(),
        GssStatus.GSS_S_COMPLETE);

    Credential st = serviceTicket();
    byte[] flagsLe = {(byte) st.ticketFlags(), (byte) (st.ticketFlags() >>> 8),
        (byte) (st.ticketFlags() >>> 16), (byte) (st.ticketFlags() >>> 24)};
    for (ContextHandle c : List.of(ictx.get(), actx.get())) {
      BufferSet flags = inquireOk(glue, c, Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID);
      assertThat(flags.size()).isEqualTo(1);
      assertThat(flags.get(0)).containsExactly(flagsLe);
      assertThat(Krb5Inquiry.decodeInt32(flags.get(0))).isEqualTo(st.ticketFlags());
      BufferSet at = inquireOk(glue, c, Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID);
      assertThat(at.size()).isEqualTo(1);
      assertThat(Krb5Inquiry.decodeAuthtime(at.get(0)))
          .isEqualTo(Instant.ofEpochSecond(st.authTime()))
          .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1,
              ChronoUnit.HOURS));
      // Kerby puts no authorization data in tickets; GSSKit's initiator none in authenticators
      // (the fixture does not set client_aware_channel_bindings).
      assertThat(inquireOk(glue, c, Krb5Inquiry.authzDataOid(1)).size()).isZero();
    }
    // The initiator's answer is that of its own context; the acceptor's comes from the ticket it
    // decrypted, so both saw the same ticket.
    assertThat(inquireOk(glue, actx.get(), Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID).get(0))
        .containsExactly(inquireOk(glue, ictx.get(), Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID)
            .get(0));
  }

  @Test
  void authenticatorAuthorizationDataAfterTheTicketsAndByTopLevelType() throws Exception {
    byte[] apOptions = {0x00, 0x40, 0x00, 0x00}; // KERB_AP_OPTIONS_CBT, as MIT sends it
    AuthorizationData inner = new AuthorizationData(List.of(
        new AuthorizationDataEntry(143, apOptions)));
    AuthorizationData ad = new AuthorizationData(List.of(
        new AuthorizationDataEntry(1, inner.encode()),
        new AuthorizationDataEntry(-17, new byte[] {1, 2, 3}),
        new AuthorizationDataEntry(1, new AuthorizationData(List.of()).encode()),
        new AuthorizationDataEntry(70000, new byte[0])));
    ContextHandle ctx = acceptHandBuilt(ad);

    BufferSet ifRelevant = inquireOk(glue, ctx, Krb5Inquiry.authzDataOid(1));
    assertThat(ifRelevant.asList()).hasSize(2);
    assertThat(ifRelevant.get(0)).containsExactly(inner.encode());
    assertThat(ifRelevant.get(1)).containsExactly(new AuthorizationData(List.of()).encode());
    BufferSet big = inquireOk(glue, ctx, Krb5Inquiry.authzDataOid(70000));
    assertThat(big.asList()).hasSize(1);
    assertThat(big.get(0)).isEmpty();
    // Containers are not opened (MIT): 143 sits inside AD-IF-RELEVANT.
    assertThat(inquireOk(glue, ctx, Krb5Inquiry.authzDataOid(143)).size()).isZero();
    assertThat(inquireOk(glue, ctx, Krb5Inquiry.authzDataOid(128)).size()).isZero();
  }

  @Test
  void malformedAuthorizationDataQueriesFailAsMit() throws Exception {
    ContextHandle ctx = acceptHandBuilt(null);
    for (String oid : List.of("1.2.840.113554.1.2.2.5.10", "1.2.840.113554.1.2.2.5.10.0",
        "1.2.840.113554.1.2.2.5.10.1.1", "1.2.840.113554.1.2.2.5.10.2147483648",
        "1.2.840.113554.1.2.2.5.10.99999999999999999999")) {
      MinorStatus minor = new MinorStatus();
      BufferSet out = new BufferSet();
      assertThat(inquire(glue, ctx, Oid.of(oid), out, minor)).as(oid)
          .isEqualTo(GssStatus.GSS_S_FAILURE);
      assertThat(out.size()).isZero();
    }
    assertThat(inquireOk(glue, ctx, Oid.of("1.2.840.113554.1.2.2.5.10.2147483647")).size())
        .isZero();
    // Other OIDs under the arc stay unavailable.
    MinorStatus minor = new MinorStatus();
    assertThat(inquire(glue, ctx, Oid.of("1.2.840.113554.1.2.2.5.13"), new BufferSet(), minor))
        .isEqualTo(GssStatus.GSS_S_UNAVAILABLE);
  }

  /** Every Kerberos inquiry's answer, by OID, as hex (or the status when it fails). */
  static Map<String, List<String>> answers(Glue g, ContextHandle ctx, List<Oid> oids) {
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (Oid oid : oids) {
      MinorStatus minor = new MinorStatus();
      BufferSet set = new BufferSet();
      int major = inquire(g, ctx, oid, set, minor);
      out.put(oid.toString(), major != GssStatus.GSS_S_COMPLETE ? List.of("major " + major)
          : set.asList().stream().map(java.util.HexFormat.of()::formatHex).toList());
    }
    return out;
  }

  static final List<Oid> KERBEROS_INQUIRIES = List.of(Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID,
      Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID, Krb5Inquiry.authzDataOid(1),
      Krb5Inquiry.authzDataOid(143), Krb5Inquiry.authzDataOid(128),
      Krb5Inquiry.authzDataOid(70000));

  private static ContextHandle exportImport(ContextHandle ctx) {
    MinorStatus minor = new MinorStatus();
    Buffer token = new Buffer();
    int major = glue.contexts.exportSecContext(minor, ContextHandle.Ref.of(ctx), token);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    ContextHandle.Ref imported = new ContextHandle.Ref();
    major = glue.contexts.importSecContext(minor, token.value(), imported);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return imported.get();
  }

  @Test
  void importedAcceptorContextsAnswerAsTheOriginal() throws Exception {
    AuthorizationData ad = new AuthorizationData(List.of(
        new AuthorizationDataEntry(1, new AuthorizationData(List.of(
            new AuthorizationDataEntry(143, new byte[] {0, 0x40, 0, 0}))).encode()),
        new AuthorizationDataEntry(-17, new byte[] {1, 2, 3}),
        new AuthorizationDataEntry(1, new byte[] {0x30, 0x00}),
        new AuthorizationDataEntry(70000, new byte[0])));
    ContextHandle ctx = acceptHandBuilt(ad);
    Map<String, List<String>> before = answers(glue, ctx, KERBEROS_INQUIRIES);
    assertThat(before.get(Krb5Inquiry.authzDataOid(1).toString())).hasSize(2);
    assertThat(before.get(Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID.toString()))
        .hasSize(1).noneMatch(v -> v.startsWith("major"));
    ContextHandle imported = exportImport(ctx);
    assertThat(answers(glue, imported, KERBEROS_INQUIRIES)).isEqualTo(before);
    // and again: an imported context exports what it imported
    assertThat(answers(glue, exportImport(imported), KERBEROS_INQUIRIES)).isEqualTo(before);
  }

  @Test
  void importedInitiatorContextsAnswerAsTheOriginal() throws Exception {
    NameHandle target = Krb5Fixture.name(glue, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    ContextHandle.Ref ictx = new ContextHandle.Ref();
    Krb5Fixture.init(glue, ictx, target, 0, null, GssStatus.GSS_S_COMPLETE);
    Map<String, List<String>> before = answers(glue, ictx.get(), KERBEROS_INQUIRIES);
    assertThat(before.get(Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID.toString()))
        .containsExactly(java.util.HexFormat.of().formatHex(new byte[] {
            (byte) serviceTicket().authTime(), (byte) (serviceTicket().authTime() >>> 8),
            (byte) (serviceTicket().authTime() >>> 16),
            (byte) (serviceTicket().authTime() >>> 24)}));
    assertThat(answers(glue, exportImport(ictx.get()), KERBEROS_INQUIRIES)).isEqualTo(before);
  }

  @Test
  void contextsImportedFromVersion1TokensKeepTicketFlagsButNotAuthtimeOrAuthorizationData()
      throws Exception {
    byte[] v1;
    try (var in = Krb5InquiryTest.class.getResourceAsStream(
        "Krb5ImportFuzzInputs/importSecContext/acceptor-session-key")) {
      v1 = in.readAllBytes();
    }
    assertThat(v1[4]).as("version").isEqualTo((byte) 1);
    Krb5Mechanism mech = new Krb5Mechanism(fx.settings(fx.env(), java.time.Clock.systemUTC()));
    io.gsskit.raw.spi.Holder<io.gsskit.raw.spi.MechContext> h = new io.gsskit.raw.spi.Holder<>();
    MinorStatus minor = new MinorStatus();
    assertThat(mech.importSecContext(minor, v1, h)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    BufferSet flags = new BufferSet();
    assertThat(mech.inquireSecContextByOid(minor, h.get(), Krb5Inquiry.GSS_KRB5_GET_TKT_FLAGS_OID,
        flags)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    assertThat(flags.size()).isEqualTo(1);
    for (Oid oid : List.of(Krb5Inquiry.GSS_KRB5_EXTRACT_AUTHTIME_FROM_SEC_CONTEXT_OID,
        Krb5Inquiry.authzDataOid(1))) {
      BufferSet out = new BufferSet();
      assertThat(mech.inquireSecContextByOid(minor, h.get(), oid, out)).as(oid.toString())
          .isEqualTo(GssStatus.GSS_S_UNAVAILABLE);
      assertThat(Krb5Minor.describe(minor.value())).contains("older than version 3");
      assertThat(out.size()).isZero();
    }
    h.get().release();
  }

  @Test
  void authzOidAndDecoders() {
    assertThat(Krb5Inquiry.authzDataOid(128).toString())
        .isEqualTo("1.2.840.113554.1.2.2.5.10.128");
    assertThat(Krb5Inquiry.authzDataOid(Integer.MAX_VALUE).toString())
        .isEqualTo("1.2.840.113554.1.2.2.5.10.2147483647");
    assertThatThrownBy(() -> Krb5Inquiry.authzDataOid(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Krb5Inquiry.authzDataOid(-1))
        .isInstanceOf(IllegalArgumentException.class);
    // MIT's bytes on x86-64 for an anonymous ticket's flags 0x00298000 and an authtime.
    assertThat(Krb5Inquiry.decodeInt32(new byte[] {0x00, (byte) 0x80, 0x29, 0x00}))
        .isEqualTo(0x00298000);
    assertThat(Krb5Inquiry.decodeAuthtime(new byte[] {(byte) 0xf5, (byte) 0xe9, 0x03, 0x6b}))
        .isEqualTo(Instant.ofEpochSecond(0x6b03e9f5L));
    assertThat(Krb5Inquiry.decodeAuthtime(new byte[] {-1, -1, -1, -1}))
        .isEqualTo(Instant.ofEpochSecond(0xFFFF_FFFFL));
    assertThatThrownBy(() -> Krb5Inquiry.decodeInt32(new byte[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void adTypeParserIsTotal() {
    long seed = new Random().nextLong();
    Random r = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder("1.2.840.113554.1.2.2.5.10");
      int arcs = r.nextInt(3);
      for (int a = 0; a < arcs; a++) {
        sb.append('.').append(r.nextBoolean() ? r.nextInt(Integer.MAX_VALUE)
            : Math.abs(r.nextLong()));
      }
      Oid oid = Oid.of(sb.toString());
      int t = Krb5ContextInquiries.adType(oid);
      if (arcs == 1) {
        long arc = Long.parseLong(sb.substring(sb.lastIndexOf(".") + 1));
        assertThat(t).as("seed " + seed + " " + oid)
            .isEqualTo(arc > 0 && arc <= Integer.MAX_VALUE ? (int) arc : -1);
      } else {
        assertThat(t).as("seed " + seed + " " + oid).isEqualTo(-1);
      }
    }
  }

  /**
   * Accepts an AP-REQ built here from the ccache's service ticket, with an authenticator that
   * carries {@code ad} (GSSKit's initiator sends authenticator authorization data only with
   * {@code client_aware_channel_bindings}, and then only KERB_AP_OPTIONS_CBT).
   */
  private static ContextHandle acceptHandBuilt(AuthorizationData ad) throws Exception {
    Credential st = serviceTicket();
    KerberosKey session = KerberosKey.of(st.key());
    Instant now = Instant.now();
    GssChecksumBody body = new GssChecksumBody(new byte[GssChecksumBody.BND_LENGTH],
        Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_CONF_FLAG, 0, null, List.of());
    Authenticator auth = new Authenticator(st.client().realm(), st.client().name(),
        new Checksum(Checksum.GSS_CHECKSUM_TYPE, body.encode()), now.getNano() / 1000,
        now.truncatedTo(ChronoUnit.SECONDS), null, 7L, ad);
    byte[] enc = KerberosCrypto.encrypt(session, KeyUsage.AP_REQ_AUTH, auth.encode());
    ApReq apReq = new ApReq(0, Ticket.decode(st.ticket()),
        new EncryptedData(session.keyType(), null, enc));
    byte[] token = Krb5Tokens.frame(Gss.GSS_MECH_KRB5, Krb5Tokens.AP_REQ, apReq.encode());
    CredHandle acc = Krb5Fixture.cred(glue, Gss.GSS_C_ACCEPT, Map.of());
    MinorStatus minor = new MinorStatus();
    ContextHandle.Ref actx = new ContextHandle.Ref();
    int major = glue.contexts.acceptSecContext(minor, actx, acc, token, null, null, null,
        new Buffer(), null, null, null);
    assertThat(major).as(glue.status.describe(major, minor)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    return actx.get();
  }
}

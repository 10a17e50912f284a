package io.gsskit.raw.internal.mech.krb5;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.Buffer;
import io.gsskit.raw.BufferSet;
import io.gsskit.raw.ContextHandle;
import io.gsskit.raw.CredHandle;
import io.gsskit.raw.Gss;
import io.gsskit.raw.GssStatus;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.NameHandle;
import io.gsskit.raw.Oid;
import io.gsskit.raw.ext.Inquiry;
import io.gsskit.raw.ext.Krb5Inquiry;
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
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.proto.ApReq;
import io.gsskit.raw.internal.kerberos.proto.Authenticator;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationData;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationDataEntry;
import io.gsskit.raw.internal.kerberos.proto.Checksum;
import io.gsskit.raw.internal.kerberos.proto.EncryptedData;
import io.gsskit.raw.internal.kerberos.proto.EncryptionKey;
import io.gsskit.raw.internal.kerberos.proto.GssChecksumBody;
import io.gsskit.raw.internal.kerberos.proto.Ticket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 4537 on GSSKit's acceptor and initiator with the Kerby KDC's aes256-cts-hmac-sha1-96
 * tickets and a profile whose {@code permitted_enctypes} puts aes128-cts-hmac-sha256-128 first:
 * hand-built authenticators (a list, none, a malformed one, a session key enctype that is not
 * permitted) and GSSKit ↔ GSSKit, where the acceptor's AP-REP subkey becomes aes128-sha256 and
 * protects RFC 4121 tokens. The rc4 → aes256 upgrade against MIT is
 * {@code Krb5EtypeNegotiationMitTest}.
 */
class Krb5EtypeNegotiationTest {

  private static final int FLAGS = Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_CONF_FLAG
      | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_REPLAY_FLAG;

  static Krb5Fixture fx;
  static Glue preferSha2;
  static Glue sha2Only;
  static int ticketEnctype;

  @BeforeAll
  static void start() throws Exception {
    fx = new Krb5Fixture();
    preferSha2 = glue("aes128-cts-hmac-sha256-128 aes256-cts-hmac-sha1-96 aes128-cts-hmac-sha1-96");
    sha2Only = glue("aes128-cts-hmac-sha256-128");
    ticketEnctype = serviceTicket().key().keyType();
  }

  @AfterAll
  static void stop() throws Exception {
    fx.close();
  }

  private static Glue glue(String permitted) throws Exception {
    Path conf = Files.createTempFile(fx.dir, "permitted", ".conf");
    Files.writeString(conf, "[libdefaults]\n permitted_enctypes = " + permitted + "\n");
    return Krb5Fixture.glue(new Krb5Settings(Environment.of(fx.env(), 1000, 1000, "tester"),
        Clock.systemUTC(), new SecureRandom(), Krb5Config.load(List.of(conf, fx.krb5Conf))));
  }

  private static Credential serviceTicket() throws Exception {
    return CredentialCaches.resolve("FILE:" + fx.ccache).credentials().stream()
        .filter(c -> !c.isConfigEntry() && c.server().toString().equals(fx.service))
        .findFirst().orElseThrow();
  }

  record Answer(int major, int minor, byte[] token, @Nullable ContextHandle ctx) {}

  /** Accepts a hand-built mutual AP-REQ around the ccache's service ticket. */
  static Answer accept(Glue g, @Nullable AuthorizationData ad, boolean withSubkey)
      throws Exception {
    Credential st = serviceTicket();
    KerberosKey session = KerberosKey.of(st.key());
    Instant now = Instant.now();
    GssChecksumBody body = new GssChecksumBody(new byte[GssChecksumBody.BND_LENGTH],
        Gss.GSS_C_MUTUAL_FLAG | Gss.GSS_C_INTEG_FLAG | Gss.GSS_C_CONF_FLAG, 0, null, List.of());
    EncryptionKey subkey = null;
    if (withSubkey) {
      KerberosKey k = KerberosCrypto.generateKey(session.encType(), new SecureRandom());
      subkey = new EncryptionKey(k.keyType(), k.copyBytes());
    }
    Authenticator auth = new Authenticator(st.client().realm(), st.client().name(),
        new Checksum(Checksum.GSS_CHECKSUM_TYPE, body.encode()), now.getNano() / 1000,
        now.truncatedTo(ChronoUnit.SECONDS), subkey, 7L, ad);
    byte[] enc = KerberosCrypto.encrypt(session, KeyUsage.AP_REQ_AUTH, auth.encode());
    ApReq apReq = new ApReq(FlagBits.mask(ApOption.MUTUAL_REQUIRED), Ticket.decode(st.ticket()),
        new EncryptedData(session.keyType(), null, enc));
    byte[] token = Krb5Tokens.frame(Gss.GSS_MECH_KRB5, Krb5Tokens.AP_REQ, apReq.encode());
    CredHandle acc = Krb5Fixture.cred(g, Gss.GSS_C_ACCEPT, Map.of());
    MinorStatus minor = new MinorStatus();
    Buffer out = new Buffer();
    ContextHandle.Ref ctx = new ContextHandle.Ref();
    int major = g.contexts.acceptSecContext(minor, ctx, acc, token, null, null, null, out, null,
        null, null);
    return new Answer(major, minor.value(), out.value() == null ? new byte[0] : out.value(),
        ctx.get());
  }

  static int keyEnctype(Glue g, ContextHandle ctx) {
    BufferSet key = new BufferSet();
    assertThat(g.contexts.inquireSecContextByOid(new MinorStatus(), ctx,
        Inquiry.GSS_C_INQ_SSPI_SESSION_KEY, key)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    String dotted = Oid.fromContent(key.get(1)).orElseThrow().toString();
    return Integer.parseInt(dotted.substring(dotted.lastIndexOf('.') + 1));
  }

  @Test
  void theAcceptorUpgradesToThePreferredListedEnctype() throws Exception {
    AuthorizationData list = EtypeNegotiation.apAuthdata(List.of(19, ticketEnctype), false);
    for (boolean withSubkey : new boolean[] {true, false}) {
      Answer a = accept(preferSha2, list, withSubkey);
      assertThat(a.major()).as(Krb5Minor.describe(a.minor())).isEqualTo(GssStatus.GSS_S_COMPLETE);
      assertThat(keyEnctype(preferSha2, a.ctx())).isEqualTo(19);
    }
    // with unknown, weak and duplicate entries around it
    Answer noisy = accept(preferSha2, EtypeNegotiation.apAuthdata(List.of(-128, 1, 23, 9999,
        19, 19, ticketEnctype), false), true);
    assertThat(keyEnctype(preferSha2, noisy.ctx())).isEqualTo(19);
    // no list, an empty list, or a list without a permitted newer enctype: no upgrade
    for (AuthorizationData ad : new AuthorizationData[] {null,
        EtypeNegotiation.apAuthdata(List.of(), false),
        EtypeNegotiation.apAuthdata(List.of(25, 26, 9999), false)}) {
      Answer a = accept(preferSha2, ad, true);
      assertThat(a.major()).isEqualTo(GssStatus.GSS_S_COMPLETE);
      assertThat(keyEnctype(preferSha2, a.ctx())).isEqualTo(ticketEnctype);
    }
  }

  @Test
  void aMalformedListOrAnUnpermittedSessionKeyFailsWithAnErrorToken() throws Exception {
    Answer bad = accept(preferSha2, new AuthorizationData(List.of(new AuthorizationDataEntry(1,
        new AuthorizationData(List.of(new AuthorizationDataEntry(129,
            new byte[] {0x30, 0x03, 0x04, 0x01, 0x12}))).encode()))), true);
    assertThat(bad.major()).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(bad.minor()).isEqualTo(KerberosLocalError.ASN1_BAD_ID.mitCode());
    assertThat(bad.token()).as("KRB-ERROR token").isNotEmpty();
    Answer noperm = accept(sha2Only, EtypeNegotiation.apAuthdata(List.of(19, ticketEnctype),
        false), true);
    assertThat(noperm.major()).isEqualTo(GssStatus.GSS_S_FAILURE);
    assertThat(noperm.minor()).isEqualTo(KerberosLocalError.KRB5_NOPERM_ETYPE.mitCode());
    assertThat(noperm.token()).isNotEmpty();
  }

  @Test
  void gsskitToGsskitNegotiatesAndUsesTheAcceptorSubkey() throws Exception {
    NameHandle target = Krb5Fixture.name(preferSha2, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    ContextHandle.Ref init = new ContextHandle.Ref();
    byte[] apReq = Krb5Fixture.init(preferSha2, init, target, FLAGS, null,
        GssStatus.GSS_S_CONTINUE_NEEDED);
    CredHandle acc = Krb5Fixture.cred(preferSha2, Gss.GSS_C_ACCEPT, Map.of());
    ContextHandle.Ref actx = new ContextHandle.Ref();
    Buffer out = new Buffer();
    MinorStatus minor = new MinorStatus();
    int major = preferSha2.contexts.acceptSecContext(minor, actx, acc, apReq, null, null, null,
        out, null, null, null);
    assertThat(major).as(Krb5Minor.describe(minor.value())).isEqualTo(GssStatus.GSS_S_COMPLETE);
    Krb5Fixture.init(preferSha2, init, target, FLAGS, out.value(), GssStatus.GSS_S_COMPLETE);
    assertThat(keyEnctype(preferSha2, init.get())).isEqualTo(19);
    assertThat(keyEnctype(preferSha2, actx.get())).isEqualTo(19);
    // the initiator's list, as MIT's make_ap_authdata builds it
    List<byte[]> ad = Krb5InquiryTest.inquireOk(preferSha2, actx.get(),
        Krb5Inquiry.authzDataOid(1)).asList();
    assertThat(ad).hasSize(1);
    assertThat(ad.get(0)).isEqualTo(EtypeNegotiation.apAuthdata(List.of(19, ticketEnctype),
        false).entries().get(0).adData());
    byte[] msg = "negotiated".getBytes(StandardCharsets.UTF_8);
    byte[] w = Krb5MessagesTest.wrap(preferSha2, actx.get(), true, msg);
    assertThat(w[0]).isEqualTo((byte) 0x05);
    assertThat(w[2]).as("SentByAcceptor | Sealed | AcceptorSubkey").isEqualTo((byte) 0x07);
    assertThat(Krb5MessagesTest.unwrap(preferSha2, init.get(), w, true)).isEqualTo(msg);
    byte[] back = Krb5MessagesTest.wrap(preferSha2, init.get(), true, msg);
    assertThat(Krb5MessagesTest.unwrap(preferSha2, actx.get(), back, true)).isEqualTo(msg);
    back[back.length - 1] ^= 1;
    assertThat(preferSha2.messages.unwrap(new MinorStatus(), actx.get(), back, new Buffer(),
        null, null)).isEqualTo(GssStatus.GSS_S_BAD_SIG);
  }

  @Test
  void withoutMutualAuthenticationNoListIsSent() throws Exception {
    NameHandle target = Krb5Fixture.name(preferSha2, fx.service, Gss.GSS_KRB5_NT_PRINCIPAL_NAME);
    ContextHandle.Ref init = new ContextHandle.Ref();
    byte[] apReq = Krb5Fixture.init(preferSha2, init, target, Gss.GSS_C_CONF_FLAG, null,
        GssStatus.GSS_S_COMPLETE);
    CredHandle acc = Krb5Fixture.cred(preferSha2, Gss.GSS_C_ACCEPT, Map.of());
    ContextHandle.Ref actx = new ContextHandle.Ref();
    MinorStatus minor = new MinorStatus();
    assertThat(preferSha2.contexts.acceptSecContext(minor, actx, acc, apReq, null, null, null,
        new Buffer(), null, null, null)).isEqualTo(GssStatus.GSS_S_COMPLETE);
    BufferSet ad = new BufferSet();
    preferSha2.contexts.inquireSecContextByOid(new MinorStatus(), actx.get(),
        Krb5Inquiry.authzDataOid(1), ad);
    assertThat(ad.asList()).isEmpty();
    assertThat(keyEnctype(preferSha2, actx.get())).isEqualTo(ticketEnctype);
  }
}

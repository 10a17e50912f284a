package io.gsskit.raw.internal.kerberos.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.Hex;
import io.gsskit.raw.internal.kerberos.iana.FlagBits;
import io.gsskit.raw.internal.kerberos.iana.KdcOption;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.MessageType;
import io.gsskit.raw.internal.kerberos.iana.NameType;
import io.gsskit.raw.internal.kerberos.iana.PaDataType;
import io.gsskit.raw.internal.kerberos.iana.TicketFlag;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bytes produced by real peers (Apache Kerby's KDC, MIT krb5 1.20 clients and GSS samples, the
 * JDK's JGSS; see golden/README.md) decode and re-encode byte-identically, and their fields are
 * consistent across the exchange.
 */
class GoldenEncodingTest {

  static final List<String> CAPTURED = List.of("kerby-kdc.txt", "mit-client.txt", "jdk-jgss.txt");

  static List<GoldenFiles.Golden> captured() {
    List<GoldenFiles.Golden> all = new ArrayList<>();
    for (String f : CAPTURED) {
      all.addAll(GoldenFiles.captured(f));
    }
    return all;
  }

  static GoldenFiles.Golden find(String source, String name) {
    return captured().stream().filter(g -> g.source().equals(source) && g.name().equals(name))
        .findFirst().orElseThrow(() -> new AssertionError("no golden " + source + ":" + name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captured")
  void roundTripsByteIdentically(GoldenFiles.Golden g) throws Exception {
    byte[] again;
    if (g.type().equals("GssChecksumBody")) {
      again = GssChecksumBody.decode(g.der()).encode();
    } else {
      DerEncodable value = Codecs.decoder(g.type()).decode(g.der());
      again = value.encode();
    }
    assertThat(Hex.of(again)).isEqualTo(Hex.of(g.der()));
  }

  @Test
  void everyDecoderHasARealPeerSample() {
    var covered = new java.util.HashSet<String>();
    captured().forEach(g -> covered.add(g.type()));
    GoldenFiles.mitReference().forEach(g -> covered.add(g.type()));
    assertThat(covered).contains("KdcReq", "KdcReqBody", "KdcRep", "EncKdcRepPart", "ApReq",
        "ApRep", "Authenticator", "EncApRepPart", "Ticket", "EncTicketPart", "KrbError",
        "MethodData", "EtypeInfo2", "EtypeInfo", "PaEncTsEnc", "KrbCred", "EncKrbCredPart",
        "KrbSafe", "KrbPriv", "EncKrbPrivPart", "EncryptedData", "EncryptionKey",
        "AuthorizationData", "AdKdcIssued", "PaData", "PaForUser", "PaS4uX509User",
        "GssChecksumBody");
  }

  @Test
  void preauthRequiredCarriesEtypeInfo2() throws Exception {
    KrbError err = KrbError.decode(find("kerby-kdc", "krb-error-25").der());
    assertThat(err.code()).isEqualTo(KerberosErrorCode.KDC_ERR_PREAUTH_REQUIRED);
    // Kerby quirk: the client's name is sent as sname, cname is absent
    assertThat(err.cname()).isNull();
    assertThat(err.sname()).isEqualTo(PrincipalName.of(NameType.NT_PRINCIPAL, "alice"));
    MethodData md = err.methodData().orElseThrow();
    EtypeInfo2 info = EtypeInfo2.decode(md.find(PaDataType.PA_ETYPE_INFO2).orElseThrow().value());
    assertThat(info.entries().stream().map(EtypeInfo2Entry::etype).collect(Collectors.toList()))
        .containsExactly(18, 17);
  }

  @Test
  void asExchangeIsConsistent() throws Exception {
    KdcReq req = KdcReq.decode(find("mit-client", "as-req-2").der());
    assertThat(req.isAsReq()).isTrue();
    assertThat(req.reqBody().cname()).isEqualTo(PrincipalName.of(1, "alice"));
    assertThat(req.reqBody().sname()).isEqualTo(PrincipalName.of(2, "krbtgt", "GSSKIT.TEST"));
    assertThat(FlagBits.isSet(req.reqBody().kdcOptions(), KdcOption.FORWARDABLE)).isTrue();
    assertThat(req.reqBody().encode()).isEqualTo(find("mit-client", "as-req-2-body").der());
    PaEncTsEnc ts = PaEncTsEnc.decode(find("mit-client", "as-req-2-pa-enc-ts-enc").der());
    KdcRep rep = KdcRep.decode(find("kerby-kdc", "as-rep").der());
    assertThat(rep.isAsRep()).isTrue();
    assertThat(rep.cname()).isEqualTo(PrincipalName.of(1, "alice"));
    EncKdcRepPart part = EncKdcRepPart.decode(find("kerby-kdc", "as-rep-enc-part").der());
    assertThat(part.applicationTag()).isEqualTo(MessageType.ENC_AS_REP_PART);
    assertThat((int) part.nonce()).isEqualTo((int) req.reqBody().nonce());
    assertThat(part.sname()).isEqualTo(rep.ticket().sname());
    assertThat(Duration.between(ts.patimestamp(), part.authtime()).abs())
        .isLessThan(Duration.ofMinutes(5));
    EncTicketPart tgt = EncTicketPart.decode(find("kerby-kdc", "tgt-enc-part").der());
    assertThat(tgt.key()).isEqualTo(part.key());
    assertThat(tgt.cname()).isEqualTo(rep.cname());
    assertThat(FlagBits.isSet(tgt.flags(), TicketFlag.FORWARDABLE)).isTrue();
  }

  @Test
  void tgsExchangeIsConsistent() throws Exception {
    KdcReq req = KdcReq.decode(find("mit-client", "tgs-1-req").der());
    assertThat(req.isAsReq()).isFalse();
    assertThat(req.reqBody().sname().components()).containsExactly("HTTP", "localhost");
    assertThat(req.findPadata(PaDataType.PA_FX_FAST)).as("MIT armors TGS requests").isPresent();
    ApReq ap = ApReq.decode(req.findPadata(PaDataType.PA_TGS_REQ).orElseThrow().value());
    assertThat(ap.ticket()).isEqualTo(KdcRep.decode(find("kerby-kdc", "as-rep").der()).ticket());
    Authenticator a = Authenticator.decode(find("mit-client", "tgs-1-authenticator").der());
    assertThat(a.cname()).isEqualTo(PrincipalName.of(1, "alice"));
    assertThat(a.subkey()).isNotNull();
    assertThat(a.cksum()).isNotNull();
    EncKdcRepPart part = EncKdcRepPart.decode(find("kerby-kdc", "tgs-1-rep-enc-part").der());
    assertThat(part.applicationTag()).isEqualTo(MessageType.ENC_TGS_REP_PART);
    assertThat((int) part.nonce()).isEqualTo((int) req.reqBody().nonce());
  }

  @Test
  void mitGssTokenDelegatesAKrbCred() throws Exception {
    ApReq ap = ApReq.decode(find("mit-client", "gss-ap-req").der());
    Authenticator a = Authenticator.decode(find("mit-client", "gss-authenticator").der());
    assertThat(a.cksum().cksumtype()).isEqualTo(Checksum.GSS_CHECKSUM_TYPE);
    GssChecksumBody body = GssChecksumBody.decode(a.cksum().checksum());
    assertThat(body.flags() & GssChecksumBody.DELEG_FLAG).isNotZero();
    assertThat(body.delegationOption()).isEqualTo(GssChecksumBody.DELEGATION_OPTION_KRB_CRED);
    assertThat(body.delegation()).isEqualTo(find("mit-client", "delegated-krb-cred").der());
    KrbCred cred = KrbCred.decode(body.delegation());
    EncKrbCredPart part =
        EncKrbCredPart.decode(find("mit-client", "delegated-enc-krb-cred-part").der());
    assertThat(part.ticketInfo()).hasSameSizeAs(cred.tickets()).hasSize(1);
    assertThat(cred.tickets().get(0).sname())
        .isEqualTo(PrincipalName.of(2, "krbtgt", "GSSKIT.TEST"));
    assertThat(part.ticketInfo().get(0).pname()).isEqualTo(PrincipalName.of(1, "alice"));
    assertThat(ap.ticket().sname().components()).containsExactly("HTTP", "localhost");
    EncApRepPart rep = EncApRepPart.decode(find("mit-client", "gss-ap-rep-enc-part").der());
    assertThat(rep.ctime()).isEqualTo(a.ctime());
    assertThat(rep.cusec()).isEqualTo(a.cusec());
  }

  @Test
  void jdkGssTokenHasNoDelegation() throws Exception {
    GssChecksumBody body = GssChecksumBody.decode(find("jdk-jgss", "gss-checksum-body").der());
    assertThat(body.delegation()).isNull();
    assertThat(body.extensions()).isEmpty();
    assertThat(body.flags() & 2).as("GSS_C_MUTUAL_FLAG").isNotZero();
    Authenticator a = Authenticator.decode(find("jdk-jgss", "gss-authenticator").der());
    EncApRepPart rep = EncApRepPart.decode(find("jdk-jgss", "gss-ap-rep-enc-part").der());
    assertThat(rep.ctime()).isEqualTo(a.ctime());
    assertThat(rep.subkey()).as("the JDK acceptor sends no subkey").isNull();
    assertThat(rep.seqNumber()).isNotNull();
    KdcReq tgs = KdcReq.decode(find("jdk-jgss", "tgs-req-1").der());
    assertThat(tgs.reqBody().till()).as("the JDK asks for till = 19700101000000Z")
        .isEqualTo(java.time.Instant.EPOCH);
  }

  @Test
  void s4u2SelfPadataFromMit() throws Exception {
    PaForUser pfu = PaForUser.decode(find("mit-client", "pa-for-user").der());
    assertThat(pfu.userName().components()).containsExactly("alice");
    assertThat(pfu.userRealm()).isEqualTo("GSSKIT.TEST");
    assertThat(pfu.authPackage()).isEqualTo("Kerberos");
    assertThat(pfu.cksum().cksumtype()).isEqualTo(-138);
    PaS4uX509User x509 = PaS4uX509User.decode(find("mit-client", "pa-s4u-x509-user").der());
    KdcReq req = KdcReq.decode(find("mit-client", "tgs-req-s4u2self").der());
    assertThat((int) x509.userId().nonce()).isEqualTo((int) req.reqBody().nonce());
    assertThat(x509.userIdEncoding()).isEqualTo(x509.userId().encode());
  }
}

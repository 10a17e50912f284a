package io.gsskit.raw.internal.kerberos.proto;

import static org.assertj.core.api.Assertions.assertThat;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.Hex;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** MIT krb5's encoder output (reference_encode.out) decodes and re-encodes byte-identically. */
class MitReferenceEncodingTest {

  static List<GoldenFiles.Golden> vectors() {
    return GoldenFiles.mitReference();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void roundTripsByteIdentically(GoldenFiles.Golden g) throws Exception {
    DerEncodable value = Codecs.decoder(g.type()).decode(g.der());
    assertThat(Hex.of(value.encode())).isEqualTo(Hex.of(g.der()));
  }

  @Test
  void fieldsMatchMitSampleValues() throws Exception {
    // ktest.c sample values: realm ATHENA.MIT.EDU, name hftsai/extra, time 1994-06-10 06:03:17,
    // cusec 123456, seq-number 17, nonce 42, etypes 0 and 1, flags FEDCBA98.
    Authenticator a = Authenticator.decode(GoldenFiles.mitReference().get(0).der());
    assertThat(a.crealm()).isEqualTo("ATHENA.MIT.EDU");
    assertThat(a.cname()).isEqualTo(PrincipalName.of(1, "hftsai", "extra"));
    assertThat(a.cusec()).isEqualTo(123456);
    assertThat(a.ctime()).isEqualTo(Instant.parse("1994-06-10T06:03:17Z"));
    assertThat(a.seqNumber()).isEqualTo(17L);
    assertThat(a.subkey().keyType()).isEqualTo(1);
    assertThat(a.cksum().checksum()).isEqualTo("1234".getBytes());
    assertThat(a.authorizationData().entries()).hasSize(2);

    GoldenFiles.Golden body = vectors().stream()
        .filter(v -> v.name().startsWith("encode_krb5_as_req(optionals NULL except server)"))
        .findFirst().orElseThrow();
    KdcReq req = KdcReq.decode(body.der());
    assertThat(req.isAsReq()).isTrue();
    assertThat(req.reqBody().kdcOptions()).isEqualTo(0xFEDCBA90);
    assertThat(req.reqBody().nonce()).isEqualTo(42L);
    assertThat(req.reqBody().etypes()).containsExactly(0, 1);
    assertThat(req.padata()).isNull();

    KrbError err = KrbError.decode(vectors().stream()
        .filter(v -> v.name().equals("encode_krb5_error")).findFirst().orElseThrow().der());
    assertThat(err.errorCode()).isEqualTo(60);
    assertThat(err.code().name()).isEqualTo("KRB_ERR_GENERIC");
    assertThat(err.eText()).isEqualTo("krb5data");

    PaS4uX509User s4u = PaS4uX509User.decode(vectors().stream()
        .filter(v -> v.name().equals("encode_krb5_pa_s4u_x509_user")).findFirst().orElseThrow()
        .der());
    assertThat(s4u.userId().nonce()).isEqualTo(13243546L);
    assertThat(s4u.userId().options()).isEqualTo(0x80000000);
    assertThat(s4u.userIdEncoding()).startsWith(0x30, 0x53);
  }
}

package io.gsskit.raw.internal.kerberos.proto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;

/**
 * Jazzer targets, one per message decoder. Oracle: a decoder either throws
 * {@link DerException} or returns a value whose encoding decodes again to an equal value. In a
 * normal test run only the committed corpus (cut from the golden files) is replayed.
 */
class ProtoDecodersFuzz {

  private static void check(Codecs.Decoder decoder, byte[] input) {
    DerEncodable value;
    try {
      value = decoder.decode(input);
    } catch (DerException expected) {
      return;
    }
    try {
      assertThat(decoder.decode(value.encode())).isEqualTo(value);
    } catch (DerException e) {
      throw new AssertionError("re-encoding of an accepted input does not decode", e);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void kdcReq(byte[] input) {
    check(KdcReq::decode, input);
    check(KdcReqBody::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void kdcRep(byte[] input) {
    check(KdcRep::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void encKdcRepPart(byte[] input) {
    check(EncKdcRepPart::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void apReq(byte[] input) {
    check(ApReq::decode, input);
    check(Ticket::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void apRep(byte[] input) {
    check(ApRep::decode, input);
    check(EncApRepPart::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void authenticator(byte[] input) {
    check(Authenticator::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void encTicketPart(byte[] input) {
    check(EncTicketPart::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void krbError(byte[] input) {
    check(KrbError::decode, input);
    try {
      KrbError.decode(input).methodData();
    } catch (DerException expected) {
      // defined failure
    }
  }

  @FuzzTest(maxDuration = "30s")
  void padataValues(byte[] input) {
    check(MethodData::decode, input);
    check(EtypeInfo2::decode, input);
    check(EtypeInfo::decode, input);
    check(PaEncTsEnc::decode, input);
    check(PaForUser::decode, input);
    check(PaS4uX509User::decode, input);
    check(PaPacRequest::decode, input);
    check(PaPacOptions::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void krbCred(byte[] input) {
    check(KrbCred::decode, input);
    check(EncKrbCredPart::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void krbSafeAndPriv(byte[] input) {
    check(KrbSafe::decode, input);
    check(KrbPriv::decode, input);
    check(EncKrbPrivPart::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void authorizationData(byte[] input) {
    check(AuthorizationData::decode, input);
    check(AdKdcIssued::decode, input);
    check(AdAndOr::decode, input);
    check(KerbAdRestrictionEntry::decode, input);
    try {
      AuthorizationData.decode(input).flattenIfRelevant();
    } catch (DerException expected) {
      // defined failure
    }
  }

  @FuzzTest(maxDuration = "30s")
  void basicTypes(byte[] input) {
    check(PrincipalName::decode, input);
    check(EncryptedData::decode, input);
    check(EncryptionKey::decode, input);
    check(Checksum::decode, input);
    check(HostAddress::decode, input);
    check(PaData::decode, input);
  }

  @FuzzTest(maxDuration = "30s")
  void gssChecksumBody(byte[] input) {
    GssChecksumBody body;
    try {
      body = GssChecksumBody.decode(input);
    } catch (DerException expected) {
      return;
    }
    assertThat(body.encode()).isEqualTo(input);
  }
}

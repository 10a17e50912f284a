package io.gsskit.raw.internal.kerberos.proto;

import io.gsskit.raw.internal.asn1.DerEncodable;
import io.gsskit.raw.internal.asn1.DerException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test registry: every wire type's decoder by its ASN.1-derived class name. */
final class Codecs {

  /** A decoder of one type. */
  @FunctionalInterface
  interface Decoder {
    DerEncodable decode(byte[] der) throws DerException;
  }

  static final Map<String, Decoder> BY_TYPE = new LinkedHashMap<>();

  static {
    BY_TYPE.put("KdcReq", KdcReq::decode);
    BY_TYPE.put("KdcReqBody", KdcReqBody::decode);
    BY_TYPE.put("KdcRep", KdcRep::decode);
    BY_TYPE.put("EncKdcRepPart", EncKdcRepPart::decode);
    BY_TYPE.put("ApReq", ApReq::decode);
    BY_TYPE.put("ApRep", ApRep::decode);
    BY_TYPE.put("Authenticator", Authenticator::decode);
    BY_TYPE.put("EncApRepPart", EncApRepPart::decode);
    BY_TYPE.put("Ticket", Ticket::decode);
    BY_TYPE.put("EncTicketPart", EncTicketPart::decode);
    BY_TYPE.put("KrbError", KrbError::decode);
    BY_TYPE.put("MethodData", MethodData::decode);
    BY_TYPE.put("KrbCred", KrbCred::decode);
    BY_TYPE.put("EncKrbCredPart", EncKrbCredPart::decode);
    BY_TYPE.put("KrbSafe", KrbSafe::decode);
    BY_TYPE.put("KrbPriv", KrbPriv::decode);
    BY_TYPE.put("EncKrbPrivPart", EncKrbPrivPart::decode);
    BY_TYPE.put("EncryptedData", EncryptedData::decode);
    BY_TYPE.put("EncryptionKey", EncryptionKey::decode);
    BY_TYPE.put("Checksum", Checksum::decode);
    BY_TYPE.put("PrincipalName", PrincipalName::decode);
    BY_TYPE.put("HostAddress", HostAddress::decode);
    BY_TYPE.put("AuthorizationData", AuthorizationData::decode);
    BY_TYPE.put("AdKdcIssued", AdKdcIssued::decode);
    BY_TYPE.put("AdAndOr", AdAndOr::decode);
    BY_TYPE.put("PaData", PaData::decode);
    BY_TYPE.put("PaEncTsEnc", PaEncTsEnc::decode);
    BY_TYPE.put("EtypeInfo", EtypeInfo::decode);
    BY_TYPE.put("EtypeInfo2", EtypeInfo2::decode);
    BY_TYPE.put("PaPacRequest", PaPacRequest::decode);
    BY_TYPE.put("PaForUser", PaForUser::decode);
    BY_TYPE.put("PaS4uX509User", PaS4uX509User::decode);
    BY_TYPE.put("PaPacOptions", PaPacOptions::decode);
    BY_TYPE.put("KerbAdRestrictionEntry", KerbAdRestrictionEntry::decode);
  }

  /** MIT reference_encode.out encoder names to GSSKit types. */
  static final Map<String, String> MIT_NAMES = Map.ofEntries(
      Map.entry("encode_krb5_authenticator", "Authenticator"),
      Map.entry("encode_krb5_ticket", "Ticket"),
      Map.entry("encode_krb5_keyblock", "EncryptionKey"),
      Map.entry("encode_krb5_enc_tkt_part", "EncTicketPart"),
      Map.entry("encode_krb5_enc_kdc_rep_part", "EncKdcRepPart"),
      Map.entry("encode_krb5_as_rep", "KdcRep"),
      Map.entry("encode_krb5_tgs_rep", "KdcRep"),
      Map.entry("encode_krb5_ap_req", "ApReq"),
      Map.entry("encode_krb5_ap_rep", "ApRep"),
      Map.entry("encode_krb5_ap_rep_enc_part", "EncApRepPart"),
      Map.entry("encode_krb5_as_req", "KdcReq"),
      Map.entry("encode_krb5_tgs_req", "KdcReq"),
      Map.entry("encode_krb5_kdc_req_body", "KdcReqBody"),
      Map.entry("encode_krb5_safe", "KrbSafe"),
      Map.entry("encode_krb5_priv", "KrbPriv"),
      Map.entry("encode_krb5_enc_priv_part", "EncKrbPrivPart"),
      Map.entry("encode_krb5_cred", "KrbCred"),
      Map.entry("encode_krb5_enc_cred_part", "EncKrbCredPart"),
      Map.entry("encode_krb5_error", "KrbError"),
      Map.entry("encode_krb5_authorization_data", "AuthorizationData"),
      Map.entry("encode_krb5_padata_sequence", "MethodData"),
      Map.entry("encode_krb5_etype_info", "EtypeInfo"),
      Map.entry("encode_krb5_etype_info2", "EtypeInfo2"),
      Map.entry("encode_krb5_pa_enc_ts", "PaEncTsEnc"),
      Map.entry("encode_krb5_enc_data", "EncryptedData"),
      Map.entry("encode_krb5_pa_s4u_x509_user", "PaS4uX509User"),
      Map.entry("encode_krb5_ad_kdcissued", "AdKdcIssued"));

  private Codecs() {}

  static Decoder decoder(String type) {
    Decoder d = BY_TYPE.get(type);
    if (d == null) {
      throw new IllegalArgumentException("no decoder for " + type);
    }
    return d;
  }
}

package io.gsskit.raw.internal.kerberos.iana;

import io.gsskit.raw.internal.asn1.DerException;
import java.util.Optional;

/**
 * Local (non-wire) Kerberos error codes for the client and acceptor: the conditions MIT krb5
 * reports from its library rather than from a KDC (KDC unreachable, reply mismatch, no key for a
 * kvno/enctype, pre-authentication failure, malformed encodings …), with MIT krb5 1.20's numbers
 * (com_err tables {@code krb5} from base + 128 and {@code asn1}) and messages, so GSS minor
 * statuses match what MIT programs print. Wire errors are {@link KerberosErrorCode}.
 *
 * <p>Thread-safe (an enum).
 */
public enum KerberosLocalError {

  /** a principal name's text could not be parsed. */
  KRB5_PARSE_MALFORMED(Base.KRB5 + 134, "Malformed representation of principal"),
  /** krb5.conf missing or unreadable. */
  KRB5_CONFIG_CANTOPEN(Base.KRB5 + 135, "Can't open/find Kerberos configuration file"),
  /** krb5.conf syntax error. */
  KRB5_CONFIG_BADFORMAT(Base.KRB5 + 136, "Improper format of Kerberos configuration file"),
  /** a message had an unexpected type. */
  KRB5_BADMSGTYPE(Base.KRB5 + 138, "Invalid message type specified for encoding"),
  /** bad ccache name. */
  KRB5_CC_BADNAME(Base.KRB5 + 139, "Credential cache name malformed"),
  /** unknown ccache type prefix. */
  KRB5_CC_UNKNOWN_TYPE(Base.KRB5 + 140, "Unknown credential cache type"),
  /** no matching credential in the ccache. */
  KRB5_CC_NOTFOUND(Base.KRB5 + 141, "Matching credential not found"),
  /** end of ccache. */
  KRB5_CC_END(Base.KRB5 + 142, "End of credential cache reached"),
  /** no ticket supplied. */
  KRB5_NO_TKT_SUPPLIED(Base.KRB5 + 143, "Request did not supply a ticket"),
  /** the ticket names another service than the acceptor. */
  KRB5KRB_AP_WRONG_PRINC(Base.KRB5 + 144, "Wrong principal in request"),
  /** the ticket has the INVALID flag. */
  KRB5KRB_AP_ERR_TKT_INVALID(Base.KRB5 + 145, "Ticket has invalid flag set"),
  /** acceptor principal does not match the ticket. */
  KRB5_PRINC_NOMATCH(Base.KRB5 + 146, "Requested principal and ticket don't match"),
  /** KDC reply nonce, cname, sname or realm does not match the request. */
  KRB5_KDCREP_MODIFIED(Base.KRB5 + 147, "KDC reply did not match expectations"),
  /** the KDC's clock differs by more than the allowed skew. */
  KRB5_KDCREP_SKEW(Base.KRB5 + 148, "Clock skew too great in KDC reply"),
  /** initial ticket realm mismatch. */
  KRB5_IN_TKT_REALM_MISMATCH(Base.KRB5 + 149,
      "Client/server realm mismatch in initial ticket request"),
  /** unsupported enctype. */
  KRB5_PROG_ETYPE_NOSUPP(Base.KRB5 + 150, "Program lacks support for encryption type"),
  /** unsupported key type. */
  KRB5_PROG_KEYTYPE_NOSUPP(Base.KRB5 + 151, "Program lacks support for key type"),
  /** the message uses an enctype that was not requested. */
  KRB5_WRONG_ETYPE(Base.KRB5 + 152, "Requested encryption type not used in message"),
  /** unsupported checksum type. */
  KRB5_PROG_SUMTYPE_NOSUPP(Base.KRB5 + 153, "Program lacks support for checksum type"),
  /** no KDC configured or found for the realm. */
  KRB5_REALM_UNKNOWN(Base.KRB5 + 154, "Cannot find KDC for requested realm"),
  /** unknown service. */
  KRB5_SERVICE_UNKNOWN(Base.KRB5 + 155, "Kerberos service unknown"),
  /** every KDC timed out or refused the connection. */
  KRB5_KDC_UNREACH(Base.KRB5 + 156, "Cannot contact any KDC for requested realm"),
  /** no local account mapping. */
  KRB5_NO_LOCALNAME(Base.KRB5 + 157, "No local name found for principal name"),
  /** the AP-REP did not verify. */
  KRB5_MUTUAL_FAILED(Base.KRB5 + 158, "Mutual authentication failed"),
  /** unknown replay cache type. */
  KRB5_RC_TYPE_NOTFOUND(Base.KRB5 + 161, "Replay cache type is unknown"),
  /** the replay cache has seen this authenticator. */
  KRB5_RC_REPLAY(Base.KRB5 + 163, "Message is a replay"),
  /** replay cache I/O failed. */
  KRB5_RC_IO(Base.KRB5 + 164, "Replay cache I/O operation failed"),
  /** bad replay cache name or file. */
  KRB5_RC_PARSE(Base.KRB5 + 166, "Replay cache name parse/format error"),
  /** a cryptographic primitive failed. */
  KRB5_CRYPTO_INTERNAL(Base.KRB5 + 178, "Cryptosystem internal error"),
  /** bad keytab name. */
  KRB5_KT_BADNAME(Base.KRB5 + 179, "Key table name malformed"),
  /** unknown keytab type prefix. */
  KRB5_KT_UNKNOWN_TYPE(Base.KRB5 + 180, "Unknown Key table type"),
  /** no keytab entry for the principal, kvno and enctype. */
  KRB5_KT_NOTFOUND(Base.KRB5 + 181, "Key table entry not found"),
  /** end of keytab. */
  KRB5_KT_END(Base.KRB5 + 182, "End of key table reached"),
  /** keytab is read-only. */
  KRB5_KT_NOWRITE(Base.KRB5 + 183, "Cannot write to specified key table"),
  /** keytab write failed. */
  KRB5_KT_IOERR(Base.KRB5 + 184, "Error writing to key table"),
  /** no ticket for the realm. */
  KRB5_NO_TKT_IN_RLM(Base.KRB5 + 185, "Cannot find ticket for requested realm"),
  /** bad enctype. */
  KRB5_BAD_ENCTYPE(Base.KRB5 + 188, "Bad encryption type"),
  /** wrong key length for the enctype. */
  KRB5_BAD_KEYSIZE(Base.KRB5 + 189, "Key size is incompatible with encryption type"),
  /** ciphertext too short or misaligned. */
  KRB5_BAD_MSIZE(Base.KRB5 + 190, "Message size is incompatible with encryption type"),
  /** ccache I/O failed. */
  KRB5_CC_IO(Base.KRB5 + 193, "Credentials cache I/O operation failed"),
  /** ccache file permissions. */
  KRB5_FCC_PERM(Base.KRB5 + 194, "Credentials cache permissions incorrect"),
  /** no ccache file. */
  KRB5_FCC_NOFILE(Base.KRB5 + 195, "No credentials cache found"),
  /** internal ccache error. */
  KRB5_FCC_INTERNAL(Base.KRB5 + 196, "Internal credentials cache error"),
  /** ccache write failed. */
  KRB5_CC_WRITE(Base.KRB5 + 197, "Error writing to credentials cache"),
  /** malformed ccache file. */
  KRB5_CC_FORMAT(Base.KRB5 + 199, "Bad format in credentials cache"),
  /** no ccache entry with a permitted enctype. */
  KRB5_CC_NOT_KTYPE(Base.KRB5 + 200, "No credentials found with supported encryption types"),
  /** invalid KDC options. */
  KRB5_INVALID_FLAGS(Base.KRB5 + 201, "Invalid KDC option combination (library internal error)"),
  /** the request needs an additional ticket. */
  KRB5_NO_2ND_TKT(Base.KRB5 + 202, "Request missing second ticket"),
  /** no credentials supplied. */
  KRB5_NOCREDS_SUPPLIED(Base.KRB5 + 203, "No credentials supplied to library routine"),
  /** no supported pre-authentication type offered. */
  KRB5_PREAUTH_BAD_TYPE(Base.KRB5 + 208, "Unsupported preauthentication type"),
  /** no key or password for pre-authentication. */
  KRB5_PREAUTH_NO_KEY(Base.KRB5 + 209, "Required preauthentication key not supplied"),
  /** pre-authentication failed. */
  KRB5_PREAUTH_FAILED(Base.KRB5 + 210, "Generic preauthentication failure"),
  /** unsupported replay cache version. */
  KRB5_RCACHE_BADVNO(Base.KRB5 + 211, "Unsupported replay cache format version number"),
  /** unsupported ccache version. */
  KRB5_CCACHE_BADVNO(Base.KRB5 + 212, "Unsupported credentials cache format version number"),
  /** unsupported keytab version. */
  KRB5_KEYTAB_BADVNO(Base.KRB5 + 213, "Unsupported key table format version number"),
  /** unsupported address type. */
  KRB5_PROG_ATYPE_NOSUPP(Base.KRB5 + 214, "Program lacks support for address type"),
  /** host name canonicalization failed. */
  KRB5_ERR_BAD_HOSTNAME(Base.KRB5 + 216, "Hostname cannot be canonicalized"),
  /** no realm mapping for the host. */
  KRB5_ERR_HOST_REALM_UNKNOWN(Base.KRB5 + 217, "Cannot determine realm for host"),
  /** cannot build a service name. */
  KRB5_SNAME_UNSUPP_NAMETYPE(Base.KRB5 + 218,
      "Conversion to service principal undefined for name type"),
  /** KDC host name did not resolve. */
  KRB5_REALM_CANT_RESOLVE(Base.KRB5 + 220,
      "Cannot resolve network address for KDC in requested realm"),
  /** the TGT is not forwardable. */
  KRB5_TKT_NOT_FORWARDABLE(Base.KRB5 + 221, "Requesting ticket can't get forwardable tickets"),
  /** bad principal for forwarding. */
  KRB5_FWD_BAD_PRINCIPAL(Base.KRB5 + 222, "Bad principal name while trying to forward credentials"),
  /** too many KDC round trips. */
  KRB5_GET_IN_TKT_LOOP(Base.KRB5 + 223, "Looping detected inside krb5_get_in_tkt"),
  /** no default realm. */
  KRB5_CONFIG_NODEFREALM(Base.KRB5 + 224, "Configuration file does not specify default realm"),
  /** keytab name too long. */
  KRB5_KT_NAME_TOOLONG(Base.KRB5 + 229, "Keytab name too long"),
  /** the keytab has the principal but not the ticket's kvno. */
  KRB5_KT_KVNONOTFOUND(Base.KRB5 + 230,
      "Key version number for principal in key table is incorrect"),
  /** malformed keytab file. */
  KRB5_KT_FORMAT(Base.KRB5 + 235, "Bad format in keytab"),
  /** the enctype is not permitted by configuration. */
  KRB5_NOPERM_ETYPE(Base.KRB5 + 236, "Encryption type not permitted"),
  /** no enctype left after configuration. */
  KRB5_CONFIG_ETYPE_NOSUPP(Base.KRB5 + 237, "No supported encryption types (config file error?)"),
  /** bad s2kparams from the KDC. */
  KRB5_ERR_BAD_S2K_PARAMS(Base.KRB5 + 244, "Invalid key generation parameters from KDC"),
  /** read-only ccache. */
  KRB5_CC_READONLY(Base.KRB5 + 246, "Ccache function not supported: read-only ccache type"),
  /** ccache operation not implemented. */
  KRB5_CC_NOSUPP(Base.KRB5 + 247, "Ccache function not supported: not implemented"),
  /** bad duration string. */
  KRB5_DELTAT_BADFORMAT(Base.KRB5 + 248,
      "Invalid format of Kerberos lifetime or clock skew string"),
  /** a string is not valid UTF-8. */
  KRB5_ERR_INVALID_UTF8(Base.KRB5 + 251, "Invalid UTF-8 string"),
  /** FAST required. */
  KRB5_ERR_FAST_REQUIRED(Base.KRB5 + 252,
      "FAST protected pre-authentication required but not supported by KDC"),
  /** DER decoding: bad time value. */
  ASN1_BAD_TIMEFORMAT(Base.ASN1 + 0, "ASN.1 failed call to system time library"),
  /** DER decoding: a mandatory field is absent. */
  ASN1_MISSING_FIELD(Base.ASN1 + 1, "ASN.1 structure is missing a required field"),
  /** DER decoding: a field is out of order. */
  ASN1_MISPLACED_FIELD(Base.ASN1 + 2, "ASN.1 unexpected field number"),
  /** DER decoding: type mismatch. */
  ASN1_TYPE_MISMATCH(Base.ASN1 + 3, "ASN.1 type numbers are inconsistent"),
  /** DER decoding: a value or count is too large. */
  ASN1_OVERFLOW(Base.ASN1 + 4, "ASN.1 value too large"),
  /** DER decoding: the encoding is truncated. */
  ASN1_OVERRUN(Base.ASN1 + 5, "ASN.1 encoding ended unexpectedly"),
  /** DER decoding: unexpected tag. */
  ASN1_BAD_ID(Base.ASN1 + 6, "ASN.1 identifier doesn't match expected value"),
  /** DER decoding: bad or inconsistent length. */
  ASN1_BAD_LENGTH(Base.ASN1 + 7, "ASN.1 length doesn't match expected value"),
  /** DER decoding: malformed value. */
  ASN1_BAD_FORMAT(Base.ASN1 + 8, "ASN.1 badly-formatted encoding"),
  /** DER decoding: parse error. */
  ASN1_PARSE_ERROR(Base.ASN1 + 9, "ASN.1 parse error"),
  /** DER decoding: bad time. */
  ASN1_BAD_GMTIME(Base.ASN1 + 10, "ASN.1 bad return from gmtime"),
  /** DER decoding: indefinite length. */
  ASN1_INDEF(Base.ASN1 + 11, "ASN.1 indefinite encoding"),
  /** DER decoding: missing end-of-contents. */
  ASN1_MISSING_EOC(Base.ASN1 + 12, "ASN.1 missing expected EOC"),
  /** DER decoding: object omitted. */
  ASN1_OMITTED(Base.ASN1 + 13, "ASN.1 object omitted in sequence");

  /** MIT com_err table bases: {@code krb5} (local codes start at +128) and {@code asn1}. */
  private static final class Base {
    static final int KRB5 = KerberosErrorCode.MIT_ERROR_TABLE_BASE;
    static final int ASN1 = 1859794432;
  }

  private final int mitCode;
  private final String message;

  KerberosLocalError(int mitCode, String message) {
    this.mitCode = mitCode;
    this.message = message;
  }

  /** @return MIT's com_err value, usable as a GSS minor status */
  public int mitCode() {
    return mitCode;
  }

  /** @return MIT's message text */
  public String message() {
    return message;
  }

  /**
   * @param mitCode a com_err value
   * @return the constant with that value, if any
   */
  public static Optional<KerberosLocalError> of(int mitCode) {
    for (KerberosLocalError e : values()) {
      if (e.mitCode == mitCode) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * Maps a decoding failure to the MIT code MIT's decoder reports for the same defect, so a
   * malformed token yields a familiar minor status.
   *
   * @param reason the reason; not null
   * @return MIT's com_err value: an {@code asn1} table code, KDC_ERR_BAD_PVNO for a bad
   *     version, or KRB5_BADMSGTYPE for a wrong message type
   */
  public static int mitCodeFor(DerException.Reason reason) {
    return switch (reason) {
      case TRUNCATED -> ASN1_OVERRUN.mitCode;
      case BAD_LENGTH, TRAILING_DATA -> ASN1_BAD_LENGTH.mitCode;
      case BAD_TAG, UNEXPECTED_TAG -> ASN1_BAD_ID.mitCode;
      case MISSING_FIELD -> ASN1_MISSING_FIELD.mitCode;
      case TOO_DEEP, TOO_LARGE -> ASN1_OVERFLOW.mitCode;
      case BAD_TIME -> ASN1_BAD_TIMEFORMAT.mitCode;
      case BAD_STRING -> KRB5_ERR_INVALID_UTF8.mitCode;
      case BAD_VERSION -> KerberosErrorCode.KDC_ERR_BAD_PVNO.mitCode();
      case WRONG_MESSAGE_TYPE -> KRB5_BADMSGTYPE.mitCode;
      case BAD_INTEGER, BAD_BOOLEAN, BAD_BIT_STRING, BAD_OID, BAD_VALUE -> ASN1_BAD_FORMAT.mitCode;
    };
  }

  /** @return e.g. {@code KRB5_KDC_UNREACH(-1765328228): Cannot contact any KDC …} */
  @Override
  public String toString() {
    return name() + "(" + mitCode + "): " + message;
  }
}

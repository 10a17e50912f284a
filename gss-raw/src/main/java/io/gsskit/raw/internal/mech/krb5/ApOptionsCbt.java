package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.kerberos.iana.AuthorizationDataType;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationData;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationDataEntry;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * KERB_AP_OPTIONS_CBT (MS-KILE 2.2.11, 3.2.5.8): an initiator that promises to send channel
 * bindings says so with an AD-AUTH-DATA-AP-OPTIONS element (ad-type 143, four bytes,
 * little-endian options, bit 0x4000) inside AD-IF-RELEVANT in its authenticator; an acceptor
 * given channel bindings then requires matching ones, so an authenticator made for use outside
 * a TLS channel cannot be replayed inside one.
 *
 * <p>MIT krb5 1.19+ facts used here: the initiator adds the element when {@code [libdefaults]
 * client_aware_channel_bindings} is true, in one AD-IF-RELEVANT container at the front of the
 * authenticator's authorization data, whether or not the caller passes bindings
 * ({@code src/lib/krb5/krb/mk_req_ext.c}, {@code make_ap_authdata}). The acceptor looks for
 * ad-type 143 at the top level and inside AD-IF-RELEVANT containers ({@code krb5_find_authdata},
 * {@code src/lib/krb5/krb/authdata.c}); more than one element or one not four bytes long is
 * KRB5KRB_AP_ERR_MSG_TYPE, and an asserted CBT with acceptor bindings but no matching initiator
 * bindings is {@code GSS_S_BAD_BINDINGS} ({@code check_cbt} and {@code process_checksum} in
 * {@code src/lib/gssapi/krb5/accept_sec_context.c}). Stateless, thread-safe.
 */
final class ApOptionsCbt {

  /** The KERB_AP_OPTIONS_CBT bit of AD-AUTH-DATA-AP-OPTIONS (MS-KILE 2.2.11). */
  static final int KERB_AP_OPTIONS_CBT = 0x4000;

  private ApOptionsCbt() {}

  /**
   * @return the AD-AUTH-DATA-AP-OPTIONS element with KERB_AP_OPTIONS_CBT (four bytes,
   *     little-endian), to go inside AD-IF-RELEVANT
   */
  static AuthorizationDataEntry optionsEntry() {
    byte[] options = {(byte) KERB_AP_OPTIONS_CBT, (byte) (KERB_AP_OPTIONS_CBT >>> 8), 0, 0};
    return new AuthorizationDataEntry(AuthorizationDataType.AD_AUTH_DATA_AP_OPTIONS, options);
  }

  /**
   * Whether an authenticator asserts KERB_AP_OPTIONS_CBT.
   *
   * @param authenticator the authenticator's authorization data, or null
   * @return whether the element is present with the CBT bit
   * @throws AuthenticatorDataInvalid when a container does not decode, or the element is
   *     repeated or not four bytes long
   */
  static boolean asserted(@Nullable AuthorizationData authenticator)
      throws AuthenticatorDataInvalid {
    if (authenticator == null) {
      return false;
    }
    List<AuthorizationDataEntry> all;
    try {
      all = authenticator.flattenIfRelevant();
    } catch (DerException e) {
      throw new AuthenticatorDataInvalid(KerberosLocalError.mitCodeFor(e.reason()),
          KerberosErrorCode.KRB_ERR_GENERIC,
          "malformed AD-IF-RELEVANT in the authenticator: " + e.getMessage());
    }
    byte[] found = null;
    for (AuthorizationDataEntry e : all) {
      if (e.adType() != AuthorizationDataType.AD_AUTH_DATA_AP_OPTIONS) {
        continue;
      }
      if (found != null) {
        throw new AuthenticatorDataInvalid(KerberosErrorCode.KRB_AP_ERR_MSG_TYPE.mitCode(),
            KerberosErrorCode.KRB_AP_ERR_MSG_TYPE,
            "more than one AD-AUTH-DATA-AP-OPTIONS element in the authenticator");
      }
      found = e.adData();
      if (found.length != 4) {
        throw new AuthenticatorDataInvalid(KerberosErrorCode.KRB_AP_ERR_MSG_TYPE.mitCode(),
            KerberosErrorCode.KRB_AP_ERR_MSG_TYPE,
            "AD-AUTH-DATA-AP-OPTIONS of " + found.length + " bytes, not 4");
      }
    }
    if (found == null) {
      return false;
    }
    int options = (found[0] & 0xFF) | (found[1] & 0xFF) << 8 | (found[2] & 0xFF) << 16
        | (found[3] & 0xFF) << 24;
    return (options & KERB_AP_OPTIONS_CBT) != 0;
  }
}

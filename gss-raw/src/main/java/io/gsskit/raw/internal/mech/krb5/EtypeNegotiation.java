package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.internal.asn1.DerException;
import io.gsskit.raw.internal.asn1.DerReader;
import io.gsskit.raw.internal.asn1.DerWriter;
import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.iana.AuthorizationDataType;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationData;
import io.gsskit.raw.internal.kerberos.proto.AuthorizationDataEntry;
import io.gsskit.raw.internal.mech.krb5.token.TokenFormat;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4537 enctype negotiation: the initiator lists the enctypes it would rather use than the
 * ticket session key's in AD-ETYPE-NEGOTIATION (ad-type 129, {@code EtypeList ::= SEQUENCE OF
 * Int32}, RFC 4537 §3) inside AD-IF-RELEVANT in its authenticator, and the acceptor may answer
 * with an AP-REP subkey of a stronger enctype, e.g. an aes256 subkey over an rc4-hmac ticket,
 * after which the context uses RFC 4121 tokens.
 *
 * <p>MIT krb5 1.20 facts used here:
 *
 * <ul>
 *   <li>Initiator ({@code src/lib/gssapi/krb5/init_sec_context.c}, {@code make_ap_req_v1}): asks
 *       for negotiation whenever mutual authentication is requested (DCE_STYLE implies it). The
 *       desired list is {@code krb5_get_tgs_ktypes}, i.e. {@code default_tgs_enctypes} (which
 *       defaults to {@code permitted_enctypes}), weak enctypes removed without
 *       {@code allow_weak_crypto} ({@code src/lib/krb5/krb/mk_req_ext.c},
 *       {@code krb5_mk_req_extended}).
 *   <li>{@code make_etype_list} ({@code mk_req_ext.c}): no list when the first desired enctype is
 *       the ticket session key's; otherwise the desired list, cut after the session key's enctype
 *       if it occurs (RFC 4537 §3: it must then be last). {@code make_ap_authdata} puts it in ONE
 *       AD-IF-RELEVANT container at the front of the authenticator's authorization data, before
 *       the KERB_AP_OPTIONS_CBT element ({@link ApOptionsCbt}) when that is configured.
 *   <li>Acceptor ({@code decode_etype_list} in {@code src/lib/krb5/krb/rd_req_dec.c}): looks at
 *       the top-level entries in order, taking the first ad-type 129 found either at the top
 *       level or directly inside an AD-IF-RELEVANT container; a container that does not decode is
 *       skipped. A list that does not decode fails the AP-REQ with the ASN.1 error.
 *   <li>{@code negotiate_etype} ({@code rd_req_dec.c}): the desired list is the RFC 4537 list,
 *       then the authenticator subkey's enctype, then the session key's; the last two must be in
 *       the acceptor's {@code permitted_enctypes} (else {@code KRB5_NOPERM_ETYPE}); the result is
 *       the first permitted enctype (in the acceptor's order of preference) found anywhere in the
 *       desired list. A result other than the session key's enctype sets
 *       {@code AP_OPTS_USE_SUBKEY}.
 *   <li>{@code src/lib/gssapi/krb5/accept_sec_context.c}: for a legacy (RFC 1964/4757) context
 *       key outside DCE_STYLE, a negotiated des3/rc4-hmac/rc4-hmac-exp enctype clears
 *       {@code AP_OPTS_USE_SUBKEY}; an AP-REP subkey is generated when the context key uses
 *       RFC 4121 tokens, for DCE_STYLE, or when {@code AP_OPTS_USE_SUBKEY} remains, and it is of
 *       the negotiated enctype ({@code krb5_mk_rep}, {@code src/lib/krb5/krb/mk_rep.c}).
 * </ul>
 *
 * Stateless, thread-safe.
 */
final class EtypeNegotiation {

  /**
   * Most enctypes accepted in one AD-ETYPE-NEGOTIATION list. MIT has no cap; the IANA registry
   * holds far fewer numbers, so a longer list is refused as ASN.1 overflow.
   */
  static final int MAX_ETYPES = 128;

  private EtypeNegotiation() {}

  // ------------------------------------------------------------------ initiator

  /**
   * The list MIT's {@code make_etype_list} sends.
   *
   * @param desired the initiator's enctypes in order of preference; not null
   * @param sessionEnctype the ticket session key's enctype
   * @return the list to send, or null for none (no list, or the session key's enctype first)
   */
  static @Nullable List<Integer> initiatorList(List<Integer> desired, int sessionEnctype) {
    if (desired.isEmpty() || desired.get(0) == sessionEnctype) {
      return null;
    }
    List<Integer> out = new ArrayList<>();
    for (int e : desired) {
      out.add(e);
      if (e == sessionEnctype) {
        break;
      }
    }
    return List.copyOf(out);
  }

  /**
   * The authorization data MIT's {@code make_ap_authdata} puts at the front of the
   * authenticator: one AD-IF-RELEVANT holding AD-ETYPE-NEGOTIATION (when {@code etypes} is not
   * null) and then AD-AUTH-DATA-AP-OPTIONS with KERB_AP_OPTIONS_CBT (when {@code cbt}).
   *
   * @param etypes the list from {@link #initiatorList}, or null
   * @param cbt whether {@code client_aware_channel_bindings} is set
   * @return the authorization data, or null when neither element is sent
   */
  static @Nullable AuthorizationData apAuthdata(@Nullable List<Integer> etypes, boolean cbt) {
    List<AuthorizationDataEntry> inner = new ArrayList<>(2);
    if (etypes != null) {
      inner.add(new AuthorizationDataEntry(AuthorizationDataType.AD_ETYPE_NEGOTIATION,
          encode(etypes)));
    }
    if (cbt) {
      inner.add(ApOptionsCbt.optionsEntry());
    }
    if (inner.isEmpty()) {
      return null;
    }
    return new AuthorizationData(List.of(new AuthorizationDataEntry(
        AuthorizationDataType.AD_IF_RELEVANT, new AuthorizationData(inner).encode())));
  }

  /**
   * @param etypes enctype numbers; not null
   * @return the DER {@code EtypeList} (RFC 4537 §3)
   */
  static byte[] encode(List<Integer> etypes) {
    DerWriter w = new DerWriter().beginSequence();
    for (int e : etypes) {
      w.writeInteger(e);
    }
    return w.end().toByteArray();
  }

  // ------------------------------------------------------------------ acceptor

  /**
   * Decodes an {@code EtypeList}: a DER SEQUENCE OF Int32, at most {@value #MAX_ETYPES} long,
   * nothing after it.
   *
   * @param der the ad-data; not null
   * @return the enctype numbers in order, possibly empty, unmodifiable
   * @throws DerException when malformed, an element is not an Int32, the list is too long, or
   *     bytes trail
   */
  static List<Integer> decode(byte[] der) throws DerException {
    DerReader r = DerReader.of(der);
    List<Integer> out = r.readSequenceOf(DerReader::readInt32, MAX_ETYPES);
    r.end();
    return out;
  }

  /**
   * The initiator's RFC 4537 list, as MIT's {@code decode_etype_list} finds it.
   *
   * @param authenticator the authenticator's authorization data, or null
   * @return the list; empty when there is none (or it is empty)
   * @throws AuthenticatorDataInvalid when the list does not decode (MIT's ASN.1 error,
   *     KRB_ERR_GENERIC)
   */
  static List<Integer> requested(@Nullable AuthorizationData authenticator)
      throws AuthenticatorDataInvalid {
    if (authenticator == null) {
      return List.of();
    }
    byte[] found = null;
    for (AuthorizationDataEntry e : authenticator.entries()) {
      if (e.adType() == AuthorizationDataType.AD_ETYPE_NEGOTIATION) {
        found = e.adData();
      } else if (e.adType() == AuthorizationDataType.AD_IF_RELEVANT) {
        AuthorizationData inner;
        try {
          inner = AuthorizationData.decode(e.adData());
        } catch (DerException skipped) {
          continue; // MIT skips a container that does not decode
        }
        for (AuthorizationDataEntry i : inner.entries()) {
          if (i.adType() == AuthorizationDataType.AD_ETYPE_NEGOTIATION) {
            found = i.adData();
            break;
          }
        }
      }
      if (found != null) {
        break;
      }
    }
    if (found == null) {
      return List.of();
    }
    try {
      return decode(found);
    } catch (DerException e) {
      throw new AuthenticatorDataInvalid(KerberosLocalError.mitCodeFor(e.reason()),
          KerberosErrorCode.KRB_ERR_GENERIC,
          "malformed AD-ETYPE-NEGOTIATION in the authenticator: " + e.getMessage());
    }
  }

  /**
   * MIT's {@code negotiate_etype}.
   *
   * @param requested the initiator's RFC 4537 list (possibly empty); not null
   * @param subkeyEnctype the authenticator subkey's enctype, or null without one
   * @param sessionEnctype the ticket session key's enctype
   * @param permitted the acceptor's permitted enctypes in order of preference; not null
   * @return the negotiated enctype
   * @throws AuthenticatorDataInvalid ({@code KRB5_NOPERM_ETYPE}) when the subkey's or the session
   *     key's enctype is not permitted
   */
  static int negotiate(List<Integer> requested, @Nullable Integer subkeyEnctype,
      int sessionEnctype, List<Integer> permitted) throws AuthenticatorDataInvalid {
    List<Integer> mandatory = new ArrayList<>(2);
    if (subkeyEnctype != null) {
      mandatory.add(subkeyEnctype);
    }
    mandatory.add(sessionEnctype);
    for (int e : mandatory) {
      if (!permitted.contains(e)) {
        throw new AuthenticatorDataInvalid(KerberosLocalError.KRB5_NOPERM_ETYPE.mitCode(),
            KerberosErrorCode.KRB_ERR_GENERIC, "Encryption type "
                + EncType.byNumber(e).name()
                + " not permitted");
      }
    }
    for (int p : permitted) {
      if (requested.contains(p) || mandatory.contains(p)) {
        return p;
      }
    }
    // Unreachable: the session key's enctype is permitted and desired.
    return sessionEnctype;
  }

  /**
   * The enctype of the acceptor's AP-REP subkey (MIT {@code accept_sec_context.c} and
   * {@code krb5_mk_rep}), or 0 for none.
   *
   * @param contextKeyEnctype the enctype of the initiator subkey, else of the session key
   * @param sessionEnctype the ticket session key's enctype
   * @param negotiated the result of {@link #negotiate}
   * @param dceStyle whether the context is DCE_STYLE
   * @return the subkey enctype, or 0 when the AP-REP carries no new subkey
   */
  static int acceptorSubkeyEnctype(int contextKeyEnctype, int sessionEnctype, int negotiated,
      boolean dceStyle) {
    boolean legacy = TokenFormat.isLegacy(contextKeyEnctype);
    boolean useSubkey = negotiated != sessionEnctype;
    if (legacy && !dceStyle && useSubkey && TokenFormat.isLegacy(negotiated)) {
      useSubkey = false; // pre-CFX tokens do not say which key protects them
    }
    return !legacy || dceStyle || useSubkey ? negotiated : 0;
  }
}

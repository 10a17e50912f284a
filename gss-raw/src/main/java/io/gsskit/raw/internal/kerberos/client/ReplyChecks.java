package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.crypto.EncType;
import io.gsskit.raw.internal.kerberos.iana.FlagBits;
import io.gsskit.raw.internal.kerberos.iana.KdcOption;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.iana.TicketFlag;
import io.gsskit.raw.internal.kerberos.proto.EncKdcRepPart;
import io.gsskit.raw.internal.kerberos.proto.KdcRep;
import io.gsskit.raw.internal.kerberos.proto.KdcReqBody;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import java.time.Duration;
import java.time.Instant;

/**
 * The checks every decrypted KDC reply must pass before anything is used or stored (RFC 4120
 * §3.1.5, §3.3.4; MIT {@code verify_as_reply} and {@code check_reply_server}):
 *
 * <ul>
 *   <li>the nonce equals the request's;
 *   <li>crealm/cname equal the requested client (AS with canonicalize: the KDC's name is taken);
 *   <li>the ENCRYPTED srealm/sname equal the requested server, except a canonicalized name in the
 *       requested realm or a referral TGT when canonicalize was asked; the ticket's clear
 *       realm/sname must equal the encrypted ones and are never used (CVE-2017-11103);
 *   <li>no flag that asks for a property (forwardable, proxiable, renewable, may-postdate,
 *       postdated, forwarded, proxy) unless requested or inherited;
 *   <li>times: the start is within the clock skew of now, the end after the start and not after
 *       the requested till, renew-till only on renewable tickets and not after the requested one;
 *   <li>the session key's enctype is permitted, was offered in the request and has the right
 *       length.
 * </ul>
 *
 * Failures are {@link KerberosLocalError#KRB5_KDCREP_MODIFIED}, {@link
 * KerberosLocalError#KRB5_KDCREP_SKEW} or {@link KerberosLocalError#KRB5_NOPERM_ETYPE}. Stateless.
 */
final class ReplyChecks {

  /** Flags a KDC may set only when asked (RFC 4120 §2). */
  private static final int[][] OPTION_FLAGS = {
      {KdcOption.FORWARDABLE, TicketFlag.FORWARDABLE},
      {KdcOption.PROXIABLE, TicketFlag.PROXIABLE},
      {KdcOption.RENEWABLE, TicketFlag.RENEWABLE},
      {KdcOption.ALLOW_POSTDATE, TicketFlag.MAY_POSTDATE},
      {KdcOption.POSTDATED, TicketFlag.POSTDATED},
      {KdcOption.FORWARDED, TicketFlag.FORWARDED},
      {KdcOption.PROXY, TicketFlag.PROXY},
  };

  private ReplyChecks() {}

  /**
   * What the reply must match.
   *
   * @param client the requested client
   * @param server the requested server
   * @param inheritedFlags flags the reply may carry without asking (FORWARDED/PROXY of the TGT,
   *     RENEWABLE when renewing)
   * @param allowReferral accept a TGT for another realm instead of {@code server}
   */
  record Expectation(KerberosPrincipal client, KerberosPrincipal server, int inheritedFlags,
      boolean allowReferral) {}

  /**
   * Checks a reply and returns the grant built only from checked, encrypted fields.
   *
   * @throws KerberosException when a check fails
   */
  static TicketGrant check(String kdcRealm, KdcRep rep, EncKdcRepPart part, KdcReqBody req,
      Expectation exp, Instant now, Duration skew, EnctypePolicy policy)
      throws KerberosException {
    String who = "KDC reply from " + kdcRealm;
    int options = req.kdcOptions();
    boolean canonicalize = FlagBits.isSet(options, KdcOption.CANONICALIZE);

    if ((part.nonce() & 0xffff_ffffL) != (req.nonce() & 0xffff_ffffL)) {
      throw modified(who + ": nonce " + (part.nonce() & 0xffff_ffffL) + " does not match the "
          + "request's " + (req.nonce() & 0xffff_ffffL));
    }

    KerberosPrincipal client = new KerberosPrincipal(rep.crealm(), rep.cname());
    if (!sameName(client, exp.client())) {
      if (!(rep.isAsRep() && canonicalize)) {
        throw modified(who + ": client " + client + " does not match the requested "
            + exp.client());
      }
    }

    KerberosPrincipal server = new KerberosPrincipal(part.srealm(), part.sname());
    KerberosPrincipal clearServer = new KerberosPrincipal(rep.ticket().realm(),
        rep.ticket().sname());
    if (!sameName(server, clearServer)) {
      throw modified(who + ": the ticket's unencrypted server name " + clearServer
          + " differs from the encrypted " + server + " (CVE-2017-11103)");
    }
    if (!sameName(server, exp.server())) {
      boolean referral = canonicalize && exp.allowReferral() && TicketGrant.isTgs(server)
          && server.realm().equals(kdcRealm);
      boolean canonicalName = canonicalize && server.realm().equals(exp.server().realm())
          && TicketGrant.isTgs(server) == TicketGrant.isTgs(exp.server());
      if (!referral && !canonicalName) {
        throw modified(who + ": server " + server + " does not match the requested "
            + exp.server());
      }
    }

    int flags = part.flags();
    for (int[] pair : OPTION_FLAGS) {
      if (FlagBits.isSet(flags, pair[1]) && !FlagBits.isSet(options, pair[0])
          && !FlagBits.isSet(exp.inheritedFlags(), pair[1])
          && !(pair[1] == TicketFlag.RENEWABLE
              && FlagBits.isSet(options, KdcOption.RENEWABLE_OK))) {
        throw modified(who + ": ticket flag " + TicketFlag.name(pair[1]) + " was not requested");
      }
    }

    Instant start = part.starttime() != null ? part.starttime() : part.authtime();
    if (!FlagBits.isSet(flags, TicketFlag.POSTDATED)
        && Duration.between(start, now).abs().compareTo(skew) > 0) {
      throw KerberosException.local(who + ": ticket start time " + start + " differs from the "
          + "local time " + now + " by more than the clock skew " + skew.toSeconds() + " s",
          KerberosLocalError.KRB5_KDCREP_SKEW, null);
    }
    if (!part.endtime().isAfter(start) || !part.endtime().isAfter(now.minus(skew))) {
      throw modified(who + ": end time " + part.endtime() + " is not after the start time "
          + start + " and the local time " + now);
    }
    if (part.endtime().isAfter(req.till())) {
      throw modified(who + ": end time " + part.endtime() + " is after the requested "
          + req.till());
    }
    Instant renewTill = part.renewTill();
    if (renewTill != null) {
      if (!FlagBits.isSet(flags, TicketFlag.RENEWABLE)) {
        throw modified(who + ": renew-till on a ticket that is not renewable");
      }
      Instant limit = FlagBits.isSet(options, KdcOption.RENEWABLE) && req.rtime() != null
          ? req.rtime() : req.till();
      if (FlagBits.isSet(options, KdcOption.RENEW)) {
        limit = null; // a renewal keeps the ticket's own renew-till
      }
      if (limit != null && renewTill.isAfter(limit)) {
        throw modified(who + ": renew-till " + renewTill + " is after the requested " + limit);
      }
    }

    int keyType = part.key().keyType();
    EncType et = EncType.byNumber(keyType);
    if (!policy.isPermitted(keyType) || !req.etypes().contains(keyType) || !et.isSupported()) {
      throw KerberosException.local(who + ": session key enctype " + et.name()
          + " is not permitted or was not requested " + req.etypes(),
          KerberosLocalError.KRB5_NOPERM_ETYPE, null);
    }
    if (part.key().length() != et.keyLength()) {
      throw modified(who + ": session key of " + part.key().length() + " bytes for "
          + et.name());
    }
    KerberosPrincipal grantedClient = rep.isAsRep() && canonicalize ? client : exp.client();
    return new TicketGrant(grantedClient, server, rep.ticket(), part.key(), flags,
        part.authtime(), part.starttime(), part.endtime(), renewTill);
  }

  /** Compares realm and name components; the name type is ignored (as MIT does). */
  static boolean sameName(KerberosPrincipal a, KerberosPrincipal b) {
    return a.realm().equals(b.realm()) && a.name().components().equals(b.name().components());
  }

  static PrincipalName tgsName(String realm) {
    return PrincipalName.of(PrincipalName.NT_SRV_INST, "krbtgt", realm);
  }

  private static KerberosException modified(String message) {
    return KerberosException.local(message, KerberosLocalError.KRB5_KDCREP_MODIFIED, null);
  }
}

package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.iana.FlagBits;
import io.gsskit.raw.internal.kerberos.iana.KdcOption;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.iana.TicketFlag;
import io.gsskit.raw.internal.kerberos.kdc.KdcTransport;
import io.gsskit.raw.internal.kerberos.keytab.Keytab;
import io.gsskit.raw.internal.kerberos.keytab.KeytabException;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The KDC client: initial tickets (AS with a password or a keytab), service tickets (TGS, with
 * realm referrals and cross-realm paths), renewal and forwarded TGTs. Every reply passes {@link
 * ReplyChecks} before a {@link TicketGrant} is returned; nothing is stored here (see {@link
 * CcacheTickets} for the ccache-level calls).
 *
 * <p>With {@code kdc_timesync} (the default) the client keeps one KDC time offset, as MIT keeps
 * one per context: learnt from a KRB_AP_ERR_SKEW error or an AS reply, or adopted from a ccache
 * header (see {@link CcacheTickets}), and applied to every later request time and reply check
 * ({@link #clock()}).
 *
 * <p>Thread-safe: requests share no mutable state but the offset (an atomic reference); each uses
 * its own sockets.
 */
public final class KdcClient {

  private final KdcClientSettings settings;
  private final KdcCaller caller;
  private final SecureRandom random;
  private final AtomicReference<@Nullable Duration> kdcOffset = new AtomicReference<>();

  /**
   * Creates a client whose transport follows the settings (DNS SRV through the platform).
   *
   * @param settings the settings; not null
   */
  public KdcClient(KdcClientSettings settings) {
    this(settings, new KdcTransport(settings.transport()));
  }

  /**
   * Creates a client with a given transport.
   *
   * @param settings the settings; not null
   * @param transport the transport; not null
   */
  public KdcClient(KdcClientSettings settings, KdcTransport transport) {
    this(settings, new KdcCaller(settings.config(), Objects.requireNonNull(transport, "transport")),
        new SecureRandom());
  }

  /** For tests: a given caller (e.g. recorded replies) and random source (e.g. seeded). */
  KdcClient(KdcClientSettings settings, KdcCaller caller, SecureRandom random) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.caller = caller;
    this.random = random;
  }

  /** @return the settings (with the configured clock, without the KDC time offset) */
  public KdcClientSettings settings() {
    return settings;
  }

  /**
   * The clock requests and reply checks use: the configured clock plus the KDC time offset when
   * {@code kdc_timesync} is on and an offset is known.
   *
   * @return the clock; not null
   */
  public Clock clock() {
    Duration off = kdcOffset.get();
    return off == null || !settings.kdcTimesync() ? settings.clock()
        : Clock.offset(settings.clock(), off);
  }

  /**
   * @return the KDC time offset (KDC clock minus the configured clock), empty when none is known
   */
  public Optional<Duration> kdcTimeOffset() {
    return Optional.ofNullable(kdcOffset.get());
  }

  /**
   * Records a KDC time offset (used only while {@code kdc_timesync} is on).
   *
   * @param offset KDC clock minus the configured clock; not null
   */
  public void setKdcTimeOffset(Duration offset) {
    kdcOffset.set(Objects.requireNonNull(offset, "offset"));
  }

  /**
   * Takes an offset (e.g. from a ccache header) only when none is known yet, as MIT's FILE ccache
   * does when it reads the header tag.
   *
   * @param offset KDC clock minus the configured clock; not null
   * @return whether it was taken
   */
  public boolean adoptKdcTimeOffset(Duration offset) {
    return kdcOffset.compareAndSet(null, Objects.requireNonNull(offset, "offset"));
  }

  /** The settings with the offset-corrected clock, for one request. */
  private KdcClientSettings current() {
    Clock c = clock();
    return c == settings.clock() ? settings : settings.withClock(c);
  }

  private AsExchange asExchange() {
    return new AsExchange(current(), caller, random, settings.clock(), kdcOffset::set);
  }

  /**
   * Gets a TGT with a password (AS exchange with encrypted-timestamp pre-authentication when the
   * KDC asks for it).
   *
   * @param client the client principal; not null
   * @param password the password; not modified, not kept after the call
   * @param opts what to request; not null
   * @return the checked TGT
   * @throws KerberosException a KDC error (e.g. KDC_ERR_PREAUTH_FAILED, KDC_ERR_C_PRINCIPAL_UNKNOWN),
   *     KRB_AP_ERR_BAD_INTEGRITY when the reply does not decrypt, a failed reply check, or
   *     KRB5_KDC_UNREACH with the attempts
   */
  public TicketGrant initialWithPassword(KerberosPrincipal client, char[] password,
      TicketOptions opts) throws KerberosException {
    PasswordKeySource keys = new PasswordKeySource(client, password);
    try {
      return asExchange().run(client, keys, opts);
    } finally {
      keys.destroy();
    }
  }

  /**
   * Gets a TGT with the client's keys from a keytab (first without pre-authentication, then with
   * the key matching the KDC's ETYPE-INFO2).
   *
   * @param client the client principal; not null
   * @param keytab the keytab; not null
   * @param opts what to request; not null
   * @return the checked TGT
   * @throws KerberosException as {@link #initialWithPassword}, and KRB5_KT_NOTFOUND when the keytab
   *     has no usable key for the client
   */
  public TicketGrant initialWithKeytab(KerberosPrincipal client, Keytab keytab,
      TicketOptions opts) throws KerberosException {
    KeytabKeySource keys;
    try {
      keys = new KeytabKeySource(client, keytab.entries());
    } catch (KeytabException e) {
      throw KerberosException.local("cannot read keytab " + keytab.name() + ": " + e.getMessage(),
          KerberosLocalError.KRB5_KT_NOTFOUND, e);
    }
    boolean any = settings.enctypes().tkt().stream().anyMatch(keys::canProduce);
    if (!any) {
      throw KerberosException.local("keytab " + keytab.name() + " has no key for " + client
          + " with a permitted enctype " + settings.enctypes().tkt(),
          KerberosLocalError.KRB5_KT_NOTFOUND, null);
    }
    return asExchange().run(client, keys, opts);
  }

  /**
   * One TGS exchange with the KDC the TGT is for, without referrals or cross-realm steps.
   *
   * @param tgt a TGT ({@code krbtgt/R@...}); not null
   * @param server the server; not null
   * @param opts what to request (forwardable, proxiable, renewable, lifetime, canonicalize)
   * @return the checked ticket
   * @throws KerberosException a KDC error, a decryption failure or a failed reply check
   */
  public TicketGrant tgs(TicketGrant tgt, KerberosPrincipal server, TicketOptions opts)
      throws KerberosException {
    return tgs(tgt, server, opts, false);
  }

  private TicketGrant tgs(TicketGrant tgt, KerberosPrincipal server, TicketOptions opts,
      boolean allowReferral) throws KerberosException {
    requireTgt(tgt);
    Instant now = Instant.now(clock()).truncatedTo(ChronoUnit.SECONDS);
    int options = 0;
    if (opts.forwardable()) {
      options |= FlagBits.mask(KdcOption.FORWARDABLE);
    }
    if (opts.proxiable()) {
      options |= FlagBits.mask(KdcOption.PROXIABLE);
    }
    if (opts.canonicalize()) {
      options |= FlagBits.mask(KdcOption.CANONICALIZE);
    }
    Instant rtime = null;
    if (opts.renewLifetime() != null) {
      options |= FlagBits.mask(KdcOption.RENEWABLE);
      rtime = now.plus(opts.renewLifetime());
    }
    Instant till = now.plus(opts.lifetime());
    return new TgsExchange(current(), caller, random).run(tgt.tgsRealm(), tgt, server, options,
        till, rtime, inherited(tgt), allowReferral);
  }

  /**
   * Gets a service ticket, following realm referrals (RFC 6806: canonicalize, the KDC answers with
   * a TGT for another realm) and, for a server in another realm, the {@code [capaths]} or
   * hierarchical path of cross-realm TGTs. At most {@link KdcClientSettings#maxHops()} steps.
   *
   * @param tgt the client's TGT for its own realm; not null
   * @param server the server (its realm as known: from {@code [domain_realm]} or the client's);
   *     not null
   * @param opts what to request for the service ticket; not null
   * @param cachedTgts cross-realm TGTs already at hand, by the principal {@code krbtgt/B@A}; may
   *     return empty
   * @param newTgts receives every cross-realm or referral TGT obtained on the way (for storing)
   * @return the checked service ticket
   * @throws KerberosException a KDC error, a failed check, or KRB5_KDCREP_MODIFIED when the
   *     referral chain loops or exceeds the hop limit
   */
  public TicketGrant serviceTicket(TicketGrant tgt, KerberosPrincipal server, TicketOptions opts,
      Function<KerberosPrincipal, Optional<TicketGrant>> cachedTgts, List<TicketGrant> newTgts)
      throws KerberosException {
    requireTgt(tgt);
    TicketGrant cur = tgt;
    if (!server.realm().equals(cur.tgsRealm())) {
      cur = crossRealmTgt(cur, server.realm(), cachedTgts, newTgts);
    }
    KerberosPrincipal target = server;
    Set<String> visited = new HashSet<>();
    visited.add(cur.tgsRealm());
    TicketOptions request = opts.withCanonicalize(true);
    for (int hop = 0; hop <= settings.maxHops(); hop++) {
      TicketGrant got = tgs(cur, target, request, !TicketGrant.isTgs(server));
      if (!got.isTgt() || TicketGrant.isTgs(server)
          || got.tgsRealm().equals(cur.tgsRealm())) {
        return got;
      }
      String next = got.tgsRealm();
      if (!visited.add(next)) {
        got.destroy();
        throw KerberosException.local("referral loop for " + server + ": realm " + next
            + " was already visited " + visited, KerberosLocalError.KRB5_KDCREP_MODIFIED, null);
      }
      newTgts.add(got);
      cur = got;
      target = new KerberosPrincipal(next, server.name());
    }
    throw KerberosException.local("more than " + settings.maxHops() + " referrals for " + server,
        KerberosLocalError.KRB5_KDCREP_MODIFIED, null);
  }

  private TicketGrant crossRealmTgt(TicketGrant tgt, String serverRealm,
      Function<KerberosPrincipal, Optional<TicketGrant>> cachedTgts, List<TicketGrant> newTgts)
      throws KerberosException {
    String clientRealm = tgt.tgsRealm();
    KerberosPrincipal direct = new KerberosPrincipal(clientRealm,
        ReplyChecks.tgsName(serverRealm));
    Optional<TicketGrant> cached = cachedTgts.apply(direct);
    if (cached.isPresent()) {
      return cached.get();
    }
    List<String> path = RealmPaths.path(settings.config(), clientRealm, serverRealm);
    if (path.size() > settings.maxHops()) {
      throw KerberosException.local("cross-realm path " + path + " is longer than "
          + settings.maxHops(), KerberosLocalError.KRB5_KDCREP_MODIFIED, null);
    }
    TicketGrant cur = tgt;
    for (String next : path) {
      KerberosPrincipal want = new KerberosPrincipal(cur.tgsRealm(), ReplyChecks.tgsName(next));
      Optional<TicketGrant> have = cachedTgts.apply(want);
      if (have.isPresent()) {
        cur = have.get();
        continue;
      }
      cur = tgs(cur, want, TicketOptions.defaults().withLifetime(settings.ticketLifetime()),
          false);
      newTgts.add(cur);
    }
    return cur;
  }

  /**
   * Renews a renewable ticket (RENEW option, the ticket itself in the AP-REQ), before its
   * renew-till.
   *
   * @param ticket the ticket to renew; not null
   * @return the renewed ticket (same client and server, new times and session key)
   * @throws KerberosException KRB5_KDCREP_MODIFIED locally when the ticket is not renewable or past
   *     its renew-till, else as {@link #tgs}
   */
  public TicketGrant renew(TicketGrant ticket) throws KerberosException {
    Instant renewTill = ticket.renewTill();
    if (!ticket.hasFlag(TicketFlag.RENEWABLE) || renewTill == null) {
      throw KerberosException.local("ticket for " + ticket.server() + " is not renewable",
          KerberosLocalError.KRB5_INVALID_FLAGS, null);
    }
    Instant now = Instant.now(clock());
    if (!renewTill.isAfter(now)) {
      throw KerberosException.local("ticket for " + ticket.server() + " could be renewed until "
          + renewTill + " only", KerberosLocalError.KRB5_INVALID_FLAGS, null);
    }
    int options = FlagBits.mask(KdcOption.RENEW) | FlagBits.mask(KdcOption.RENEWABLE);
    int keep = ticket.flags() & (FlagBits.mask(TicketFlag.FORWARDABLE)
        | FlagBits.mask(TicketFlag.PROXIABLE) | FlagBits.mask(TicketFlag.RENEWABLE)
        | FlagBits.mask(TicketFlag.FORWARDED) | FlagBits.mask(TicketFlag.PROXY)
        | FlagBits.mask(TicketFlag.MAY_POSTDATE));
    return new TgsExchange(current(), caller, random).run(ticket.server().realm(), ticket,
        ticket.server(), options, renewTill, renewTill, keep, false);
  }

  /**
   * Requests a forwarded TGT for delegation (FORWARDED and FORWARDABLE options, no addresses), as
   * a GSS initiator does for GSS_C_DELEG_FLAG.
   *
   * @param tgt a forwardable TGT; not null
   * @return the forwarded TGT (a KDC following RFC 4120 §2.6 sets FORWARDED; Kerby does not)
   * @throws KerberosException KRB5_TKT_NOT_FORWARDABLE when the TGT is not forwardable; else as
   *     {@link #tgs}
   */
  public TicketGrant forwardedTgt(TicketGrant tgt) throws KerberosException {
    requireTgt(tgt);
    if (!tgt.hasFlag(TicketFlag.FORWARDABLE)) {
      throw KerberosException.local("the TGT of " + tgt.client() + " is not forwardable",
          KerberosLocalError.KRB5_TKT_NOT_FORWARDABLE, null);
    }
    Instant till = tgt.endTime();
    int options = FlagBits.mask(KdcOption.FORWARDED) | FlagBits.mask(KdcOption.FORWARDABLE);
    // MIT's krb5_fwd_tgt_creds does not insist on the FORWARDED flag in the reply, and Apache
    // Kerby's KDC never sets it: the flag is reported, not required.
    return new TgsExchange(current(), caller, random).run(tgt.tgsRealm(), tgt, tgt.server(),
        options, till, null, inherited(tgt), false);
  }

  private static int inherited(TicketGrant tgt) {
    return tgt.flags() & (FlagBits.mask(TicketFlag.FORWARDED) | FlagBits.mask(TicketFlag.PROXY));
  }

  private static void requireTgt(TicketGrant tgt) throws KerberosException {
    if (!tgt.isTgt()) {
      throw KerberosException.local(tgt.server() + " is not a ticket-granting ticket",
          KerberosLocalError.KRB5_NO_TKT_SUPPLIED, null);
    }
  }
}

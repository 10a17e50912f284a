package io.gsskit.raw.internal.kerberos.client;

import io.gsskit.raw.internal.kerberos.ccache.CcacheException;
import io.gsskit.raw.internal.kerberos.ccache.Credential;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.ccache.KdcTimeOffset;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.keytab.Keytab;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ccache-level calls a GSS initiator makes: {@code kinit} (get a TGT and write it into a fresh
 * cache) and {@link #getServiceTicket} (a cached, still valid ticket, else a TGS exchange with the
 * cached TGT, stored afterwards, as MIT's {@code krb5_get_credentials}). Nothing is stored when a
 * reply fails its checks. With {@code kdc_timesync}, {@code kinit} writes the client's KDC time
 * offset into the new cache (v4 header tag 1) and the other calls adopt a cache's offset when the
 * client has none yet, as MIT's FILE ccache does. Thread-safe (the ccache operations are atomic).
 */
public final class CcacheTickets {

  private final KdcClient client;

  /**
   * @param client the KDC client; not null
   */
  public CcacheTickets(KdcClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** @return the KDC client */
  public KdcClient client() {
    return client;
  }

  /**
   * {@code kinit} with a password: gets a TGT, then initializes the cache with the client as its
   * principal and stores the TGT.
   *
   * @param ccache the cache; not null
   * @param principal the client; not null
   * @param password the password; not kept
   * @param opts what to request; not null
   * @return the TGT
   * @throws KerberosException as {@link KdcClient#initialWithPassword}, or KRB5_CC_IO / KRB5_CC_WRITE
   *     when the cache cannot be written
   */
  public TicketGrant kinitPassword(CredentialCache ccache, KerberosPrincipal principal,
      char[] password, TicketOptions opts) throws KerberosException {
    TicketGrant tgt = client.initialWithPassword(principal, password, opts);
    initializeAndStore(ccache, tgt);
    return tgt;
  }

  /**
   * {@code kinit -k}: as {@link #kinitPassword} with the keys from a keytab.
   *
   * @param ccache the cache; not null
   * @param principal the client; not null
   * @param keytab the keytab; not null
   * @param opts what to request; not null
   * @return the TGT
   * @throws KerberosException as {@link KdcClient#initialWithKeytab}, or a ccache failure
   */
  public TicketGrant kinitKeytab(CredentialCache ccache, KerberosPrincipal principal,
      Keytab keytab, TicketOptions opts) throws KerberosException {
    TicketGrant tgt = client.initialWithKeytab(principal, keytab, opts);
    initializeAndStore(ccache, tgt);
    return tgt;
  }

  /**
   * A service ticket for the cache's principal: the newest valid cached one, else one obtained
   * with the cached TGT (referrals and cross-realm TGTs included) and stored, together with any
   * cross-realm TGTs obtained on the way.
   *
   * @param ccache the cache; not null
   * @param server the server principal; not null
   * @param opts what to request when a TGS exchange is needed; not null
   * @return the ticket
   * @throws KerberosException KRB5_FCC_NOFILE when the cache does not exist, KRB5_CC_NOTFOUND when
   *     it holds no valid TGT, or as {@link KdcClient#serviceTicket}
   */
  public TicketGrant getServiceTicket(CredentialCache ccache, KerberosPrincipal server,
      TicketOptions opts) throws KerberosException {
    KerberosPrincipal me = open(ccache);
    Optional<TicketGrant> cached = valid(ccache, server);
    if (cached.isPresent()) {
      return cached.get();
    }
    TicketGrant tgt = tgt(ccache, me);
    List<TicketGrant> newTgts = new ArrayList<>();
    TicketGrant ticket = client.serviceTicket(tgt, server, opts, p -> {
      try {
        return valid(ccache, p);
      } catch (KerberosException e) {
        return Optional.empty();
      }
    }, newTgts);
    List<Credential> store = new ArrayList<>();
    for (TicketGrant t : newTgts) {
      store.add(t.toCredential());
    }
    store.add(ticket.toCredential());
    try {
      ccache.storeAll(store);
    } catch (CcacheException e) {
      throw ccacheFailure(ccache, e);
    }
    return ticket;
  }

  /**
   * The cache's TGT for its principal's own realm.
   *
   * @param ccache the cache; not null
   * @return the valid TGT
   * @throws KerberosException KRB5_FCC_NOFILE, KRB5_CC_NOTFOUND when no valid TGT is cached
   */
  public TicketGrant tgt(CredentialCache ccache) throws KerberosException {
    return tgt(ccache, open(ccache));
  }

  /**
   * Renews the cache's TGT and re-initializes the cache with the renewed one (as {@code kinit
   * -R}).
   *
   * @param ccache the cache; not null
   * @return the renewed TGT
   * @throws KerberosException when no renewable TGT is cached, or as {@link KdcClient#renew}
   */
  public TicketGrant renewTgt(CredentialCache ccache) throws KerberosException {
    KerberosPrincipal me = open(ccache);
    KerberosPrincipal tgs = new KerberosPrincipal(me.realm(), ReplyChecks.tgsName(me.realm()));
    Credential c;
    try {
      c = ccache.retrieve(tgs, 0).orElseThrow(() -> KerberosException.local("no TGT for "
          + me + " in " + ccache.name(), KerberosLocalError.KRB5_CC_NOTFOUND, null));
    } catch (CcacheException e) {
      throw ccacheFailure(ccache, e);
    }
    TicketGrant renewed = client.renew(TicketGrant.fromCredential(c));
    initializeAndStore(ccache, renewed);
    return renewed;
  }

  /**
   * A forwarded TGT for delegation from the cache's TGT (not stored).
   *
   * @param ccache the cache; not null
   * @return the forwarded TGT
   * @throws KerberosException as {@link KdcClient#forwardedTgt}
   */
  public TicketGrant forwardedTgt(CredentialCache ccache) throws KerberosException {
    return client.forwardedTgt(tgt(ccache));
  }

  private TicketGrant tgt(CredentialCache ccache, KerberosPrincipal me) throws KerberosException {
    String realm = startRealm(ccache, me);
    KerberosPrincipal tgs = new KerberosPrincipal(realm, ReplyChecks.tgsName(realm));
    return valid(ccache, tgs).orElseThrow(() -> KerberosException.local("no valid TGT for " + me
        + " (" + tgs + ") in " + ccache.name(), KerberosLocalError.KRB5_CC_NOTFOUND, null));
  }

  /**
   * The realm of the TGT that TGS requests start from: the cache's {@code start_realm}
   * configuration entry when present, else the client's realm. MIT (1.19, "Add support for
   * start_realm cache config") writes the entry when the TGT is for another realm than the
   * client's, as after anonymous PKINIT ({@code kinit -n}: client
   * {@code WELLKNOWN/ANONYMOUS@WELLKNOWN:ANONYMOUS}, TGT {@code krbtgt/REALM@REALM}).
   */
  private static String startRealm(CredentialCache ccache, KerberosPrincipal me)
      throws KerberosException {
    Optional<byte[]> value;
    try {
      value = ccache.config("start_realm", null);
    } catch (CcacheException e) {
      throw ccacheFailure(ccache, e);
    }
    if (value.isEmpty() || value.get().length == 0) {
      return me.realm();
    }
    return new String(value.get(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private Optional<TicketGrant> valid(CredentialCache ccache, KerberosPrincipal server)
      throws KerberosException {
    Instant now = Instant.now(client.clock());
    List<Credential> all;
    try {
      all = ccache.credentials();
    } catch (CcacheException e) {
      throw ccacheFailure(ccache, e);
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      Credential c = all.get(i);
      if (c.isConfigEntry() || c.isSkey() || !ReplyChecks.sameName(c.server(), server)
          || !client.settings().enctypes().isPermitted(c.key().keyType())) {
        continue;
      }
      TicketGrant g;
      try {
        g = TicketGrant.fromCredential(c);
      } catch (KerberosException e) {
        continue;
      }
      if (g.isValidAt(now, client.settings().clockSkew())) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /** The cache's principal; adopts the cache's KDC time offset when the client has none. */
  private KerberosPrincipal open(CredentialCache ccache) throws KerberosException {
    KerberosPrincipal me = principal(ccache);
    if (client.settings().kdcTimesync()) {
      KdcTimeOffset off;
      try {
        off = ccache.kdcOffset();
      } catch (CcacheException e) {
        throw ccacheFailure(ccache, e);
      }
      if (!off.equals(KdcTimeOffset.NONE)) {
        client.adoptKdcTimeOffset(Duration.ofSeconds(off.seconds())
            .plusNanos(off.microseconds() * 1000L));
      }
    }
    return me;
  }

  /** The client's KDC time offset as a ccache header value (NONE when unknown or too large). */
  private KdcTimeOffset offsetForCache() {
    if (!client.settings().kdcTimesync()) {
      return KdcTimeOffset.NONE;
    }
    Duration d = client.kdcTimeOffset().orElse(Duration.ZERO);
    long sec = d.getSeconds(); // floor; the nanoseconds are then 0..999_999_999
    if (sec < Integer.MIN_VALUE || sec > Integer.MAX_VALUE) {
      return KdcTimeOffset.NONE;
    }
    return new KdcTimeOffset((int) sec, d.getNano() / 1000);
  }

  private static KerberosPrincipal principal(CredentialCache ccache) throws KerberosException {
    try {
      return ccache.principal();
    } catch (CcacheException e) {
      throw ccacheFailure(ccache, e);
    }
  }

  private void initializeAndStore(CredentialCache ccache, TicketGrant tgt)
      throws KerberosException {
    try {
      ccache.initialize(tgt.client(), offsetForCache());
      ccache.store(tgt.toCredential());
    } catch (CcacheException e) {
      throw ccacheFailure(ccache, e);
    }
  }

  private static KerberosException ccacheFailure(CredentialCache ccache, CcacheException e) {
    KerberosLocalError code = switch (e.kind()) {
      case NOT_FOUND -> KerberosLocalError.KRB5_FCC_NOFILE;
      case FORMAT -> KerberosLocalError.KRB5_CC_FORMAT;
      default -> KerberosLocalError.KRB5_CC_IO;
    };
    return KerberosException.local("credentials cache " + ccache.name() + ": " + e.getMessage(),
        code, e);
  }
}

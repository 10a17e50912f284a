package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_CREDENTIALS_EXPIRED;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;

import io.gsskit.raw.Gss;
import io.gsskit.raw.IntHolder;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.ext.CredStore;
import io.gsskit.raw.internal.kerberos.ccache.CcacheException;
import io.gsskit.raw.internal.kerberos.ccache.Credential;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCaches;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.keytab.Keytab;
import io.gsskit.raw.internal.kerberos.keytab.KeytabEntry;
import io.gsskit.raw.internal.kerberos.keytab.KeytabException;
import io.gsskit.raw.internal.kerberos.keytab.Keytabs;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.rcache.ReplayCache;
import io.gsskit.raw.internal.kerberos.rcache.ReplayCacheException;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechCred;
import io.gsskit.raw.spi.MechName;
import io.gsskit.raw.internal.kerberos.client.CcacheTickets;
import io.gsskit.raw.internal.kerberos.client.KerberosException;
import io.gsskit.raw.internal.kerberos.client.TicketOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Credential acquisition for the krb5 mechanism, as MIT's {@code gss_acquire_cred_from}:
 * initiator credentials from the credential store's {@code ccache} or the default ccache ({@code
 * KRB5CCNAME}, {@code default_ccache_name}); acceptor credentials from {@code keytab} or the
 * default keytab ({@code KRB5_KTNAME}, {@code default_keytab_name}) with the replay cache from
 * {@code rcache} or the default ({@code KRB5RCACHETYPE} …). Thread-safe.
 *
 * <p>Initial credentials through the KDC client: {@code password} (or {@code
 * gss_acquire_cred_with_password}) gets a TGT into the store's {@code ccache} or a new private
 * {@code MEMORY:} cache; a client keytab ({@code client_keytab}, {@code KRB5_CLIENT_KTNAME},
 * {@code default_client_keytab_name}) gets one when the ccache has no usable tickets, as MIT does.
 *
 * <p>GSSKit extension {@link CredStore#KRB5_CONFIG}: the credential reads its own krb5.conf
 * files for everything (default ccache and keytab names, realm of the desired name, KDCs for the
 * AS exchange, replay-cache defaults and clock skew) and keeps them for its contexts ({@link
 * Krb5Cred#settingsOr}).
 */
final class Krb5Creds {

  private final Krb5Settings settings;
  private final Krb5Kdc kdc;

  Krb5Creds(Krb5Settings settings, Krb5Kdc kdc) {
    this.settings = settings;
    this.kdc = kdc;
  }

  int acquire(MinorStatus minor, @Nullable MechName desired, int timeReq, int usage,
      Map<String, String> store, Holder<MechCred> out, IntHolder timeRec) {
    return acquire(minor, desired, timeReq, usage, store, null, out, timeRec);
  }

  /**
   * As {@link #acquire(MinorStatus, MechName, int, int, Map, Holder, IntHolder)}, with a password
   * for the initiator part ({@code gss_acquire_cred_with_password}); the caller zeroes it.
   */
  int acquire(MinorStatus minor, @Nullable MechName desired, int timeReq, int usage,
      Map<String, String> store, char @Nullable [] password, Holder<MechCred> out,
      IntHolder timeRec) {
    if (desired != null && !(desired instanceof Krb5Name)) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, Krb5Minor.KG_CRED, "not a krb5 name");
    }
    Krb5Name name = (Krb5Name) desired;
    if (usage != Gss.GSS_C_INITIATE && usage != Gss.GSS_C_ACCEPT && usage != Gss.GSS_C_BOTH) {
      return Krb5Minor.fail(minor, GSS_S_FAILURE, Krb5Minor.KG_CRED,
          "unknown credential usage " + usage);
    }
    String ownConfig = store.get(CredStore.KRB5_CONFIG);
    if (ownConfig == null) {
      return acquireWith(minor, name, timeReq, usage, store, password, out, timeRec, null);
    }
    // GSSKit extension: the credential uses its own krb5.conf instead of the process's
    Krb5Settings own = settings.withConfig(ownConfig);
    Krb5Config cfg;
    try {
      cfg = own.config();
    } catch (Krb5ConfigException e) {
      return Krb5Kdc.configFailure(minor, e);
    }
    if (cfg.files().isEmpty()) {
      return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CONFIG_CANTOPEN,
          CredStore.KRB5_CONFIG + ": none of '" + ownConfig + "' exists");
    }
    if (name != null && name.realmSource() != Krb5Name.RealmSource.EXPLICIT) {
      try {
        name = new Krb5Name(Krb5Cred.remap(name, cfg), name.realmSource());
      } catch (Krb5ConfigException e) {
        return Krb5Kdc.configFailure(minor, e);
      }
    }
    return new Krb5Creds(own, new Krb5Kdc(own)).acquireWith(minor, name, timeReq, usage, store,
        password, out, timeRec, own);
  }

  /** Acquisition over this object's settings; {@code own} is recorded in the credential. */
  private int acquireWith(MinorStatus minor, @Nullable Krb5Name name, int timeReq, int usage,
      Map<String, String> store, char @Nullable [] password, Holder<MechCred> out,
      IntHolder timeRec, @Nullable Krb5Settings own) {
    Krb5Config cfg;
    try {
      cfg = settings.config();
    } catch (Krb5ConfigException e) {
      return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CONFIG_BADFORMAT,
          e.getMessage());
    }
    Krb5Name initName = null;
    CredentialCache ccache = null;
    Instant expiry = null;
    boolean ownsCcache = false;
    if (usage != Gss.GSS_C_ACCEPT) {
      InitPart ip;
      String pw = store.get(CredStore.PASSWORD);
      if (password != null || pw != null) {
        char[] chars = password != null ? password : pw.toCharArray();
        try {
          ip = withPassword(minor, name, chars, timeReq, store, cfg);
        } finally {
          if (password == null) {
            Arrays.fill(chars, '\0');
          }
        }
      } else {
        ip = fromCcache(minor, name, store.get(CredStore.CCACHE), cfg);
        if (ip.major != GSS_S_COMPLETE) {
          ip = withClientKeytab(minor, name, timeReq, store, cfg, ip);
        }
      }
      if (ip.major != GSS_S_COMPLETE) {
        return ip.major;
      }
      initName = ip.name;
      ccache = ip.ccache;
      expiry = ip.expiry;
      ownsCcache = ip.owned;
    }
    Keytab keytab = null;
    ReplayCache rcache = null;
    if (usage != Gss.GSS_C_INITIATE) {
      try {
        String ktName = store.get(CredStore.KEYTAB);
        keytab = ktName != null ? Keytabs.resolve(ktName)
            : Keytabs.resolveDefault(settings.env(), cfg);
        List<KeytabEntry> entries = keytab.entries();
        if (entries.isEmpty()) {
          return Krb5Minor.fail(minor, GSS_S_NO_CRED, KerberosLocalError.KRB5_KT_NOTFOUND,
              "keytab " + keytab.name() + " is empty or missing");
        }
        if (name != null && entries.stream().noneMatch(e -> name.matches(e.principal()))) {
          return Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_KEYTAB_NOMATCH,
              "keytab " + keytab.name() + " has no key for " + name);
        }
      } catch (KeytabException e) {
        return Krb5Minor.fail(minor, GSS_S_NO_CRED,
            e.kind() == KeytabException.Kind.NOT_FOUND ? KerberosLocalError.KRB5_KT_NOTFOUND
                : KerberosLocalError.KRB5_KT_BADNAME, e.getMessage());
      } catch (Krb5ConfigException e) {
        return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CONFIG_BADFORMAT,
            e.getMessage());
      }
      try {
        var resolver = settings.rcacheResolver(cfg.libDefaults().clockSkew());
        String rcName = store.get(CredStore.RCACHE);
        rcache = rcName != null ? resolver.resolve(rcName)
            : resolver.resolveDefault(cfg.libDefaults().string("default_rcache_name")
                .orElse(null));
      } catch (ReplayCacheException e) {
        return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_RC_TYPE_NOTFOUND,
            e.getMessage());
      } catch (Krb5ConfigException e) {
        return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CONFIG_BADFORMAT,
            e.getMessage());
      }
    }
    Krb5Cred cred = new Krb5Cred(usage, initName, ccache, expiry, name, keytab, rcache, false,
        ownsCcache, own);
    out.set(cred);
    timeRec.set(lifetime(cred));
    return GSS_S_COMPLETE;
  }

  /** The initiator part of a credential, or the failure ({@code major != COMPLETE}). */
  private record InitPart(int major, @Nullable Krb5Name name, @Nullable CredentialCache ccache,
      @Nullable Instant expiry, boolean owned) {
    static InitPart failed(int major) {
      return new InitPart(major, null, null, null, false);
    }
  }

  /** Initiator credentials from a ccache: the named one, else the default. */
  private InitPart fromCcache(MinorStatus minor, @Nullable Krb5Name name,
      @Nullable String ccName, Krb5Config cfg) {
    CredentialCache ccache;
    try {
      ccache = ccName != null ? CredentialCaches.resolve(ccName)
          : CredentialCaches.resolveDefault(settings.env(), cfg);
    } catch (CcacheException e) {
      return InitPart.failed(Krb5Minor.fail(minor, GSS_S_NO_CRED,
          KerberosLocalError.KRB5_CC_BADNAME, e.getMessage()));
    } catch (Krb5ConfigException e) {
      return InitPart.failed(Krb5Kdc.configFailure(minor, e));
    }
    return fromCcache(minor, name, ccache, false);
  }

  private InitPart fromCcache(MinorStatus minor, @Nullable Krb5Name name,
      CredentialCache ccache, boolean owned) {
    KerberosPrincipal client;
    List<Credential> creds;
    try {
      if (!ccache.exists()) {
        return InitPart.failed(Krb5Minor.fail(minor, GSS_S_NO_CRED,
            KerberosLocalError.KRB5_FCC_NOFILE,
            "No credentials cache found (ccache " + ccache.name() + ")"));
      }
      client = ccache.principal();
      creds = ccache.credentials();
    } catch (CcacheException e) {
      return InitPart.failed(Krb5Minor.fail(minor, GSS_S_NO_CRED,
          KerberosLocalError.KRB5_CC_FORMAT, "ccache " + ccache.name() + ": " + e.getMessage()));
    }
    // The anonymous name selects only anonymous tickets (MIT: no match in the collection).
    if (name != null && (name.isAnonymous() ? !new Krb5Name(client).isAnonymous()
        : !name.matches(client))) {
      return InitPart.failed(Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_CCACHE_NOMATCH,
          "ccache " + ccache.name() + " holds " + client + ", not " + name));
    }
    Instant expiry = expiry(client, creds);
    if (expiry == null) {
      return InitPart.failed(Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_EMPTY_CCACHE,
          "ccache " + ccache.name() + " has no tickets for " + client));
    }
    if (!expiry.isAfter(settings.clock().instant())) {
      return InitPart.failed(Krb5Minor.fail(minor, GSS_S_CREDENTIALS_EXPIRED,
          Krb5Minor.KG_TGT_MISSING, "the tickets of " + client + " in ccache " + ccache.name()
              + " expired at " + expiry));
    }
    return new InitPart(GSS_S_COMPLETE, new Krb5Name(client), ccache, expiry, owned);
  }

  /**
   * {@code password} (cred store) or {@code gss_acquire_cred_with_password}: an AS exchange for
   * the desired name, the TGT stored in the {@code ccache} of the store, else in a new private
   * {@code MEMORY:} cache (MIT does the same).
   */
  private InitPart withPassword(MinorStatus minor, @Nullable Krb5Name name, char[] password,
      int timeReq, Map<String, String> store, Krb5Config cfg) {
    if (name == null || name.isAnonymous()) {
      return InitPart.failed(Krb5Minor.fail(minor, GSS_S_BAD_NAME, Krb5Minor.KG_CRED,
          "a password needs the client principal's name"));
    }
    KerberosPrincipal principal;
    try {
      principal = withRealm(name.principal(), cfg);
    } catch (Krb5ConfigException e) {
      return InitPart.failed(Krb5Kdc.configFailure(minor, e));
    }
    String ccName = store.get(CredStore.CCACHE);
    CredentialCache target;
    try {
      target = ccName != null ? CredentialCaches.resolve(ccName) : kdc.newMemoryCcache("pw");
    } catch (CcacheException e) {
      return InitPart.failed(Krb5Minor.fail(minor, GSS_S_NO_CRED,
          KerberosLocalError.KRB5_CC_BADNAME, e.getMessage()));
    }
    try {
      CcacheTickets tickets = kdc.tickets();
      tickets.kinitPassword(target, principal, password, options(tickets, timeReq));
    } catch (Krb5ConfigException e) {
      return InitPart.failed(Krb5Kdc.configFailure(minor, e));
    } catch (KerberosException e) {
      destroyIfOwned(target, ccName == null);
      return InitPart.failed(Krb5Kdc.fail(minor, e, "getting initial credentials for "
          + principal + " with a password"));
    }
    return fromCcache(minor, null, target, ccName == null);
  }

  /**
   * MIT's client keytab ({@code client_keytab} in the store, else {@code KRB5_CLIENT_KTNAME} /
   * {@code default_client_keytab_name}): when the ccache gave no usable credentials and the keytab
   * has a key for the desired name (or, with no name, for its first principal), an AS exchange
   * with that key; the TGT goes into the ccache when it is missing, empty or holds the same
   * principal, else into a new private {@code MEMORY:} cache. Without a usable client keytab the
   * ccache failure stands.
   */
  private InitPart withClientKeytab(MinorStatus minor, @Nullable Krb5Name name, int timeReq,
      Map<String, String> store, Krb5Config cfg, InitPart ccacheFailure) {
    if (ccacheFailure.major != GSS_S_NO_CRED && ccacheFailure.major != GSS_S_CREDENTIALS_EXPIRED) {
      return ccacheFailure;
    }
    String ktName = store.get(CredStore.CLIENT_KEYTAB);
    int savedMinor = minor.value();
    Keytab kt;
    KerberosPrincipal principal = null;
    try {
      kt = ktName != null ? Keytabs.resolve(ktName)
          : Keytabs.resolveClientDefault(settings.env(), cfg);
      for (KeytabEntry e : kt.entries()) {
        if (name == null ? true : name.matches(e.principal())) {
          principal = e.principal();
          break;
        }
      }
    } catch (KeytabException | Krb5ConfigException e) {
      if (ktName == null) {
        minor.set(savedMinor);
        return ccacheFailure;
      }
      return InitPart.failed(Krb5Minor.fail(minor, GSS_S_NO_CRED,
          KerberosLocalError.KRB5_KT_NOTFOUND, "client keytab " + ktName + ": "
              + e.getMessage()));
    }
    if (principal == null) {
      if (ktName == null) {
        minor.set(savedMinor);
        return ccacheFailure;
      }
      return InitPart.failed(Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_KEYTAB_NOMATCH,
          "client keytab " + kt.name() + " has no key for " + (name == null ? "anyone" : name)));
    }
    CredentialCache target = null;
    boolean owned = false;
    try {
      String ccName = store.get(CredStore.CCACHE);
      CredentialCache cc = ccName != null ? CredentialCaches.resolve(ccName)
          : CredentialCaches.resolveDefault(settings.env(), cfg);
      if (!cc.exists() || cc.credentials().isEmpty() || Krb5Name.same(cc.principal(), principal)) {
        target = cc;
      }
    } catch (CcacheException | Krb5ConfigException e) {
      target = null; // an unusable default cache: use a private one
    }
    if (target == null) {
      target = kdc.newMemoryCcache("ckt");
      owned = true;
    }
    try {
      CcacheTickets tickets = kdc.tickets();
      tickets.kinitKeytab(target, principal, kt, options(tickets, timeReq));
    } catch (Krb5ConfigException e) {
      return InitPart.failed(Krb5Kdc.configFailure(minor, e));
    } catch (KerberosException e) {
      destroyIfOwned(target, owned);
      return InitPart.failed(Krb5Kdc.fail(minor, e, "getting initial credentials for "
          + principal + " with client keytab " + kt.name()));
    }
    return fromCcache(minor, name, target, owned);
  }

  private static TicketOptions options(CcacheTickets tickets, int timeReq) {
    TicketOptions o = tickets.client().settings().defaultOptions();
    if (timeReq > 0 && timeReq != Gss.GSS_C_INDEFINITE) {
      o = o.withLifetime(Duration.ofSeconds(Integer.toUnsignedLong(timeReq)));
    }
    return o;
  }

  private static KerberosPrincipal withRealm(KerberosPrincipal p, Krb5Config cfg)
      throws Krb5ConfigException {
    if (!p.realm().isEmpty()) {
      return p;
    }
    return new KerberosPrincipal(cfg.libDefaults().defaultRealm().orElse(""), p.name());
  }

  private static void destroyIfOwned(CredentialCache cc, boolean owned) {
    if (owned) {
      try {
        cc.destroy();
      } catch (CcacheException e) {
        // a MEMORY: cache cannot fail to be destroyed
      }
    }
  }

  /**
   * The initiator expiry as MIT's {@code scan_ccache}: the end time of the client realm's TGT,
   * else the latest end time of any ticket.
   */
  private static @Nullable Instant expiry(KerberosPrincipal client, List<Credential> creds) {
    long tgt = -1;
    long any = -1;
    for (Credential c : creds) {
      if (c.isConfigEntry()) {
        continue;
      }
      KerberosPrincipal s = c.server();
      List<String> comps = s.name().components();
      if (comps.size() == 2 && comps.get(0).equals("krbtgt")
          && comps.get(1).equals(client.realm()) && s.realm().equals(client.realm())) {
        tgt = Math.max(tgt, c.endTime());
      }
      any = Math.max(any, c.endTime());
    }
    long end = tgt >= 0 ? tgt : any;
    return end < 0 ? null : Instant.ofEpochSecond(end);
  }

  /** @return remaining seconds of the credential (GSS_C_INDEFINITE for accept-only) */
  int lifetime(Krb5Cred cred) {
    Instant exp = cred.initiatorExpiry();
    if (exp == null || !cred.canInitiate()) {
      return Gss.GSS_C_INDEFINITE;
    }
    return Krb5Times.remaining(settings.clock().instant(), exp);
  }
}

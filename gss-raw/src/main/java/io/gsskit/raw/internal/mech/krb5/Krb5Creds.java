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
import java.time.Instant;
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
 * <p>Not yet available: {@code client_keytab} and {@code password} need the AS exchange of the
 * KDC client; asking for them gives {@code GSS_S_NO_CRED} with a message saying so.
 */
final class Krb5Creds {

  private final Krb5Settings settings;

  Krb5Creds(Krb5Settings settings) {
    this.settings = settings;
  }

  int acquire(MinorStatus minor, @Nullable MechName desired, int timeReq, int usage,
      Map<String, String> store, Holder<MechCred> out, IntHolder timeRec) {
    if (desired != null && !(desired instanceof Krb5Name)) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, Krb5Minor.KG_CRED, "not a krb5 name");
    }
    Krb5Name name = (Krb5Name) desired;
    if (usage != Gss.GSS_C_INITIATE && usage != Gss.GSS_C_ACCEPT && usage != Gss.GSS_C_BOTH) {
      return Krb5Minor.fail(minor, GSS_S_FAILURE, Krb5Minor.KG_CRED,
          "unknown credential usage " + usage);
    }
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
    if (usage != Gss.GSS_C_ACCEPT) {
      if (store.containsKey(CredStore.PASSWORD) || store.containsKey(CredStore.CLIENT_KEYTAB)) {
        return Krb5Minor.fail(minor, GSS_S_NO_CRED, KerberosLocalError.KRB5_KDC_UNREACH,
            "getting initial credentials from a password or client keytab needs the KDC client,"
                + " which this build does not have yet; use a ccache");
      }
      try {
        String ccName = store.get(CredStore.CCACHE);
        ccache = ccName != null ? CredentialCaches.resolve(ccName)
            : CredentialCaches.resolveDefault(settings.env(), cfg);
      } catch (CcacheException e) {
        return Krb5Minor.fail(minor, GSS_S_NO_CRED, KerberosLocalError.KRB5_CC_BADNAME,
            e.getMessage());
      } catch (Krb5ConfigException e) {
        return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CONFIG_BADFORMAT,
            e.getMessage());
      }
      KerberosPrincipal client;
      List<Credential> creds;
      try {
        if (!ccache.exists()) {
          return Krb5Minor.fail(minor, GSS_S_NO_CRED, KerberosLocalError.KRB5_FCC_NOFILE,
              "No credentials cache found (ccache " + ccache.name() + ")");
        }
        client = ccache.principal();
        creds = ccache.credentials();
      } catch (CcacheException e) {
        return Krb5Minor.fail(minor, GSS_S_NO_CRED, KerberosLocalError.KRB5_CC_FORMAT,
            "ccache " + ccache.name() + ": " + e.getMessage());
      }
      if (name != null && !name.isAnonymous() && !name.matches(client)) {
        return Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_CCACHE_NOMATCH,
            "ccache " + ccache.name() + " holds " + client + ", not " + name);
      }
      initName = new Krb5Name(client);
      expiry = expiry(client, creds);
      if (expiry == null) {
        return Krb5Minor.fail(minor, GSS_S_NO_CRED, Krb5Minor.KG_EMPTY_CCACHE,
            "ccache " + ccache.name() + " has no tickets for " + client);
      }
      if (!expiry.isAfter(settings.clock().instant())) {
        return Krb5Minor.fail(minor, GSS_S_CREDENTIALS_EXPIRED, Krb5Minor.KG_TGT_MISSING,
            "the tickets of " + client + " in ccache " + ccache.name() + " expired at "
                + expiry);
      }
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
    Krb5Cred cred = new Krb5Cred(usage, initName, ccache, expiry, name, keytab, rcache, false);
    out.set(cred);
    timeRec.set(lifetime(cred));
    return GSS_S_COMPLETE;
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

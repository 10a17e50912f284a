package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.Gss;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.keytab.Keytab;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.rcache.ReplayCache;
import io.gsskit.raw.spi.MechCred;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A krb5 credential: an initiator part (a credential cache and its client principal) and/or an
 * acceptor part (a keytab, an optional fixed acceptor name and a replay cache). Holds names of
 * files, never keys: keys are read when a context needs them, as MIT does. A credential acquired
 * with the GSSKit store key {@code krb5_config} carries its own {@link Krb5Settings} (its own
 * krb5.conf) for everything done with it: realm mapping of the target ({@link
 * #targetPrincipal}), KDC lookup ({@link Krb5Kdc#tickets(Krb5Cred)}), clock skew and enctype
 * policy ({@link #config(Krb5Settings)}). Immutable apart from release; thread-safe.
 */
public final class Krb5Cred implements MechCred {

  private final int usage;
  private final @Nullable Krb5Name initiatorName;
  private final @Nullable CredentialCache ccache;
  private final @Nullable Instant initiatorExpiry;
  private final @Nullable Krb5Name acceptorName;
  private final @Nullable Keytab keytab;
  private final @Nullable ReplayCache rcache;
  private final boolean delegated;
  private final boolean ownsCcache;
  private final @Nullable Krb5Settings settings;
  private volatile boolean released;

  Krb5Cred(int usage, @Nullable Krb5Name initiatorName, @Nullable CredentialCache ccache,
      @Nullable Instant initiatorExpiry, @Nullable Krb5Name acceptorName, @Nullable Keytab keytab,
      @Nullable ReplayCache rcache, boolean delegated) {
    this(usage, initiatorName, ccache, initiatorExpiry, acceptorName, keytab, rcache, delegated,
        delegated);
  }

  /**
   * @param ownsCcache whether the ccache is this credential's private {@code MEMORY:} cache,
   *     destroyed on release (delegated credentials, password and client-keytab logins)
   */
  Krb5Cred(int usage, @Nullable Krb5Name initiatorName, @Nullable CredentialCache ccache,
      @Nullable Instant initiatorExpiry, @Nullable Krb5Name acceptorName, @Nullable Keytab keytab,
      @Nullable ReplayCache rcache, boolean delegated, boolean ownsCcache) {
    this(usage, initiatorName, ccache, initiatorExpiry, acceptorName, keytab, rcache, delegated,
        ownsCcache, null);
  }

  /**
   * @param settings the credential's own settings ({@code krb5_config}), or null to use the
   *     mechanism's
   */
  Krb5Cred(int usage, @Nullable Krb5Name initiatorName, @Nullable CredentialCache ccache,
      @Nullable Instant initiatorExpiry, @Nullable Krb5Name acceptorName, @Nullable Keytab keytab,
      @Nullable ReplayCache rcache, boolean delegated, boolean ownsCcache,
      @Nullable Krb5Settings settings) {
    this.settings = settings;
    this.ownsCcache = ownsCcache;
    this.usage = usage;
    this.initiatorName = initiatorName;
    this.ccache = ccache;
    this.initiatorExpiry = initiatorExpiry;
    this.acceptorName = acceptorName;
    this.keytab = keytab;
    this.rcache = rcache;
    this.delegated = delegated;
  }

  /** @return {@link Gss#GSS_C_INITIATE}, {@link Gss#GSS_C_ACCEPT} or {@link Gss#GSS_C_BOTH} */
  public int usage() {
    return usage;
  }

  /** @return whether the credential can initiate */
  public boolean canInitiate() {
    return usage != Gss.GSS_C_ACCEPT && ccache != null;
  }

  /** @return whether the credential can accept */
  public boolean canAccept() {
    return usage != Gss.GSS_C_INITIATE && keytab != null;
  }

  /** @return the client principal of the initiator part, or null */
  public @Nullable Krb5Name initiatorName() {
    return initiatorName;
  }

  /** @return the ccache of the initiator part, or null */
  public @Nullable CredentialCache ccache() {
    return ccache;
  }

  /** @return when the initiator part expires (its TGT's end time), or null */
  public @Nullable Instant initiatorExpiry() {
    return initiatorExpiry;
  }

  /** @return the fixed acceptor name, or null to accept for any keytab principal */
  public @Nullable Krb5Name acceptorName() {
    return acceptorName;
  }

  /** @return the keytab of the acceptor part, or null */
  public @Nullable Keytab keytab() {
    return keytab;
  }

  /** @return the replay cache of the acceptor part, or null */
  public @Nullable ReplayCache rcache() {
    return rcache;
  }

  /** @return whether this credential was delegated to an acceptor (a MEMORY: ccache) */
  public boolean isDelegated() {
    return delegated;
  }

  /** @return the name {@code gss_inquire_cred} reports */
  public @Nullable Krb5Name name() {
    return initiatorName != null ? initiatorName : acceptorName;
  }

  /** @return whether the credential was acquired with its own krb5.conf ({@code krb5_config}) */
  public boolean hasOwnConfig() {
    return settings != null;
  }

  /**
   * The settings contexts of this credential use.
   *
   * @param mechanism the mechanism's settings; not null
   * @return the credential's own settings ({@code krb5_config}), else {@code mechanism}
   */
  public Krb5Settings settingsOr(Krb5Settings mechanism) {
    return settings != null ? settings : mechanism;
  }

  /**
   * The profile contexts of this credential use (clock skew, enctypes, realms, KDCs).
   *
   * @param mechanism the mechanism's settings; not null
   * @return the credential's own profile, else the mechanism's
   * @throws Krb5ConfigException when the profile is malformed or unreadable
   */
  public Krb5Config config(Krb5Settings mechanism) throws Krb5ConfigException {
    return settingsOr(mechanism).config();
  }

  /**
   * The service principal an initiator with this credential asks for: the target as imported,
   * except that with the credential's own krb5.conf a realm the process profile chose (a
   * host-based name's {@code [domain_realm]} / default realm, or a principal's default realm) is
   * chosen again from the credential's profile. Host names are not canonicalized again. An empty
   * (referral) realm stays empty: the initiator then uses the client's realm.
   *
   * @param target the target name; not null
   * @return the principal to get a ticket for
   * @throws Krb5ConfigException when the credential's profile is malformed or unreadable
   */
  public KerberosPrincipal targetPrincipal(Krb5Name target) throws Krb5ConfigException {
    if (settings == null || target.realmSource() == Krb5Name.RealmSource.EXPLICIT) {
      return target.principal();
    }
    return remap(target, settings.config());
  }

  /**
   * The principal of a name with its realm chosen again from another profile (explicit realms
   * are kept).
   *
   * @param name the name
   * @param cfg the profile
   * @return the principal
   * @throws Krb5ConfigException when the profile is malformed
   */
  static KerberosPrincipal remap(Krb5Name name, Krb5Config cfg) throws Krb5ConfigException {
    KerberosPrincipal p = name.principal();
    String realm;
    if (name.realmSource() == Krb5Name.RealmSource.EXPLICIT) {
      return p;
    }
    if (name.realmSource() == Krb5Name.RealmSource.DEFAULT_REALM) {
      realm = cfg.libDefaults().defaultRealm().orElse("");
    } else {
      List<String> comps = p.name().components();
      realm = Krb5Names.realmForHost(cfg, comps.size() >= 2 ? comps.get(1) : "");
    }
    return realm.equals(p.realm()) ? p : new KerberosPrincipal(realm, p.name());
  }

  /** @return whether {@link #release()} was called */
  public boolean isReleased() {
    return released;
  }

  @Override
  public void release() {
    released = true;
    if (ownsCcache && ccache != null) {
      try {
        ccache.destroy();
      } catch (Exception e) {
        // a MEMORY: cache cannot fail to be destroyed; nothing else to do
      }
    }
  }

  @Override
  public String toString() {
    return "Krb5Cred[usage=" + usage + ", initiator=" + initiatorName + " " + ccache
        + ", acceptor=" + acceptorName + " " + keytab
        + (settings != null ? ", " + settings : "") + "]";
  }
}

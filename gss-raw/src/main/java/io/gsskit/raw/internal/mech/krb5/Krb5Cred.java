package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.Gss;
import io.gsskit.raw.internal.kerberos.ccache.CredentialCache;
import io.gsskit.raw.internal.kerberos.keytab.Keytab;
import io.gsskit.raw.internal.kerberos.rcache.ReplayCache;
import io.gsskit.raw.spi.MechCred;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A krb5 credential: an initiator part (a credential cache and its client principal) and/or an
 * acceptor part (a keytab, an optional fixed acceptor name and a replay cache). Holds names of
 * files, never keys: keys are read when a context needs them, as MIT does. Immutable apart from
 * release; thread-safe.
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
        + ", acceptor=" + acceptorName + " " + keytab + "]";
  }
}

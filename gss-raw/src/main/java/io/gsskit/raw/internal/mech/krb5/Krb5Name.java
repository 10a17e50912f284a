package io.gsskit.raw.internal.mech.krb5;

import io.gsskit.raw.Gss;
import io.gsskit.raw.Oid;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.spi.MechName;
import java.util.List;
import java.util.Objects;

/**
 * A krb5 mechanism name: one Kerberos principal. An empty realm is MIT's referral realm (a
 * host-based name whose host maps to no realm): it matches any realm on the acceptor and becomes
 * the client's realm on the initiator. The name also remembers where its realm came from, so a
 * credential with its own krb5.conf can map it again ({@link Krb5Cred#targetPrincipal}); equality
 * and hashing use the principal only. Immutable and thread-safe.
 *
 * @param principal the principal
 * @param realmSource where the realm came from
 */
public record Krb5Name(KerberosPrincipal principal, RealmSource realmSource) implements MechName {

  /** Where the realm of an imported name came from. */
  public enum RealmSource {
    /** Given in the name (or not a profile decision). */
    EXPLICIT,
    /** The profile's {@code default_realm}: the name had none. */
    DEFAULT_REALM,
    /**
     * A host-based service name: {@code [domain_realm]} for the host, else {@code default_realm},
     * else the referral realm.
     */
    HOST
  }

  /** The RFC 6111 / RFC 8062 anonymous principal {@code WELLKNOWN/ANONYMOUS@WELLKNOWN:ANONYMOUS}. */
  public static final Krb5Name ANONYMOUS = new Krb5Name(new KerberosPrincipal(
      "WELLKNOWN:ANONYMOUS", PrincipalName.of(PrincipalName.NT_WELLKNOWN, "WELLKNOWN",
          "ANONYMOUS")));

  /**
   * @param principal the principal; not null
   */
  public Krb5Name {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(realmSource, "realmSource");
  }

  /**
   * A name whose realm is explicit.
   *
   * @param principal the principal; not null
   */
  public Krb5Name(KerberosPrincipal principal) {
    this(principal, RealmSource.EXPLICIT);
  }

  /** @return whether this is the anonymous principal (RFC 8062 §3) */
  public boolean isAnonymous() {
    return principal.realm().equals("WELLKNOWN:ANONYMOUS")
        && principal.name().components().equals(List.of("WELLKNOWN", "ANONYMOUS"));
  }

  /** @return the name type {@code gss_display_name} reports */
  public Oid displayType() {
    return isAnonymous() ? Gss.GSS_C_NT_ANONYMOUS : Gss.GSS_KRB5_NT_PRINCIPAL_NAME;
  }

  /**
   * Compares principals as {@code krb5_principal_compare} does: realm and components, not the
   * name type.
   *
   * @param other the other principal
   * @return whether they name the same principal
   */
  public boolean sameAs(KerberosPrincipal other) {
    return same(principal, other);
  }

  /**
   * As {@link #sameAs(KerberosPrincipal)}, but an empty realm on this name matches any realm.
   *
   * @param other the other principal
   * @return whether {@code other} matches this name
   */
  public boolean matches(KerberosPrincipal other) {
    return (principal.realm().isEmpty() || principal.realm().equals(other.realm()))
        && principal.name().components().equals(other.name().components());
  }

  static boolean same(KerberosPrincipal a, KerberosPrincipal b) {
    return a.realm().equals(b.realm())
        && a.name().components().equals(b.name().components());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Krb5Name n && principal.equals(n.principal);
  }

  @Override
  public int hashCode() {
    return principal.hashCode();
  }

  @Override
  public String toString() {
    return principal.toString();
  }
}

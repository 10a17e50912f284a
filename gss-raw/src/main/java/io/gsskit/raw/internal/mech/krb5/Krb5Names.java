package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAME;
import static io.gsskit.raw.GssStatus.GSS_S_BAD_NAMETYPE;
import static io.gsskit.raw.GssStatus.GSS_S_COMPLETE;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;

import io.gsskit.raw.Gss;
import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.Oid;
import io.gsskit.raw.OidSet;
import io.gsskit.raw.internal.kerberos.config.DnsCanonicalization;
import io.gsskit.raw.internal.kerberos.config.Krb5Config;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import io.gsskit.raw.internal.kerberos.proto.KerberosPrincipal;
import io.gsskit.raw.internal.kerberos.proto.PrincipalName;
import io.gsskit.raw.spi.Holder;
import io.gsskit.raw.spi.MechName;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Name import for the krb5 mechanism (RFC 1964 §2.1, RFC 2743 §4.1 and §3.2, RFC 8062 §3):
 * host-based services become {@code service/host@REALM} with the host lower-cased, optionally
 * canonicalized through DNS ({@code dns_canonicalize_hostname = true}), and the realm from {@code
 * [domain_realm]}, else {@code default_realm}, else the empty referral realm; principal and user
 * names are MIT principal text; exported names carry the principal text. Thread-safe.
 */
final class Krb5Names {

  /** The name types this mechanism imports, for {@code gss_inquire_names_for_mech}. */
  static final OidSet NAME_TYPES = OidSet.of(Gss.GSS_C_NT_HOSTBASED_SERVICE,
      Gss.GSS_C_NT_HOSTBASED_SERVICE_X, Gss.GSS_C_NT_USER_NAME, Gss.GSS_KRB5_NT_PRINCIPAL_NAME,
      Gss.GSS_C_NT_EXPORT_NAME, Gss.GSS_C_NT_ANONYMOUS, Gss.GSS_KRB5_NT_ENTERPRISE_NAME);

  private final Krb5Settings settings;

  Krb5Names(Krb5Settings settings) {
    this.settings = settings;
  }

  int importName(MinorStatus minor, byte[] name, @Nullable Oid type, Holder<MechName> out) {
    if (Gss.GSS_C_NT_ANONYMOUS.equals(type)) {
      out.set(Krb5Name.ANONYMOUS);
      return GSS_S_COMPLETE;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(name))
          .toString();
    } catch (CharacterCodingException e) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, KerberosLocalError.KRB5_PARSE_MALFORMED,
          "name is not valid UTF-8");
    }
    if (text.isEmpty() || text.indexOf('\0') >= 0
        || text.length() > KerberosPrincipal.MAX_TEXT_LENGTH) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, KerberosLocalError.KRB5_PARSE_MALFORMED,
          "name is empty, too long or contains NUL");
    }
    Krb5Config cfg;
    try {
      cfg = settings.config();
    } catch (Krb5ConfigException e) {
      return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CONFIG_BADFORMAT,
          e.getMessage());
    }
    String defaultRealm = cfg.libDefaults().defaultRealm().orElse("");
    Optional<KerberosPrincipal> p;
    if (type == null || Gss.GSS_KRB5_NT_PRINCIPAL_NAME.equals(type)
        || Gss.GSS_C_NT_USER_NAME.equals(type)) {
      p = KerberosPrincipal.parse(text, defaultRealm, PrincipalName.NT_PRINCIPAL);
    } else if (Gss.GSS_C_NT_EXPORT_NAME.equals(type)) {
      p = KerberosPrincipal.parse(text, "", PrincipalName.NT_PRINCIPAL);
      if (p.isPresent() && p.get().realm().equals("WELLKNOWN:ANONYMOUS")
          && new Krb5Name(p.get()).isAnonymous()) {
        out.set(Krb5Name.ANONYMOUS);
        return GSS_S_COMPLETE;
      }
    } else if (Gss.GSS_KRB5_NT_ENTERPRISE_NAME.equals(type)) {
      int at = text.lastIndexOf('@');
      p = at > 0 && text.indexOf('@') < at
          ? KerberosPrincipal.parse(text.substring(0, at).replace("@", "\\@")
              + text.substring(at), defaultRealm, PrincipalName.NT_ENTERPRISE)
          : Optional.of(new KerberosPrincipal(defaultRealm,
              PrincipalName.of(PrincipalName.NT_ENTERPRISE, text)));
    } else if (Gss.GSS_C_NT_HOSTBASED_SERVICE.equals(type)
        || Gss.GSS_C_NT_HOSTBASED_SERVICE_X.equals(type)) {
      return hostbased(minor, text, cfg, defaultRealm, out);
    } else {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAMETYPE, KerberosLocalError.KRB5_PARSE_MALFORMED,
          "name type " + type + " is not supported by the krb5 mechanism");
    }
    if (p.isEmpty()) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, KerberosLocalError.KRB5_PARSE_MALFORMED,
          "malformed principal name");
    }
    boolean defaulted = !Gss.GSS_C_NT_EXPORT_NAME.equals(type)
        && (Gss.GSS_KRB5_NT_ENTERPRISE_NAME.equals(type) ? !enterpriseHasRealm(text)
            : !hasRealm(text));
    out.set(new Krb5Name(p.get(), defaulted ? Krb5Name.RealmSource.DEFAULT_REALM
        : Krb5Name.RealmSource.EXPLICIT));
    return GSS_S_COMPLETE;
  }

  /** Whether MIT principal text names a realm: an unescaped {@code @}. */
  static boolean hasRealm(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '@') {
        return true;
      }
    }
    return false;
  }

  /** As the enterprise branch of import: a realm after the last of at least two {@code @}. */
  private static boolean enterpriseHasRealm(String text) {
    int at = text.lastIndexOf('@');
    return at > 0 && text.indexOf('@') < at;
  }

  /**
   * The realm a host-based name gets from a profile: {@code [domain_realm]} for the host, else
   * {@code default_realm}, else the empty referral realm.
   *
   * @param cfg the profile
   * @param host the host, lower-case; empty for a service without host
   * @return the realm, possibly empty
   * @throws Krb5ConfigException when the profile is malformed
   */
  static String realmForHost(Krb5Config cfg, String host) throws Krb5ConfigException {
    String defaultRealm = cfg.libDefaults().defaultRealm().orElse("");
    return host.isEmpty() ? defaultRealm : cfg.realmForHost(host).orElse(defaultRealm);
  }

  private int hostbased(MinorStatus minor, String text, Krb5Config cfg, String defaultRealm,
      Holder<MechName> out) {
    int at = text.indexOf('@');
    String service = at < 0 ? text : text.substring(0, at);
    String host = at < 0 ? "" : text.substring(at + 1);
    if (service.isEmpty() || service.indexOf('/') >= 0 || host.indexOf('@') >= 0
        || host.indexOf('/') >= 0) {
      return Krb5Minor.fail(minor, GSS_S_BAD_NAME, KerberosLocalError.KRB5_PARSE_MALFORMED,
          "malformed host-based service name");
    }
    host = host.toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    DnsCanonicalization dns;
    try {
      dns = cfg.libDefaults().dnsCanonicalizeHostname();
    } catch (Krb5ConfigException e) {
      return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CONFIG_BADFORMAT,
          e.getMessage());
    }
    if (dns == DnsCanonicalization.TRUE && !host.isEmpty()) {
      // MIT krb5_sname_to_principal with dns_canonicalize_hostname = true: forward lookup.
      try {
        String canon = InetAddress.getByName(host).getCanonicalHostName();
        if (canon != null && !canon.isEmpty() && Character.isLetter(canon.charAt(0))) {
          host = canon.toLowerCase(Locale.ROOT);
        }
      } catch (UnknownHostException | SecurityException e) {
        // keep the name as given, as MIT does when the lookup fails
      }
    }
    String realm = host.isEmpty() ? defaultRealm : cfg.realmForHost(host).orElse(defaultRealm);
    PrincipalName pn = host.isEmpty()
        ? PrincipalName.of(PrincipalName.NT_SRV_HST, service)
        : PrincipalName.of(PrincipalName.NT_SRV_HST, service, host);
    out.set(new Krb5Name(new KerberosPrincipal(realm, pn), Krb5Name.RealmSource.HOST));
    return GSS_S_COMPLETE;
  }
}

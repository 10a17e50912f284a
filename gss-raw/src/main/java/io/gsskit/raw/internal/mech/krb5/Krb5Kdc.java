package io.gsskit.raw.internal.mech.krb5;

import static io.gsskit.raw.GssStatus.GSS_S_CREDENTIALS_EXPIRED;
import static io.gsskit.raw.GssStatus.GSS_S_FAILURE;
import static io.gsskit.raw.GssStatus.GSS_S_NO_CRED;

import io.gsskit.raw.MinorStatus;
import io.gsskit.raw.internal.kerberos.ccache.MemoryCcache;
import io.gsskit.raw.internal.kerberos.client.CcacheTickets;
import io.gsskit.raw.internal.kerberos.client.KdcClient;
import io.gsskit.raw.internal.kerberos.client.KdcClientSettings;
import io.gsskit.raw.internal.kerberos.client.KerberosException;
import io.gsskit.raw.internal.kerberos.config.Krb5ConfigException;
import io.gsskit.raw.internal.kerberos.iana.KerberosErrorCode;
import io.gsskit.raw.internal.kerberos.iana.KerberosLocalError;
import java.util.HexFormat;

/**
 * The krb5 mechanism's access to the KDC client: a {@link CcacheTickets} over the mechanism's own
 * krb5.conf and clock (never JVM-global state), fresh private {@code MEMORY:} caches, and the
 * mapping of KDC client failures to GSS statuses (MIT: {@code GSS_S_NO_CRED} when there is no
 * usable TGT, {@code GSS_S_CREDENTIALS_EXPIRED} for expired tickets, else {@code GSS_S_FAILURE}
 * with the Kerberos code as minor status). Thread-safe.
 */
final class Krb5Kdc {

  private final Krb5Settings settings;

  Krb5Kdc(Krb5Settings settings) {
    this.settings = settings;
  }

  /**
   * @return ccache-level KDC calls with the current profile
   * @throws Krb5ConfigException when the profile is malformed or permits no enctype
   */
  CcacheTickets tickets() throws Krb5ConfigException {
    return tickets(settings);
  }

  /**
   * KDC calls for a credential: over its own krb5.conf ({@code krb5_config}) when it has one,
   * else the mechanism's. The initiator uses this for the TGS exchange and forwarded TGTs.
   *
   * @param cred the credential; not null
   * @return ccache-level KDC calls with the credential's profile
   * @throws Krb5ConfigException when the profile is malformed or permits no enctype
   */
  CcacheTickets tickets(Krb5Cred cred) throws Krb5ConfigException {
    return tickets(cred.settingsOr(settings));
  }

  private static CcacheTickets tickets(Krb5Settings s) throws Krb5ConfigException {
    return new CcacheTickets(new KdcClient(KdcClientSettings.from(s.config(), s.clock())));
  }

  /** @return a new, empty, uniquely named {@code MEMORY:} cache */
  MemoryCcache newMemoryCcache(String purpose) {
    byte[] id = new byte[12];
    settings.random().nextBytes(id);
    return MemoryCcache.named("gsskit-" + purpose + "-" + HexFormat.of().formatHex(id));
  }

  /**
   * Reports a KDC client failure.
   *
   * @param minor the minor status
   * @param e the failure
   * @param what what was being done, for the message
   * @return the major status
   */
  static int fail(MinorStatus minor, KerberosException e, String what) {
    int major = GSS_S_FAILURE;
    if (e.is(KerberosLocalError.KRB5_CC_NOTFOUND) || e.is(KerberosLocalError.KRB5_FCC_NOFILE)) {
      major = GSS_S_NO_CRED;
    } else if (e.is(KerberosErrorCode.KRB_AP_ERR_TKT_EXPIRED)) {
      major = GSS_S_CREDENTIALS_EXPIRED;
    }
    return Krb5Minor.fail(minor, major, e.mitCode(), what + ": " + e.getMessage());
  }

  /**
   * Reports a profile failure.
   *
   * @param minor the minor status
   * @param e the failure
   * @return {@code GSS_S_FAILURE}
   */
  static int configFailure(MinorStatus minor, Krb5ConfigException e) {
    return Krb5Minor.fail(minor, GSS_S_FAILURE, KerberosLocalError.KRB5_CONFIG_BADFORMAT,
        e.getMessage());
  }
}

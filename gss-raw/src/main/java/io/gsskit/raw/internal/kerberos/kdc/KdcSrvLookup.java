package io.gsskit.raw.internal.kerberos.kdc;

import io.gsskit.raw.internal.kerberos.config.KdcAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import org.jspecify.annotations.Nullable;

/**
 * Finds a realm's KDCs in DNS (RFC 4120 §7.2.3.2): SRV records {@code _kerberos._udp.REALM} and
 * {@code _kerberos._tcp.REALM}, each ordered by priority and weight (RFC 2782), through JNDI's DNS
 * provider ({@code dns:} URLs, module {@code jdk.naming.dns}).
 *
 * <p>The DNS server is the platform's (from {@code /etc/resolv.conf} or the OS) unless a server
 * URL such as {@code dns://127.0.0.1:5353} is given. A name that does not exist yields no records;
 * a lookup that fails (timeout, SERVFAIL) is reported only when neither query produced records.
 *
 * <p>Thread-safe; a new JNDI context is made per query.
 */
public final class KdcSrvLookup {

  private static final int MAX_RECORDS = 64;
  private static final int MAX_REALM_LENGTH = 240;

  private final @Nullable String dnsServerUrl;
  private final Duration timeout;
  private final int retries;
  private final RandomGenerator random;

  /**
   * Creates a lookup.
   *
   * @param dnsServerUrl {@code dns://host:port} of the server to ask, or null for the platform's
   * @param timeout JNDI's initial DNS timeout (it doubles per retry)
   * @param retries JNDI's retry count
   * @param random the randomness for weighted ordering; must be thread-safe (e.g. {@link
   *     java.util.Random} or {@link SecureRandom}) when the lookup is shared between threads
   * @throws IllegalArgumentException when the server URL is not a {@code dns:} URL
   */
  public KdcSrvLookup(
      @Nullable String dnsServerUrl, Duration timeout, int retries, RandomGenerator random) {
    if (dnsServerUrl != null && !dnsServerUrl.startsWith("dns:")) {
      throw new IllegalArgumentException("DNS server URL must be a dns: URL: " + dnsServerUrl);
    }
    this.dnsServerUrl = dnsServerUrl;
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.retries = retries;
    this.random = Objects.requireNonNull(random, "random");
  }

  /** @return a lookup through the platform's DNS servers, 1 s initial timeout, 2 retries */
  public static KdcSrvLookup system() {
    return new KdcSrvLookup(null, Duration.ofSeconds(1), 2, new SecureRandom());
  }

  /**
   * Looks up the realm's KDCs: the UDP records' targets (as UDP-only endpoints), then the TCP
   * records' targets (as TCP-only endpoints), each list in RFC 2782 order.
   *
   * @param realm the realm
   * @return the endpoints, never empty
   * @throws KdcException {@link KdcException.Reason#REALM_CANT_RESOLVE} when the realm is not a
   *     usable DNS name, no records exist, a lone "." target says there is no service, or DNS
   *     failed
   */
  public List<KdcAddress> lookup(String realm) throws KdcException {
    if (!usableDnsName(realm)) {
      throw new KdcException(
          KdcException.Reason.REALM_CANT_RESOLVE,
          realm,
          "realm " + realm + " is not usable as a DNS name for SRV lookup");
    }
    List<KdcAddress> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    NamingException firstFailure = null;
    for (KdcProtocol p : List.of(KdcProtocol.UDP, KdcProtocol.TCP)) {
      String owner = "_kerberos._" + p + "." + realm;
      try {
        for (SrvRecord r : SrvRecord.order(query(owner), random)) {
          if (r.target().isEmpty() || r.port() == 0) {
            continue; // "." target: service not offered here
          }
          try {
            out.add(
                KdcAddress.of(
                    r.target(),
                    r.port(),
                    p == KdcProtocol.UDP ? KdcAddress.Transport.UDP : KdcAddress.Transport.TCP));
          } catch (IllegalArgumentException bad) {
            problems.add(owner + ": unusable target '" + r.target() + "'");
          }
        }
      } catch (NamingException e) {
        problems.add(owner + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        if (firstFailure == null) {
          firstFailure = e;
        }
      }
    }
    if (out.isEmpty()) {
      String detail = problems.isEmpty() ? "no SRV records" : String.join("; ", problems);
      throw new KdcException(
          KdcException.Reason.REALM_CANT_RESOLVE,
          realm,
          "no KDC configured for realm " + realm + " and DNS SRV lookup found none: " + detail,
          List.of(),
          firstFailure);
    }
    return out;
  }

  /**
   * Queries the SRV records of one name.
   *
   * @param owner e.g. {@code _kerberos._udp.EXAMPLE.COM}
   * @return the parseable records, at most 64; empty when the name does not exist
   * @throws NamingException when DNS fails
   */
  List<SrvRecord> query(String owner) throws NamingException {
    Hashtable<String, Object> env = new Hashtable<>();
    // Documented properties of the JDK's DNS service provider (module jdk.naming.dns).
    env.put("com.sun.jndi.dns.timeout.initial", Long.toString(Math.max(1, timeout.toMillis())));
    env.put("com.sun.jndi.dns.timeout.retries", Integer.toString(Math.max(1, retries)));
    String url = (dnsServerUrl == null ? "dns:" : dnsServerUrl) + "/" + owner;
    DirContext ctx = new InitialDirContext(env);
    try {
      Attributes attrs = ctx.getAttributes(url, new String[] {"SRV"});
      Attribute srv = attrs.get("SRV");
      List<SrvRecord> records = new ArrayList<>();
      if (srv == null) {
        return records;
      }
      NamingEnumeration<?> values = srv.getAll();
      try {
        while (values.hasMore() && records.size() < MAX_RECORDS) {
          Object v = values.next();
          if (v instanceof String s) {
            Optional<SrvRecord> r = SrvRecord.parse(s);
            r.ifPresent(records::add);
          }
        }
      } finally {
        values.close();
      }
      return records;
    } catch (NameNotFoundException e) {
      return List.of();
    } finally {
      ctx.close();
    }
  }

  private static boolean usableDnsName(String realm) {
    if (realm.isEmpty() || realm.length() > MAX_REALM_LENGTH
        || realm.startsWith(".") || realm.endsWith(".") || realm.contains("..")) {
      return false;
    }
    for (int i = 0; i < realm.length(); i++) {
      char c = realm.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}

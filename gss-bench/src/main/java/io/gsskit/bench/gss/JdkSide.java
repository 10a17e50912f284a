package io.gsskit.bench.gss;

import java.security.PrivilegedExceptionAction;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSCredential;
import org.ietf.jgss.GSSException;
import org.ietf.jgss.GSSManager;
import org.ietf.jgss.GSSName;
import org.ietf.jgss.Oid;

/**
 * The JDK's own JGSS Kerberos mechanism over a {@link BenchRealm}, used the way applications use
 * it: JAAS {@code Krb5LoginModule} logins (the user from the realm's ccache, the service from its
 * keytab), credentials created once inside {@code Subject.doAs}, initiator steps inside {@code
 * doAs} so that the JDK keeps the service ticket in the user's Subject after the first context.
 *
 * <p>The JDK's Kerberos configuration is JVM-global: this points {@code java.security.krb5.conf}
 * at the realm's file and refreshes it on login. The replay cache is chosen by the JDK's {@code
 * sun.security.krb5.rcache} system property ({@code none} disables it); set it before {@link
 * #login}. Not thread-safe.
 */
public final class JdkSide {

  static final Oid KRB5 = oid("1.2.840.113554.1.2.2");
  static final Oid KRB5_PRINCIPAL = oid("1.2.840.113554.1.2.2.1");

  private final Subject user;
  private final Subject service;
  private final GSSManager manager = GSSManager.getInstance();
  private final GSSName target;
  private final GSSCredential initCred;
  private final GSSCredential acceptCred;

  private JdkSide(Subject user, Subject service, String servicePrincipal) throws Exception {
    this.user = user;
    this.service = service;
    this.target = manager.createName(servicePrincipal, KRB5_PRINCIPAL);
    this.initCred = doAs(user, () -> manager.createCredential(null,
        GSSCredential.DEFAULT_LIFETIME, KRB5, GSSCredential.INITIATE_ONLY));
    this.acceptCred = doAs(service, () -> manager.createCredential(null,
        GSSCredential.INDEFINITE_LIFETIME, KRB5, GSSCredential.ACCEPT_ONLY));
  }

  /**
   * Logs the user and the service in.
   *
   * @param realm the realm
   * @return the JDK side with both credentials
   * @throws Exception when a login fails
   */
  public static JdkSide login(BenchRealm realm) throws Exception {
    System.setProperty("java.security.krb5.conf", realm.krb5Conf().toString());
    System.setProperty("javax.security.auth.useSubjectCredsOnly", "true");
    Map<String, String> u = new HashMap<>();
    u.put("useTicketCache", "true");
    u.put("ticketCache", realm.ccache().toString());
    u.put("principal", realm.client());
    u.put("doNotPrompt", "true");
    u.put("refreshKrb5Config", "true");
    u.put("isInitiator", "true");
    Map<String, String> s = new HashMap<>();
    s.put("useKeyTab", "true");
    s.put("keyTab", realm.keytab().toString());
    s.put("principal", realm.service());
    s.put("storeKey", "true");
    s.put("doNotPrompt", "true");
    s.put("refreshKrb5Config", "true");
    s.put("isInitiator", "false");
    return new JdkSide(login(u), login(s), realm.service());
  }

  private static Subject login(Map<String, String> options) throws Exception {
    Configuration cfg = new Configuration() {
      @Override
      public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
        return new AppConfigurationEntry[] {new AppConfigurationEntry(
            "com.sun.security.auth.module.Krb5LoginModule",
            AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
      }
    };
    LoginContext lc = new LoginContext("gsskit-bench", new Subject(), null, cfg);
    lc.login();
    return lc.getSubject();
  }

  /** A pair of established contexts. */
  public record Pair(GSSContext initiator, GSSContext acceptor) {
    /** Disposes both contexts. */
    public void dispose() throws GSSException {
      initiator.dispose();
      acceptor.dispose();
    }
  }

  /**
   * Establishes one context pair: AP-REQ, AP-REP (mutual authentication), with confidentiality
   * and integrity, and replay and sequence detection as requested.
   *
   * @param sequencing whether to request replay and sequence detection
   * @return the established pair
   * @throws Exception when a step fails
   */
  public Pair establish(boolean sequencing) throws Exception {
    GSSContext ini = doAs(user, () -> {
      GSSContext c = manager.createContext(target, KRB5, initCred, GSSContext.DEFAULT_LIFETIME);
      c.requestMutualAuth(true);
      c.requestReplayDet(sequencing);
      c.requestSequenceDet(sequencing);
      c.requestConf(true);
      c.requestInteg(true);
      return c;
    });
    GSSContext acc = manager.createContext(acceptCred);
    byte[] apReq = doAs(user, () -> ini.initSecContext(new byte[0], 0, 0));
    byte[] apRep = acc.acceptSecContext(apReq, 0, apReq.length);
    byte[] none = doAs(user, () -> ini.initSecContext(apRep, 0, apRep.length));
    if (!ini.isEstablished() || !acc.isEstablished() || (none != null && none.length > 0)) {
      throw new IllegalStateException("JDK context not established after AP-REQ/AP-REP");
    }
    return new Pair(ini, acc);
  }

  /**
   * The initiator's first token of a new context (for replay-cache checks).
   *
   * @return the AP-REQ token
   * @throws Exception when the step fails
   */
  byte[] apReq() throws Exception {
    GSSContext ini = doAs(user, () -> {
      GSSContext c = manager.createContext(target, KRB5, initCred, GSSContext.DEFAULT_LIFETIME);
      c.requestMutualAuth(true);
      return c;
    });
    return doAs(user, () -> ini.initSecContext(new byte[0], 0, 0));
  }

  /**
   * Accepts an AP-REQ in a fresh acceptor context.
   *
   * @param apReq the token
   * @return whether the JDK accepted it
   */
  boolean accepts(byte[] apReq) {
    try {
      GSSContext acc = manager.createContext(acceptCred);
      acc.acceptSecContext(apReq, 0, apReq.length);
      acc.dispose();
      return true;
    } catch (GSSException e) {
      return false;
    }
  }

  @SuppressWarnings("removal")
  private static <T> T doAs(Subject s, PrivilegedExceptionAction<T> action) throws Exception {
    try {
      return Subject.doAs(s, action);
    } catch (java.security.PrivilegedActionException e) {
      throw e.getException();
    }
  }

  private static Oid oid(String s) {
    try {
      return new Oid(s);
    } catch (GSSException e) {
      throw new ExceptionInInitializerError(e);
    }
  }
}

package io.gsskit.raw.internal.mech.krb5;

import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.LoginContext;
import org.ietf.jgss.GSSContext;
import org.ietf.jgss.GSSCredential;
import org.ietf.jgss.GSSManager;
import org.ietf.jgss.GSSName;
import org.ietf.jgss.Oid;

/** The JDK's own JGSS Kerberos mechanism as a test peer, logged in from a keytab via JAAS. */
final class JdkPeer {

  static final Oid KRB5;
  static final Oid KRB5_PRINCIPAL;

  static {
    try {
      KRB5 = new Oid("1.2.840.113554.1.2.2");
      KRB5_PRINCIPAL = new Oid("1.2.840.113554.1.2.2.1");
    } catch (org.ietf.jgss.GSSException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final Subject subject;

  private JdkPeer(Subject subject) {
    this.subject = subject;
  }

  /** Logs in with Krb5LoginModule from a keytab (refreshing the JDK's krb5.conf first). */
  static JdkPeer login(String principal, Path keytab, boolean initiator) throws Exception {
    Map<String, String> opts = new HashMap<>();
    opts.put("useKeyTab", "true");
    opts.put("keyTab", keytab.toString());
    opts.put("principal", principal);
    opts.put("storeKey", "true");
    opts.put("doNotPrompt", "true");
    opts.put("refreshKrb5Config", "true");
    opts.put("isInitiator", String.valueOf(initiator));
    Configuration cfg = new Configuration() {
      @Override
      public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
        return new AppConfigurationEntry[] {new AppConfigurationEntry(
            "com.sun.security.auth.module.Krb5LoginModule",
            AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, opts)};
      }
    };
    LoginContext lc = new LoginContext("gsskit", new Subject(), null, cfg);
    lc.login();
    return new JdkPeer(lc.getSubject());
  }

  @SuppressWarnings("removal")
  <T> T run(PrivilegedExceptionAction<T> action) throws Exception {
    try {
      return Subject.doAs(subject, action);
    } catch (java.security.PrivilegedActionException e) {
      throw e.getException();
    }
  }

  GSSContext initiator(String service, boolean mutual, boolean deleg) throws Exception {
    return run(() -> {
      GSSManager m = GSSManager.getInstance();
      GSSName target = m.createName(service, KRB5_PRINCIPAL);
      GSSContext c = m.createContext(target, KRB5, null, GSSContext.DEFAULT_LIFETIME);
      c.requestMutualAuth(mutual);
      c.requestCredDeleg(deleg);
      c.requestReplayDet(true);
      c.requestSequenceDet(true);
      c.requestConf(true);
      c.requestInteg(true);
      return c;
    });
  }

  GSSContext acceptor() throws Exception {
    return run(() -> {
      GSSManager m = GSSManager.getInstance();
      GSSCredential cred = m.createCredential(null, GSSCredential.INDEFINITE_LIFETIME, KRB5,
          GSSCredential.ACCEPT_ONLY);
      return m.createContext(cred);
    });
  }

  byte[] step(GSSContext c, byte[] in, boolean init) throws Exception {
    return run(() -> init ? c.initSecContext(in, 0, in.length)
        : c.acceptSecContext(in, 0, in.length));
  }
}

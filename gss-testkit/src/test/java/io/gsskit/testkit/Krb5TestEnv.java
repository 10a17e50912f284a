package io.gsskit.testkit;

import java.nio.file.Path;

/**
 * Points GSSKit's Kerberos mechanism at a test KDC. The mechanism reads its krb5.conf through
 * the process environment ({@code KRB5_CONFIG}, set by gss-testkit's Surefire configuration), so
 * this writes the KDC's profile to that path; test classes run one after another in the JVM and
 * each writes its own KDC's profile before it acquires credentials.
 */
final class Krb5TestEnv {

  private Krb5TestEnv() {}

  /**
   * Writes the KDC's krb5.conf where {@code KRB5_CONFIG} points.
   *
   * @param kdc a running KDC
   * @return the path written
   * @throws IllegalStateException when {@code KRB5_CONFIG} is not set
   */
  static Path useKdc(GssTestKdc kdc) {
    String conf = System.getenv("KRB5_CONFIG");
    if (conf == null) {
      throw new IllegalStateException("KRB5_CONFIG is not set: run through Maven (gss-testkit's"
          + " Surefire configuration points it into target/)");
    }
    Path path = Path.of(conf);
    kdc.writeKrb5Conf(path);
    return path;
  }
}

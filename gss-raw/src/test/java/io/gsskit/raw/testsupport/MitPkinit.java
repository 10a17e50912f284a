package io.gsskit.raw.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Anonymous PKINIT (RFC 8062) for a {@link MitRealm}: a throw-away CA and a KDC certificate made
 * with {@code openssl} (extended key usage id-pkinit-KPKdc, subjectAltName id-pkinit-san
 * {@code krbtgt/REALM@REALM}, as MIT's "PKINIT configuration" guide describes), the
 * {@code kdc.conf} and {@code krb5.conf} text that points the KDC and its clients at them, and
 * the {@code WELLKNOWN/ANONYMOUS} principal the KDC needs before it issues anonymous tickets
 * ({@code kinit -n}).
 *
 * <p>Needs {@code openssl} and MIT's PKINIT plugin (Debian {@code krb5-pkinit}); when either is
 * missing {@link #create} skips the calling test, unless {@code GSSKIT_REQUIRE_MIT=1}: then it
 * fails. Files live in a private temporary directory removed by {@link #close()}. Not
 * thread-safe.
 */
public final class MitPkinit implements AutoCloseable {

  private static final List<String> PLUGIN_DIRS = List.of(
      "/usr/lib/x86_64-linux-gnu/krb5/plugins/preauth", "/usr/lib/aarch64-linux-gnu/krb5/plugins/preauth",
      "/usr/lib64/krb5/plugins/preauth", "/usr/lib/krb5/plugins/preauth",
      "/usr/local/lib/krb5/plugins/preauth");

  private final Path dir;
  private final String realm;

  private MitPkinit(Path dir, String realm) {
    this.dir = dir;
    this.realm = realm;
  }

  /**
   * Makes a CA and a KDC certificate for {@code realm}.
   *
   * @param realm the realm the KDC serves (its certificate names {@code krbtgt/realm@realm})
   * @return the material (skips or fails the test when openssl or PKINIT is missing)
   */
  public static MitPkinit create(String realm) {
    MitRealm.assumeAvailable();
    Path openssl = MitRealm.findProgram("openssl").orElse(null);
    boolean plugin = PLUGIN_DIRS.stream().anyMatch(d -> Files.exists(Path.of(d, "pkinit.so")));
    if (openssl == null || !plugin) {
      String message = (openssl == null ? "openssl not installed" : "MIT's PKINIT plugin"
          + " (pkinit.so) not installed") + " (Debian: apt-get install openssl krb5-pkinit)";
      if ("1".equals(System.getenv("GSSKIT_REQUIRE_MIT"))) {
        throw new AssertionError(message + "; GSSKIT_REQUIRE_MIT=1 makes this a failure");
      }
      Assumptions.assumeTrue(false, message);
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("gsskit-pkinit-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MitPkinit p = new MitPkinit(dir, realm);
    try {
      Files.writeString(dir.resolve("ext.cnf"), """
          [kdc_cert]
          basicConstraints = CA:FALSE
          keyUsage = nonRepudiation,digitalSignature,keyEncipherment,keyAgreement
          extendedKeyUsage = 1.3.6.1.5.2.3.5
          subjectKeyIdentifier = hash
          authorityKeyIdentifier = keyid,issuer
          subjectAltName = otherName:1.3.6.1.5.2.2;SEQUENCE:kdc_princ_name
          [kdc_princ_name]
          realm = EXP:0,GeneralString:%1$s
          principal_name = EXP:1,SEQUENCE:kdc_principal_seq
          [kdc_principal_seq]
          name_type = EXP:0,INTEGER:2
          name_string = EXP:1,SEQUENCE:kdc_principals
          [kdc_principals]
          princ1 = GeneralString:krbtgt
          princ2 = GeneralString:%1$s
          """.formatted(realm), StandardCharsets.UTF_8);
      String o = openssl.toString();
      p.run(o, "genrsa", "-out", "ca.key", "2048");
      p.run(o, "req", "-key", "ca.key", "-new", "-x509", "-out", "ca.pem", "-subj",
          "/CN=GSSKit test CA", "-days", "2");
      p.run(o, "genrsa", "-out", "kdc.key", "2048");
      p.run(o, "req", "-new", "-key", "kdc.key", "-out", "kdc.req", "-subj", "/CN=kdc");
      p.run(o, "x509", "-req", "-in", "kdc.req", "-CA", "ca.pem", "-CAkey", "ca.key",
          "-CAcreateserial", "-out", "kdc.pem", "-days", "2", "-extfile", "ext.cnf",
          "-extensions", "kdc_cert");
      return p;
    } catch (IOException | RuntimeException e) {
      p.close();
      throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
    }
  }

  /** @return text for {@link MitRealm#start(String, List, String, String)}'s kdc.conf part */
  public String kdcConf() {
    return "[kdcdefaults]\n pkinit_identity = FILE:" + dir.resolve("kdc.pem") + ","
        + dir.resolve("kdc.key") + "\n pkinit_anchors = FILE:" + dir.resolve("ca.pem") + "\n";
  }

  /** @return text for the clients' krb5.conf: trust the CA that signed the KDC certificate */
  public String krb5Conf() {
    return "[libdefaults]\n pkinit_anchors = FILE:" + dir.resolve("ca.pem") + "\n";
  }

  /** @return the realm the KDC certificate is for */
  public String realm() {
    return realm;
  }

  /**
   * Creates {@code WELLKNOWN/ANONYMOUS} (needed once per realm) and runs {@code kinit -n} into a
   * ccache: a TGT for the anonymous principal {@code WELLKNOWN/ANONYMOUS@WELLKNOWN:ANONYMOUS}.
   *
   * @param mit the running realm, started with {@link #kdcConf()} and {@link #krb5Conf()}
   * @param ccacheName the ccache to write, e.g. {@code FILE:/tmp/x}
   * @return the result, successful
   */
  public MitRealm.Result kinitAnonymous(MitRealm mit, String ccacheName) {
    try {
      mit.addRandKeyPrincipal("WELLKNOWN/ANONYMOUS");
    } catch (IllegalStateException e) {
      if (!e.getMessage().contains("already exists")) {
        throw e;
      }
    }
    return mit.run("kinit", List.of("-n", "-c", ccacheName), null).requireSuccess();
  }

  private void run(String... command) {
    List<String> cmd = new ArrayList<>(List.of(command));
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
          .redirectErrorStream(true).redirectOutput(dir.resolve("openssl.log").toFile());
      Process proc = pb.start();
      if (!proc.waitFor(60, TimeUnit.SECONDS)) {
        proc.destroyForcibly();
        throw new IllegalStateException(cmd + " did not finish");
      }
      if (proc.exitValue() != 0) {
        throw new IllegalStateException(cmd + " exited with " + proc.exitValue() + ":\n"
            + Files.readString(dir.resolve("openssl.log")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Deletes the certificates and keys. */
  @Override
  public void close() {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
